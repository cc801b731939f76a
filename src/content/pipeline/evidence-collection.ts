/** The evidence at a glance, `content/evidence/studies.yaml`: every study's values and the sources of each. */
import path from 'node:path';
import { SOURCED_FIELDS, studiesFileSchema, type Study } from '../evidence-schema.ts';
import type { Collection } from './collection.ts';
import type { ContentProblem } from './errors.ts';
import { readDataFile, referenceChecker } from './data-file.ts';

export const evidenceCollection: Collection = {
  name: 'evidence',
  async load(contentRoot, base) {
    const problems: ContentProblem[] = [];
    const data = await readDataFile(contentRoot, path.join(contentRoot, 'evidence', 'studies.yaml'), studiesFileSchema, problems);
    if (!data) return { data: null, problems };
    const check = referenceChecker(base, data, problems);
    const seen = new Set<string>();
    data.value.forEach((study: Study, i) => {
      if (seen.has(study.id)) check.problem(`duplicate study id "${study.id}"`, [i, 'id']);
      seen.add(study.id);
      if (study.card) check.card(study.card, [i, 'card'], 'study');
      for (const field of SOURCED_FIELDS) study[field].sources.forEach((s, j) => check.source(s, [i, field, 'sources', j]));
    });
    return { data: data.value, problems };
  },
};
