// The export is a file the build accepts as it is: checked here with the build's own loader and schema.
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDecks } from '../../../src/content/decks';
import { deckFileSchema, type SlideSource } from '../../../src/content/deck-schema';
import { formatProblem } from '../../../src/content/pipeline/errors';
import { loadContent, type LoadedContent } from '../../../src/content/pipeline/load-content';
import { loadDecks } from '../../../src/content/pipeline/load-decks';
import { deckFromYaml, deckToYaml, fileIdFor } from '../../../src/lib/deck-yaml';
import { newDeck, type MyDeck } from '../../../src/lib/my-decks';
import { known, resolveDeck } from '../../../src/features/present/builder/resolve-deck';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
let base: LoadedContent;
let tmp: string;

beforeAll(async () => {
  base = (await loadContent(CONTENT)).content!;
  tmp = await mkdtemp(path.join(tmpdir(), 'od-export-'));
}, 60_000);
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs `files` (name -> text) through the build's deck loader, over the real cards and sources. */
async function build(files: Record<string, string>) {
  const root = await mkdtemp(path.join(tmp, 'content-'));
  await symlink(path.join(CONTENT, 'cards'), path.join(root, 'cards'));
  await mkdir(path.join(root, 'decks'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, 'decks', name), text);
  const { data, problems } = await loadDecks(root, base);
  return { data, problems: problems.map(formatProblem) };
}

const awkward: SlideSource[] = [
  { kind: 'text', title: 'Yes: "no" # not a comment', body: '- first: point\n- second, with [[dialogism]]\n\n> quoted', sources: ['phrenos-pod'], notes: '  Two paragraphs.\n\nThe second one.  ' },
  { kind: 'card', card: 'open-dialogue' },
  { kind: 'card', card: 'open-dialogue', section: 'How it works', notes: '- starts with a dash' },
  { kind: 'compare', title: '@peers & more', query: 'view=peers&countries=uk,ee', caption: '100%' },
  { kind: 'text', title: '', notes: ' ', sources: [] , body: 'Only text: 2' },
];

describe('exporting a deck as content/decks/<id>.yaml', () => {
  it('writes a file the build\'s deck loader accepts as it is, which presents as the browser showed it', async () => {
    const mine: MyDeck = { ...newDeck('zz99zz99'), title: 'Ünïcode: a workshop', summary: 'short', minutes: 30, slides: awkward };
    const id = fileIdFor(mine.title);
    expect(id).toBe('unicode-a-workshop');
    const { data, problems } = await build({ [`${id}.yaml`]: deckToYaml(mine) });
    expect(problems).toEqual([]);
    const [built] = data;
    expect(built).toMatchObject({ id, title: 'Ünïcode: a workshop', minutes: 30 });
    expect(built.summary.length).toBeGreaterThanOrEqual(20);
    // What the build makes of the file is what the trainer presented from the browser.
    const { deck: shown, dropped } = await resolveDeck(mine);
    expect(dropped).toEqual([]);
    expect(built.slides).toEqual(
      shown.slides.map((s) => (s.kind === 'text' && s.title === '' ? { ...s, title: 'Untitled slide', notes: undefined } : s.kind === 'text' && s.notes ? { ...s, notes: s.notes.trim() } : s)),
    );
  });

  it('refuses an empty deck (the build would)', () => {
    expect(() => deckToYaml(newDeck())).toThrow(/at least one slide/);
  });
});

describe('importing a deck file', () => {
  it('reads every shipped deck whole, and exports it again as the same deck', async () => {
    const dir = path.join(CONTENT, 'decks');
    for (const name of await readdir(dir)) {
      const read = deckFromYaml(await readFile(path.join(dir, name), 'utf8'), known, name);
      if ('error' in read) throw new Error(read.error);
      expect(read.dropped, name).toEqual([]);
      const again = deckToYaml({ ...newDeck('abcd1234'), ...read.deck });
      const { data, problems } = await build({ [name]: again });
      expect(problems, name).toEqual([]);
      expect(data[0], name).toEqual(allDecks.find((d) => `${d.id}.yaml` === name));
      expect(deckFileSchema.safeParse(read.deck).success, name).toBe(true);
    }
  });

  it('keeps the good slides of a file with bad ones, naming each one left out', () => {
    const text = `title: Mixed\nslides:\n  - kind: card\n    card: open-dialogue\n  - kind: card\n    card: no-such-card\n  - kind: video\n    url: x\n  - kind: text\n    title: Kept\n`;
    const read = deckFromYaml(text, known, 'mixed.yaml');
    expect('error' in read).toBe(false);
    if ('error' in read) return;
    expect(read.deck.slides).toEqual([{ kind: 'card', card: 'open-dialogue' }, { kind: 'text', title: 'Kept', sources: [] }]);
    expect(read.dropped).toEqual([
      'Slide 2: the card "no-such-card", which is not in the knowledge base',
      'Slide 3: "video" is not a kind of slide (card, compare or text)',
    ]);
  });

  it('says what is wrong with a file that is not a deck, and keeps nothing from it', () => {
    expect(deckFromYaml('title: [unclosed', known)).toEqual({ error: expect.stringMatching(/^The file is not a deck file/) });
    expect(deckFromYaml('- just\n- a list', known)).toEqual({ error: expect.stringMatching(/no title and slides/) });
  });
});
