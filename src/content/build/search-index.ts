/**
 * Builds the search index at build time: the docs (cards with their plain-text bodies, and any other
 * findable content), an inverted index from each word to the docs that contain it, and serialised fuse.js
 * indexes over the vocabulary (in small buckets), to forgive typos.
 * To make more content findable (e.g. glossary terms), add a function to `DOC_SOURCES`.
 */
import Fuse from 'fuse.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { paths } from '../../lib/paths.ts';
import { words } from '../../lib/search-text.ts';
import { bucketKey, FIELD_WEIGHTS, type SearchData, type SearchDoc } from '../search-data.ts';
import { toPlainText } from './body-text.ts';
import type { ContentProblem } from './errors.ts';
import { splitFrontmatter, type LoadedContent } from './load-content.ts';

/** Cards as search docs, with their bodies read again as plain text (the content index carries only an excerpt). */
async function cardDocs(contentRoot: string, base: LoadedContent): Promise<SearchDoc[]> {
  const titles = new Map(base.index.cards.map((c) => [c.id, c.title]));
  return Promise.all(
    base.index.cards.map(async (card) => {
      const text = await readFile(path.join(contentRoot, 'cards', `${card.id}.mdx`), 'utf8');
      const body = toPlainText(splitFrontmatter(text)?.body ?? '', (id) => titles.get(id));
      const { id, kind, title, aliases, tags, summary } = card;
      return { id, url: paths.card(id), kind, title, aliases, tags, summary, body };
    }),
  );
}

type DocSource = (contentRoot: string, base: LoadedContent, loaded: Readonly<Record<string, unknown>>) => Promise<SearchDoc[]>;

/** Everything search finds. Glossary terms join here as one more function mapping `loaded.glossary` to docs. */
export const DOC_SOURCES: DocSource[] = [cardDocs];

/** How strongly each word belongs to one doc: by field, with repeats in the body counting less and less. */
function docWeights(doc: SearchDoc): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of new Set(words(text))) weights.set(w, (weights.get(w) ?? 0) + weight);
  };
  add(doc.title, FIELD_WEIGHTS.title);
  add(doc.aliases.join(' '), FIELD_WEIGHTS.aliases);
  // Tags are written with hyphens ("peer-work"): each part is a word.
  add(doc.tags.join(' '), FIELD_WEIGHTS.tags);
  add(doc.summary, FIELD_WEIGHTS.summary);
  const counts = new Map<string, number>();
  for (const w of words(doc.body)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) weights.set(w, (weights.get(w) ?? 0) + FIELD_WEIGHTS.body * (1 + Math.log(n)));
  return weights;
}

/** The index the browser loads: pure, so tests and the benchmark build it from any corpus. */
export function buildSearchData(docs: SearchDoc[]): SearchData {
  const byWord = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const [w, weight] of docWeights(doc)) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(i, Math.round(weight * 10));
    }
  });
  const vocab = [...byWord.keys()].sort();
  const buckets = new Map<string, string[]>();
  for (const w of vocab) {
    const key = bucketKey(w[0], w.length);
    const list = buckets.get(key);
    if (list) list.push(w);
    else buckets.set(key, [w]);
  }
  return {
    docs,
    vocab,
    postings: vocab.map((w) => byWord.get(w)!),
    vocabBuckets: Object.fromEntries([...buckets].map(([key, list]) => [key, Fuse.createIndex([], list).toJSON()])),
  };
}

/** The `search` collection: derived from the cards and every other collection, so it loads after them. */
export const searchCollection = {
  name: 'search',
  derived: true,
  async load(contentRoot: string, base: LoadedContent, loaded: Readonly<Record<string, unknown>>) {
    const docs = (await Promise.all(DOC_SOURCES.map((source) => source(contentRoot, base, loaded)))).flat();
    return { data: buildSearchData(docs), problems: [] as ContentProblem[] };
  },
};
