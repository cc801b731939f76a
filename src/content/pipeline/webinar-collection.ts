/** The webinar follow-up, `content/webinar.yaml`: the event, its host and speakers, its questions and their paths. */
import path from 'node:path';
import { webinarSchema } from '../guide-schema.ts';
import type { Collection } from './collection.ts';
import type { ContentProblem } from './errors.ts';
import { idOfFile, readDataFile, referenceChecker } from './data-file.ts';
import { pathFiles } from './paths-collection.ts';
import { suggest } from './load-content.ts';

export const webinarCollection: Collection = {
  name: 'webinar',
  async load(contentRoot, base) {
    const problems: ContentProblem[] = [];
    const data = await readDataFile(contentRoot, path.join(contentRoot, 'webinar.yaml'), webinarSchema, problems);
    if (!data) return { data: null, problems };
    const check = referenceChecker(base, data, problems);
    const w = data.value;
    check.card(w.card, ['card'], 'event');
    check.card(w.host, ['host'], 'organisation');
    check.source(w.source, ['source']);
    w.people.forEach((p, i) => {
      check.card(p.card, ['people', i, 'card'], 'person');
      check.card(p.organisation, ['people', i, 'organisation'], 'organisation');
      if (p.country) check.card(p.country, ['people', i, 'country'], 'country');
      else if (p.role === 'speaker') check.problem('a speaker needs the country card they spoke for', ['people', i]);
    });
    const pathIds = (await pathFiles(contentRoot)).map(idOfFile);
    w.questions.forEach((q, i) => {
      check.card(q.card, ['questions', i, 'card'], 'question');
      if (!pathIds.includes(q.path)) {
        check.problem(`unknown path "${q.path}": add content/paths/${q.path}.yaml.${suggest(q.path, pathIds)}`, ['questions', i, 'path']);
      }
    });
    return { data: w, problems };
  },
};
