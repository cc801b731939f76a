import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllContent } from '../../src/content/pipeline/collections';
import { edit, fixtureCopies } from './fixture-dir';
import { formatProblem } from '../../src/content/pipeline/errors';
import type { GlossaryEntry, GuidedPath, Webinar } from '../../src/content/guide-schema';

const GUIDE_COLLECTIONS = ['paths', 'glossary', 'webinar'];
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/guides-valid');
const fixture = fixtureCopies(FIXTURE);
async function problems(change: (root: string) => Promise<void>) {
  const result = await loadAllContent(await fixture(change), { only: GUIDE_COLLECTIONS });
  expect(result.content).toBeUndefined();
  return result.problems.map(formatProblem);
}

describe('paths, glossary and webinar on valid content', () => {
  it('load in order, with their references resolved', async () => {
    const { content, problems: found } = await loadAllContent(await fixture(), { only: GUIDE_COLLECTIONS });
    expect(found.map(formatProblem)).toEqual([]);
    const paths = content!.modules.paths as GuidedPath[];
    expect(paths.map((p) => [p.id, p.steps.length])).toEqual([['intro', 2], ['follow-up', 3]]);
    const glossary = content!.modules.glossary as GlossaryEntry[];
    expect(glossary.map((g) => g.term)).toEqual(['Approach', 'Meeting']);
    expect(glossary[1].translations[1]).toEqual({ lang: 'fi', term: 'kokous', sources: ['source-a', 'source-b'], note: 'Medium confidence.' });
    const webinar = content!.modules.webinar as Webinar;
    expect(webinar.questions).toEqual([{ card: 'question-one', path: 'follow-up' }]);
  });
});

describe('guided paths reject broken files, naming file, field and line', () => {
  it('an unknown card in a step', async () => {
    const found = await problems((root) => edit(root, 'paths/intro.yaml', 'card: meeting', 'card: meetin'));
    expect(found).toEqual(['content/paths/intro.yaml:8 — field "steps[1].card": unknown card "meetin". Did you mean "meeting"?']);
  });

  it('a card that appears twice', async () => {
    const found = await problems((root) => edit(root, 'paths/follow-up.yaml', '  - card: meeting', '  - card: approach'));
    expect(found).toEqual(['content/paths/follow-up.yaml:7 — field "steps[2].card": "approach" is already step 2; a card appears once in a path']);
  });

  it('a question that is not a question card', async () => {
    const found = await problems((root) => edit(root, 'paths/follow-up.yaml', 'question: question-one', 'question: approach'));
    expect(found).toEqual([
      'content/paths/follow-up.yaml:3 — field "question": "approach" is a card of kind "approach"; a card of kind "question" is expected here',
    ]);
  });

  it('a path of a single step', async () => {
    const found = await problems((root) => edit(root, 'paths/intro.yaml', / {2}- card: meeting\n/, ''));
    expect(found).toEqual(['content/paths/intro.yaml:6 — field "steps": a path needs at least two steps; received [{"card":"approach","note":"Start with the approach."}]']);
  });

  it('a file name that cannot be an id', async () => {
    const found = await problems((root) => cp(path.join(root, 'paths/intro.yaml'), path.join(root, 'paths/Intro Two.yaml')));
    expect(found).toEqual(['content/paths/Intro Two.yaml — the file name "Intro Two" is the path\'s id and URL: use lower-case letters, digits and hyphens']);
  });
});

describe('the glossary rejects unsourced or broken entries', () => {
  it('a translation without sources', async () => {
    const found = await problems((root) => edit(root, 'glossary.yaml', / {6}sources: \[source-a\]\n/, ''));
    expect(found).toEqual([
      'content/glossary.yaml:5 — field "[0].translations[0].sources": a translation needs the ids of the sources that show it in use; leave the language out rather than guess; received nothing (the field is missing)',
    ]);
  });

  it('a translation with an empty source list', async () => {
    const found = await problems((root) => edit(root, 'glossary.yaml', 'sources: [source-a]\n', 'sources: []\n'));
    expect(found).toEqual([
      'content/glossary.yaml:7 — field "[0].translations[0].sources": a translation needs at least one source id; leave the language out rather than guess; received []',
    ]);
  });

  it('an unknown source id', async () => {
    const found = await problems((root) => edit(root, 'glossary.yaml', '[source-a, source-b]', '[source-a, source-c]'));
    expect(found[0]).toMatch(/^content\/glossary\.yaml:10 — field "\[0\]\.translations\[1\]\.sources\[1\]": unknown source id "source-c"/);
  });

  it('an unknown card', async () => {
    const found = await problems((root) => edit(root, 'glossary.yaml', 'card: approach', 'card: approch'));
    expect(found).toEqual(['content/glossary.yaml:13 — field "[1].card": unknown card "approch". Did you mean "approach"?']);
  });

  it('a language outside Czech, Dutch, Estonian and Finnish', async () => {
    const found = await problems((root) => edit(root, 'glossary.yaml', 'lang: nl', 'lang: de'));
    expect(found[0]).toMatch(/^content\/glossary\.yaml:5 — field "\[0\]\.translations\[0\]\.lang": .*; received "de"$/);
  });

  it('an English gloss written into a translated term', async () => {
    const found = await problems((root) => edit(root, 'glossary.yaml', 'term: kokous', 'term: kokous (meeting)'));
    expect(found).toEqual([
      'content/glossary.yaml:9 — field "[0].translations[1].term": only the term in its language: give other names separated by " / ", and what it says in English in `gloss`; received "kokous (meeting)"',
    ]);
  });

  it('a missing glossary file', async () => {
    const found = await problems((root) => rm(path.join(root, 'glossary.yaml')));
    expect(found).toEqual(['content/glossary.yaml — the file is missing']);
  });
});

describe('the webinar page data rejects unknown cards and paths', () => {
  it('an unknown speaker card', async () => {
    const found = await problems((root) => edit(root, 'webinar.yaml', 'card: speaker', 'card: speeker'));
    expect(found).toEqual(['content/webinar.yaml:13 — field "people[1].card": unknown card "speeker". Did you mean "speaker"?']);
  });

  it('a person who is not a person card', async () => {
    const found = await problems((root) => edit(root, 'webinar.yaml', 'card: host', 'card: land'));
    expect(found).toEqual([
      'content/webinar.yaml:9 — field "people[0].card": "land" is a card of kind "country"; a card of kind "person" is expected here',
    ]);
  });

  it('an unknown question card and an unknown path', async () => {
    const found = await problems(async (root) => {
      await edit(root, 'webinar.yaml', '  - card: question-one', '  - card: question-two');
      await edit(root, 'webinar.yaml', 'path: follow-up', 'path: follow-upp');
    });
    expect(found).toEqual([
      'content/webinar.yaml:19 — field "questions[0].card": unknown card "question-two". Did you mean "question-one"?',
      'content/webinar.yaml:20 — field "questions[0].path": unknown path "follow-upp": add content/paths/follow-upp.yaml. Did you mean "follow-up"?',
    ]);
  });

  it('a speaker without a country', async () => {
    const found = await problems((root) => edit(root, 'webinar.yaml', / {4}country: land\n/, ''));
    expect(found).toEqual(['content/webinar.yaml:13 — field "people[1]": a speaker needs the country card they spoke for']);
  });
});
