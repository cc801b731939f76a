/**
 * What readers see must read right: a doubled word ("the the", or "the The CARe model" where an unlabelled link
 * shows a title after "the") and a source a reader cannot reach (no url, DOI or note on where to find it) fail
 * validation, and so the build, naming file, line and field.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, fixtureCopies } from './fixture-dir';
import { loadAllContent } from '../../src/content/pipeline/collections';
import { formatProblem } from '../../src/content/pipeline/errors';
import { loadContent } from '../../src/content/pipeline/load-content';
import { doubledWords } from '../../src/content/pipeline/reader-text';

const cards = fixtureCopies(path.resolve(import.meta.dirname, '../fixtures/content-valid'));
const guides = fixtureCopies(path.resolve(import.meta.dirname, '../fixtures/guides-valid'));

async function cardProblems(change: (root: string) => Promise<void>) {
  const result = await loadContent(await cards(change));
  expect(result.content).toBeUndefined();
  return result.problems.map(formatProblem);
}

describe('doubled words', () => {
  it('finds a word said twice, whatever its case, with the words around it', () => {
    expect(doubledWords('Work with the The CARe model, the framework.')).toEqual(['Work with the The CARe model, the framework.']);
    expect(doubledWords('She spoke at the webinar Webinar: Open Dialogue, experience from 4 countries, in 2022.')).toHaveLength(1);
    expect(doubledWords('It was the the first time.')).toHaveLength(1);
  });

  it('leaves repeated words apart when something stands between them, and repeated numbers alone', () => {
    expect(doubledWords('The CARe model: the model of the CARe Network.')).toEqual([]);
    expect(doubledWords('Seikkula, Seikkula and Olson; that, that is; 10 10')).toEqual([]);
    expect(doubledWords('There, there.')).toEqual([]);
  });

  it('fails a card whose unlabelled link shows a title after the same word, naming file, line and field', async () => {
    const found = await cardProblems(async (root) => {
      await edit(root, 'cards/beta.mdx', 'title: Beta', 'title: The Beta');
      await edit(root, 'cards/alpha.mdx', 'Alpha links to [[beta]]', 'Alpha links to the [[beta]]');
    });
    expect(found).toEqual([
      'content/cards/alpha.mdx:13 — field "body": a word is doubled in "Alpha links to the The Beta in its first sentence. A…": reword it; if a card link shows a title after the same word, give the link a label: [[id|label]]',
    ]);
  });

  it('fails a doubled word in a summary, naming the field', async () => {
    const found = await cardProblems((root) => edit(root, 'cards/alpha.mdx', 'Alpha is the first', 'Alpha is the the first'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/cards\/alpha\.mdx:4 — field "summary": a word is doubled in "Alpha is the the first/);
  });

  it('fails a doubled word in a data file, naming its field', async () => {
    const root = await guides((r) => edit(r, 'glossary.yaml', 'A fixture definition of the meeting term.', 'A fixture definition of the the meeting term.'));
    const { content, problems } = await loadAllContent(root, { only: ['paths', 'glossary', 'webinar'] });
    expect(content).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/glossary\.yaml:3 — field "\[0\]\.definition": a word is doubled in "A fixture definition of the the meeting term\."/),
    ]);
  });
});

describe('every source can be reached', () => {
  it('fails a source with neither url, DOI nor a note on where to find it', async () => {
    const found = await cardProblems((root) => edit(root, 'sources.yaml', '  doi: 10.1000/fixture.a\n', ''));
    expect(found[0]).toMatch(/^content\/sources\.yaml:1 — field "\[0\]\.locate": source "source-a": a source needs a url, a doi, or a "locate" note/);
  });

  it('accepts a print-only source that says where to find it', async () => {
    const root = await cards((r) => edit(r, 'sources.yaml', '  doi: 10.1000/fixture.a\n', '  locate: Print only; held by the national library\n'));
    const { problems } = await loadContent(root);
    expect(problems).toEqual([]);
  });
});
