import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/pipeline/errors';
import { loadContent } from '../../src/content/pipeline/load-content';
import { loadDecks } from '../../src/content/pipeline/load-decks';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const dirs: string[] = [];

/** The valid card fixture plus the deck fixture in a temp `content/`, with `change` applied to the deck. */
async function load(change?: [from: string | RegExp, to: string], file = 'intro.yaml', loaded: Record<string, unknown> = {}) {
  const base = await mkdtemp(path.join(tmpdir(), 'od-decks-'));
  dirs.push(base);
  const root = path.join(base, 'content');
  await cp(path.join(FIXTURES, 'content-valid'), root, { recursive: true });
  await cp(path.join(FIXTURES, 'decks'), path.join(root, 'decks'), { recursive: true });
  const deckPath = path.join(root, 'decks', 'intro.yaml');
  if (change) {
    const text = await readFile(deckPath, 'utf8');
    const next = text.replace(change[0], change[1]);
    if (next === text) throw new Error('fixture edit did not apply');
    await writeFile(path.join(root, 'decks', file), next);
    if (file !== 'intro.yaml') await rm(deckPath);
  }
  const { content } = await loadContent(root);
  return loadDecks(root, content!, loaded);
}

async function problems(change: [string | RegExp, string], file?: string) {
  const result = await load(change, file);
  expect(result.data).toEqual([]);
  return result.problems.map(formatProblem);
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('loadDecks on a valid deck', () => {
  it('splits a comparison matrix of more rows than a slide holds, by the comparison data it reads', async () => {
    const dimensions = Array.from({ length: 7 }, (_, i) => ({ id: `d${i + 1}` }));
    const { data, problems: found } = await load(undefined, undefined, { comparison: { dimensions } });
    expect(found).toEqual([]);
    const compares = data[0].slides.filter((s) => s.kind === 'compare');
    expect(compares.map((s) => s.query)).toEqual(['countries=uk,ee&dims=d1,d2,d3,d4', 'countries=uk,ee&dims=d5,d6,d7']);
    expect(compares.map((s) => s.part && `${s.part.n}/${s.part.of}`)).toEqual(['1/2', '2/2']);
  });


  it('resolves every kind of slide and compiles its text', async () => {
    const { data, problems: found } = await load();
    expect(found).toEqual([]);
    const [deck] = data;
    expect(deck).toMatchObject({ id: 'intro', title: 'An introduction', minutes: 20 });
    expect(deck.slides.map((s) => s.kind)).toEqual(['text', 'card', 'card', 'compare']);
    const welcome = deck.slides[0];
    expect(welcome).toMatchObject({ kind: 'text', sources: ['source-b'], notes: 'Say hello.' });
    expect(welcome.kind === 'text' && welcome.blocks).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: 'Today: ' },
          { t: 'strong', c: [{ t: 'text', v: 'two' }] },
          { t: 'text', v: ' cards and ' },
          { t: 'link', href: '/cards/alpha', c: [{ t: 'text', v: 'the first one' }] },
          { t: 'text', v: '.' },
        ],
      },
      { t: 'list', ordered: false, items: [[{ t: 'p', c: [{ t: 'text', v: 'one' }] }], [{ t: 'p', c: [{ t: 'text', v: 'two' }] }]] },
    ]);
    // A card section: only the text under its heading, with [[links]] titled as the card is.
    expect(deck.slides[2]).toMatchObject({
      kind: 'card',
      card: 'gamma',
      section: 'A heading',
      blocks: [{ t: 'p', c: [{ t: 'text', v: 'Gamma mentions ' }, { t: 'link', href: '/cards/alpha', c: [{ t: 'text', v: 'Alpha' }] }, { t: 'text', v: '.' }] }],
    });
    expect(deck.slides[3]).toMatchObject({ kind: 'compare', query: 'countries=uk,ee' });
  });
});

describe('loadDecks rejects a broken deck, naming file, field and line', () => {
  it('an unknown card id, with a suggestion', async () => {
    expect(await problems(['card: alpha', 'card: alpah'])).toEqual([
      'content/decks/intro.yaml:15 — field "slides[1].card": unknown card "alpah". Did you mean "alpha"?',
    ]);
  });

  it('a section the card does not have, listing the ones it has', async () => {
    expect(await problems(['section: A heading', 'section: Another heading'])).toEqual([
      'content/decks/intro.yaml:19 — field "slides[2].section": card "gamma" has no "## Another heading" section; its sections: "A heading"',
    ]);
  });

  it('a link to an unknown card in free text, on the line of the link', async () => {
    const found = await problems(['[[alpha|the first one]]', '[[zeta]]']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/decks\/intro\.yaml:\d+ — field "slides\[0\]\.body": link to unknown card "zeta"/);
  });

  it('an unknown source id', async () => {
    expect(await problems(['sources: [source-b]', 'sources: [source-z]'])).toEqual([
      'content/decks/intro.yaml:12 — field "slides[0].sources[0]": unknown source id "source-z": add it to content/sources.yaml. Did you mean "source-a" or "source-b"?',
    ]);
  });

  it('an unknown kind of slide', async () => {
    const [problem] = await problems(['kind: compare', 'kind: chart']);
    expect(problem).toMatch(/^content\/decks\/intro\.yaml:20 — field "slides\[3\]\.kind":/);
  });

  it('a misspelt field', async () => {
    expect(await problems(['notes: The first card.', 'note: The first card.'])).toEqual([
      'content/decks/intro.yaml:16 — field "slides[1].note": unknown field (note); check the spelling against the schema in src/content/schema.ts',
    ]);
  });

  it('a query that is a whole URL', async () => {
    const [problem] = await problems(['query: countries=uk,ee', 'query: /compare?countries=uk,ee']);
    expect(problem).toMatch(/^content\/decks\/intro\.yaml:22 — field "slides\[3\]\.query": the URL query without "\?"/);
  });

  it('a deck without slides, and a bad file name', async () => {
    expect(await problems([/slides:[\s\S]*/, 'slides: []\n'])).toEqual([
      'content/decks/intro.yaml:4 — field "slides": a deck needs at least one slide; received []',
    ]);
    expect(await problems(['title: An introduction', 'title: An introduction'.replace('An', 'A')], 'Intro Deck.yaml')).toEqual([
      'content/decks/Intro Deck.yaml — the file name "Intro Deck" is the deck\'s id and URL: use lower-case letters, digits and hyphens',
    ]);
  });

  it('YAML syntax errors, with their line', async () => {
    const [problem] = await problems(['    notes: Say hello.', '    notes: [Say hello.']);
    expect(problem).toMatch(/^content\/decks\/intro\.yaml:1\d — YAML syntax error/);
  });
});
