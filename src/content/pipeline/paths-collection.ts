/** The guided paths, `content/paths/<id>.yaml`: ordered reading paths through the cards. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathFileSchema, type GuidedPath } from '../guide-schema.ts';
import { ID_PATTERN } from '../vocabulary.ts';
import type { Collection } from './collection.ts';
import type { ContentProblem } from './errors.ts';
import { idOfFile, readDataFile, referenceChecker } from './data-file.ts';
import { rel } from './load-content.ts';

/** Ids of the path files, for other collections that link to paths (the webinar). */
export async function pathFiles(contentRoot: string): Promise<string[]> {
  const dir = path.join(contentRoot, 'paths');
  try {
    return (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

export const pathsCollection: Collection = {
  name: 'paths',
  async load(contentRoot, base) {
    const problems: ContentProblem[] = [];
    const paths: GuidedPath[] = [];
    for (const full of await pathFiles(contentRoot)) {
      const id = idOfFile(full);
      if (!ID_PATTERN.test(id)) {
        problems.push({ file: rel(contentRoot, full), message: `the file name "${id}" is the path's id and URL: use lower-case letters, digits and hyphens` });
        continue;
      }
      const data = await readDataFile(contentRoot, full, pathFileSchema, problems);
      if (!data) continue;
      const check = referenceChecker(base, data, problems);
      const seen = new Map<string, number>();
      data.value.steps.forEach((step, i) => {
        check.card(step.card, ['steps', i, 'card']);
        const first = seen.get(step.card);
        if (first !== undefined) check.problem(`"${step.card}" is already step ${first + 1}; a card appears once in a path`, ['steps', i, 'card']);
        else seen.set(step.card, i);
      });
      if (data.value.question) check.card(data.value.question, ['question'], 'question');
      paths.push({ id, ...data.value });
    }
    paths.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
    return { data: paths, problems };
  },
};
