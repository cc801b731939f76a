import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, fixtureCopies } from './fixture-dir';
import { formatProblem } from '../../src/content/pipeline/errors';
import { cardDetail } from '../../src/content/pipeline/card-detail';
import { loadContent } from '../../src/content/pipeline/load-content';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content-valid');
const fixture = fixtureCopies(FIXTURE);
/** Loads the content and returns its problems as the build prints them. */
async function problems(change: (root: string) => Promise<void>) {
  const result = await loadContent(await fixture(change));
  expect(result.content).toBeUndefined();
  return result.problems.map(formatProblem);
}

describe('loadContent on valid content', () => {
  it('builds cards with links, excerpts and backlinks in context', async () => {
    const { content, problems: found } = await loadContent(await fixture());
    expect(found).toEqual([]);
    const cards = content!.index.cards;
    expect(cards.map((c) => c.id)).toEqual(['alpha', 'beta', 'gamma']);
    const alpha = cards[0];
    expect(alpha.links).toEqual(['beta', 'gamma']);
    expect(content!.index.excerpts.alpha).toBe('Alpha links to Beta in its first sentence. A second sentence links to the third card.');
    expect(content!.index.backlinks.alpha).toEqual([
      // `mark` locates the link's own words in the sentence.
      { from: 'beta', context: 'Beta is explained by Alpha here.', mark: [21, 26] },
      { from: 'gamma', context: 'Gamma mentions Alpha.', mark: [15, 20] },
    ]);
    expect(content!.index.backlinks.gamma).toEqual([
      { from: 'alpha', context: 'A second sentence links to the third card.', mark: [27, 41] },
    ]);
    expect(cards[2].tags).toEqual([]);
  });

  it('gives a card page only its own details: backlinks, its neighbours\' excerpts and its sources in full', async () => {
    const { content } = await loadContent(await fixture());
    const detail = cardDetail(content!, 'gamma')!;
    expect(detail.backlinks).toEqual(content!.index.backlinks.gamma);
    // Gamma links to Alpha and is linked from Alpha: Alpha's excerpt comes along, Gamma's own does not.
    expect(Object.keys(detail.excerpts)).toContain('alpha');
    expect(detail.excerpts).not.toHaveProperty('gamma');
    const gamma = content!.index.cards.find((c) => c.id === 'gamma')!;
    expect(detail.sources.map((s) => s.id)).toEqual(gamma.sources);
    expect(detail.sources.every((s) => s.title.length > 0)).toBe(true);
    expect(cardDetail(content!, 'no-such-card')).toBeUndefined();
  });
});

describe('loadContent rejects broken content, naming file, field and line', () => {
  it('an unknown card link in the body', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', '[[alpha]]', '[[alpah]]'));
    expect(found).toEqual(['content/cards/gamma.mdx:11 — field "body": link to unknown card "alpah". Did you mean "alpha"?']);
  });

  it('an unknown card in a markdown link', async () => {
    const found = await problems((root) => edit(root, 'cards/beta.mdx', '/cards/alpha', '/cards/omega'));
    expect(found).toEqual(['content/cards/beta.mdx:13 — field "body": link to unknown card "omega".']);
  });

  it('an unknown related card', async () => {
    const found = await problems((root) => edit(root, 'cards/alpha.mdx', 'card: beta', 'card: betta'));
    expect(found).toEqual(['content/cards/alpha.mdx:8 — field "related[0].card": unknown card "betta". Did you mean "beta"?']);
  });

  it('an unknown source id', async () => {
    const found = await problems((root) => edit(root, 'cards/beta.mdx', '[source-a, source-b]', '[source-a, source-c]'));
    expect(found[0]).toMatch(/^content\/cards\/beta\.mdx:6 — field "sources\[1\]": unknown source id "source-c"/);
  });

  it('a duplicate source id', async () => {
    const found = await problems(async (root) => {
      const file = path.join(root, 'sources.yaml');
      await writeFile(file, `${await readFile(file, 'utf8')}- id: source-a\n  type: book\n  title: Another\n  locate: Print only, in a library\n`);
    });
    expect(found).toEqual(['content/sources.yaml:12 — field "[2].id": duplicate source id "source-a"']);
  });

  it('a missing required field', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', /summary: .*\n/, ''));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/cards\/gamma\.mdx:2 — field "summary": .*received nothing \(the field is missing\)$/);
  });

  it('an unknown kind', async () => {
    const found = await problems((root) => edit(root, 'cards/beta.mdx', 'kind: principle', 'kind: principal'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/cards\/beta\.mdx:3 — field "kind": .*"principle".*; received "principal"$/);
  });

  it('an unknown relation', async () => {
    const found = await problems((root) => edit(root, 'cards/beta.mdx', 'relation: part-of', 'relation: child-of'));
    expect(found[0]).toMatch(/^content\/cards\/beta\.mdx:9 — field "related\[0\]\.relation": .*; received "child-of"$/);
  });

  it('a field of the wrong type', async () => {
    const found = await problems((root) => edit(root, 'cards/alpha.mdx', 'tags: [core]', 'tags: core'));
    expect(found[0]).toMatch(/^content\/cards\/alpha\.mdx:5 — field "tags": .*received "core"$/);
  });

  it('an unknown (misspelt) field', async () => {
    const found = await problems((root) => edit(root, 'cards/alpha.mdx', 'tags: [core]', 'tags: [core]\nsoruces: [x]'));
    expect(found).toEqual([
      'content/cards/alpha.mdx:6 — field "soruces": unknown field (soruces); check the spelling against the schema in src/content/schema.ts',
    ]);
  });

  it('a card without any source', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', 'sources: [source-b]', 'sources: []'));
    expect(found[0]).toMatch(/^content\/cards\/gamma\.mdx:5 — field "sources": /);
  });

  it('a card without a reviewed date, or with an impossible one', async () => {
    const missing = await problems((root) => edit(root, 'cards/gamma.mdx', /reviewed: .*\n/, ''));
    expect(missing).toEqual([
      'content/cards/gamma.mdx:2 — field "reviewed": a date as YYYY-MM-DD, e.g. 2026-12-02 (the day the card was last checked against its sources); received nothing (the field is missing)',
    ]);
    const impossible = await problems((root) => edit(root, 'cards/gamma.mdx', 'reviewed: 2026-12-02', 'reviewed: 2026-02-30'));
    expect(impossible[0]).toMatch(/^content\/cards\/gamma\.mdx:6 — field "reviewed": a date as YYYY-MM-DD.*; received "2026-02-30"$/);
  });

  it('a practice line on a card that is not a study', async () => {
    const found = await problems((root) =>
      edit(root, 'cards/gamma.mdx', 'reviewed: 2026-12-02', 'reviewed: 2026-12-02\npractice: A sentence on what this means for practice.'),
    );
    expect(found).toEqual(['content/cards/gamma.mdx:7 — field "practice": "practice" is for study cards (what a study means for practice); this card is of kind "term"']);
  });

  it('a YAML syntax error', async () => {
    const found = await problems((root) => edit(root, 'cards/alpha.mdx', 'title: Alpha', 'title: Alpha: the first'));
    expect(found[0]).toMatch(/^content\/cards\/alpha\.mdx:2 — YAML syntax error/);
  });

  it('a file without frontmatter', async () => {
    const found = await problems((root) => writeFile(path.join(root, 'cards/delta.mdx'), 'Just text.\n'));
    expect(found).toEqual([
      'content/cards/delta.mdx:1 — no frontmatter: a card starts with a "---" line, its YAML fields, and another "---" line',
    ]);
  });

  it('a file name that cannot be an id', async () => {
    const found = await problems(async (root) => {
      await cp(path.join(root, 'cards/gamma.mdx'), path.join(root, 'cards/Gamma Two.mdx'));
    });
    expect(found[0]).toMatch(/^content\/cards\/Gamma Two\.mdx — the file name "Gamma Two" is the card's id/);
  });

  it('an MDX syntax error in the body', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', 'Gamma mentions', 'Gamma <mentions'));
    expect(found[0]).toMatch(/^content\/cards\/gamma\.mdx:11 — field "body": MDX syntax error/);
  });

  it('a component in the body, which a card file cannot run', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', 'Gamma mentions', '<Aside>Gamma</Aside> mentions'));
    expect(found).toEqual(['content/cards/gamma.mdx:11 — field "body": the component <Aside> is not available in card bodies; use Markdown or an HTML element']);
  });

  it('a level-one heading in the body (the title is the page heading)', async () => {
    const found = await problems((root) => edit(root, 'cards/gamma.mdx', '## A heading', '# A heading'));
    expect(found).toEqual(['content/cards/gamma.mdx:9 — field "body": use "##" headings in a body; the card title is the page\'s only level-one heading']);
  });

  it('reports every problem at once, sorted by file and line', async () => {
    const found = await problems(async (root) => {
      await edit(root, 'cards/gamma.mdx', '[[alpha]]', '[[nope]]');
      await edit(root, 'cards/alpha.mdx', 'kind: approach', 'kind: nope');
    });
    expect(found.map((p) => p.split(' — ')[0])).toEqual(['content/cards/alpha.mdx:3', 'content/cards/gamma.mdx:11']);
  });
});

describe('backlink context', () => {
  it('keeps list items apart, so the context is the linking item only', async () => {
    const root = await fixture((r) =>
      edit(r, 'cards/gamma.mdx', 'Gamma mentions [[alpha]].', '- **One** item about [[beta]].\n- **Two** item about [[alpha]].'),
    );
    const { content } = await loadContent(root);
    expect(content!.index.backlinks.alpha.find((b) => b.from === 'gamma')?.context).toBe('Two item about Alpha.');
  });
});
