/** The glossary, `content/glossary.yaml`: key terms, each with a definition, its card and sourced translations. */
import path from 'node:path';
import { glossaryFileSchema } from '../guide-schema.ts';
import type { Collection } from './collection.ts';
import type { ContentProblem } from './errors.ts';
import { readDataFile, referenceChecker } from './data-file.ts';

export const glossaryCollection: Collection = {
  name: 'glossary',
  async load(contentRoot, base) {
    const problems: ContentProblem[] = [];
    const data = await readDataFile(contentRoot, path.join(contentRoot, 'glossary.yaml'), glossaryFileSchema, problems);
    if (!data) return { data: [], problems };
    const check = referenceChecker(base, data, problems);
    const terms = new Set<string>();
    data.value.forEach((entry, i) => {
      const key = entry.term.toLowerCase();
      if (terms.has(key)) check.problem(`the term "${entry.term}" is already in the glossary`, [i, 'term']);
      terms.add(key);
      check.card(entry.card, [i, 'card']);
      const langs = new Set<string>();
      entry.translations.forEach((t, j) => {
        if (langs.has(t.lang)) check.problem(`a second "${t.lang}" translation; give alternatives in one term, separated by " / "`, [i, 'translations', j, 'lang']);
        langs.add(t.lang);
        t.sources.forEach((s, k) => check.source(s, [i, 'translations', j, 'sources', k]));
      });
    });
    const sorted = [...data.value].sort((a, b) => a.term.localeCompare(b.term));
    return { data: sorted, problems };
  },
};
