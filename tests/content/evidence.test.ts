import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllContent } from '../../src/content/pipeline/collections';
import { formatProblem } from '../../src/content/pipeline/errors';
import { RANDOMISED_DESIGNS, type Study } from '../../src/content/evidence-schema';
import { edit, fixtureCopies } from './fixture-dir';

const fixture = fixtureCopies(path.resolve(import.meta.dirname, '../../content'));
const FILE = 'evidence/studies.yaml';

async function load(change?: (root: string) => Promise<void>) {
  const { content, problems } = await loadAllContent(await fixture(change), { only: ['evidence'] });
  return { studies: content?.modules.evidence as Study[] | undefined, problems: problems.map(formatProblem) };
}

describe('the evidence collection', () => {
  it('loads every study of the real content, each value with its sources', async () => {
    const { studies, problems } = await load();
    expect(problems).toEqual([]);
    expect(studies!.length).toBeGreaterThanOrEqual(10);
    // The honest summary rests on this: no randomised trial of Open Dialogue with published results.
    const odTrialsWithResults = studies!.filter(
      (s) => RANDOMISED_DESIGNS.includes(s.design.value) && s.approach.value !== 'care' && s.results.value === 'published',
    );
    expect(odTrialsWithResults).toEqual([]);
  });

  it('fails naming file, field and line for an unknown source', async () => {
    const { problems } = await load((root) => edit(root, FILE, 'n: { value: 78, sources: [seikkula-alakare-aaltonen-2001] }', 'n: { value: 78, sources: [seikkula-2001] }'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/evidence\/studies\.yaml:\d+ — field "\[0\]\.n\.sources\[0\]": unknown source id "seikkula-2001"/);
  });

  it('fails for a value without sources, a wrong design, or a card that is not a study', async () => {
    const noSource = await load((root) => edit(root, FILE, 'n: { value: 78, sources: [seikkula-alakare-aaltonen-2001] }', 'n: { value: 78 }'));
    expect(noSource.problems[0]).toMatch(/^content\/evidence\/studies\.yaml:\d+ — field "\[0\]\.n\.sources": /);
    const design = await load((root) => edit(root, FILE, 'design: { value: case-series,', 'design: { value: anecdote,'));
    expect(design.problems[0]).toMatch(/field "\[0\]\.design\.value": .*received "anecdote"$/);
    const card = await load((root) => edit(root, FILE, 'card: two-year-follow-up-2003', 'card: open-dialogue'));
    expect(card.problems).toEqual([expect.stringMatching(/field "\[1\]\.card": "open-dialogue" is a card of kind "approach"; a card of kind "study" is expected here$/)]);
  });

  it('accepts "not reported" but not a made-up word for a missing number', async () => {
    const { problems } = await load((root) => edit(root, FILE, 'n: { value: 78,', 'n: { value: unknown,'));
    expect(problems[0]).toMatch(/field "\[0\]\.n\.value": .*received "unknown"$/);
  });
});
