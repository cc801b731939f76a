import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadComparison } from '../../src/content/pipeline/comparison';
import { edit, fixtureCopies } from './fixture-dir';
import { formatProblem } from '../../src/content/pipeline/errors';
import { loadContent } from '../../src/content/pipeline/load-content';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content-compare');
const fixture = fixtureCopies(FIXTURE);
async function load(change?: (root: string) => Promise<void>) {
  const root = await fixture(change);
  const base = await loadContent(root);
  if (!base.content) throw new Error(base.problems.map(formatProblem).join('\n'));
  return loadComparison(root, base.content);
}

/** The problems as the build prints them. */
async function problems(change: (root: string) => Promise<void>) {
  const result = await load(change);
  expect(result.data).toBeUndefined();
  return result.problems.map(formatProblem);
}

const UK = 'comparison/countries/united-kingdom.yaml';

describe('comparison data on valid content', () => {
  it('gives countries in the default order, values with card links, and the cited sources', async () => {
    const { data, problems: found } = await load();
    expect(found).toEqual([]);
    expect(data!.countries.map((c) => c.id)).toEqual(['united-kingdom', 'czech-republic', 'netherlands', 'estonia']);
    const uk = data!.countries[0];
    expect(uk.href).toBe('/cards/united-kingdom');
    // A dimension links to the first of its anchors that the card has as a heading; else to the card.
    expect(uk.values['peer-team'].href).toBe('/cards/united-kingdom#what-peers-do');
    expect(uk.values.stage.href).toBe('/cards/united-kingdom');
    expect(uk.milestones[0].date).toBe('2017');
    expect(data!.sources.map((s) => s.id)).toEqual(['study-a', 'care-webinar-2022']);
  });
});

describe('comparison data problems name file, field and line', () => {
  it('rejects a level outside the dimension scale, with a suggestion', async () => {
    expect(await problems((r) => edit(r, UK, 'level: one-team', 'level: one-teams'))).toEqual([
      'content/comparison/countries/united-kingdom.yaml:4 — field "values.stage.level": "one-teams" is not a level of "stage": use one of one-team, several-teams. Did you mean "one-team"?',
    ]);
  });

  it('rejects a guess: a level on a not-documented value', async () => {
    const found = await problems((r) => edit(r, UK, 'text: Not documented in the fixture sources.', 'level: yes\n    text: Not documented in the fixture sources.'));
    expect(found).toEqual([expect.stringContaining('united-kingdom.yaml:10 — field "values.peer-team.level": a not-documented value has no level')]);
  });

  it('requires a level for a documented value', async () => {
    const found = await problems((r) => edit(r, UK, '    level: one-team\n', ''));
    expect(found).toEqual([expect.stringContaining('field "values.stage.confidence": a documented value needs a level: one of one-team, several-teams')]);
  });

  it('requires a value for every dimension, so a gap is never silent', async () => {
    const found = await problems((r) => edit(r, UK, / {2}peer-team:[\s\S]*?sources: \[study-a\]\n/, ''));
    expect(found).toEqual([expect.stringContaining('united-kingdom.yaml:3 — field "values": no value for dimension "peer-team"')]);
  });

  it('rejects an unknown dimension and an unknown source id', async () => {
    const found = await problems(async (r) => {
      await edit(r, UK, 'values:\n', 'values:\n  stagee:\n    text: A value for a dimension that does not exist.\n    confidence: not-documented\n    sources: [study-a]\n');
      await edit(r, 'comparison/countries/estonia.yaml', 'sources: [study-a]', 'sources: [study-b]');
    });
    expect(found).toContain('content/comparison/countries/united-kingdom.yaml:4 — field "values.stagee": unknown dimension "stagee". Did you mean "stage"?');
    expect(found).toContain('content/comparison/countries/estonia.yaml:8 — field "values.stage.sources[0]": unknown source id "study-b": add it to content/sources.yaml. Did you mean "study-a"?');
  });

  it('requires a webinar-reported value or milestone to cite the webinar page', async () => {
    const found = await problems((r) => edit(r, UK, 'sources: [care-webinar-2022]', 'sources: [study-a]'));
    expect(found).toEqual([expect.stringContaining('field "milestones[0].sources": a milestone reported by a webinar speaker cites the webinar page "care-webinar-2022"')]);
  });

  it('checks the reference to the country card and to its heading anchors', async () => {
    const found = await problems(async (r) => {
      await rm(path.join(r, 'cards/estonia.mdx'));
      await edit(r, UK, 'confidence: not-documented\n    sources: [study-a]', 'confidence: not-documented\n    sources: [study-a]\n    anchor: what-peer-do');
    });
    expect(found).toContain('content/comparison/countries/estonia.yaml — no country card "estonia": the file name must be the id of a card in content/cards (kind: country)');
    expect(found).toContain('content/comparison/countries/united-kingdom.yaml:13 — field "values.peer-team.anchor": the card "united-kingdom" has no heading with anchor "what-peer-do". Did you mean "what-peers-do"?');
  });

  it('rejects a date more precise or other than YYYY[-MM[-DD]], and a missing country file', async () => {
    const found = await problems(async (r) => {
      await edit(r, UK, 'date: 2017', 'date: around 2018');
      await rm(path.join(r, 'comparison/countries/netherlands.yaml'));
    });
    expect(found).toContain('content/comparison/countries/united-kingdom.yaml:14 — field "milestones[0].date": a date as YYYY, YYYY-MM or YYYY-MM-DD; received "around 2018"');
    expect(found).toContain('content/comparison/countries/netherlands.yaml — the file is missing: every compared country needs its data file');
  });

  it('reports YAML syntax errors and duplicate level ids in the dimensions file', async () => {
    expect(await problems((r) => edit(r, 'comparison/dimensions.yaml', 'id: several-teams', 'id: one-team'))).toEqual([
      expect.stringContaining('content/comparison/dimensions.yaml:8 — field "[0].levels[1].id": duplicate level id "one-team" in dimension "stage"'),
    ]);
    const syntax = await problems((r) => edit(r, 'comparison/dimensions.yaml', 'label: Stage', 'label: [Stage'));
    expect(syntax[0]).toBe('content/comparison/dimensions.yaml:3 — YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]');
  });
});
