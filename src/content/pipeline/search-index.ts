/**
 * Builds the search index at build time: the docs (cards with their plain-text bodies, and any other
 * findable content), an inverted index from each word to the docs that contain it, and serialised fuse.js
 * indexes over the vocabulary (in small buckets), to forgive typos.
 * To make more content findable, add a function to `DOC_SOURCES`; to add names to it (as the glossary does),
 * one to `DOC_ENRICHERS`. Either gets only the collections named in the collection's `reads`.
 */
import Fuse from 'fuse.js';
import { paths } from '../../lib/paths.ts';
import { words } from '../../lib/search-text.ts';
import { bucketKey, FIELD_WEIGHTS, type SearchData, type SearchDoc } from '../search-data.ts';
import type { ContentProblem } from './errors.ts';
import type { GlossaryEntry } from '../guide-schema.ts';
import { foldPhrase } from '../../lib/search-text.ts';
import { deckDocs, glossaryDocs, glossaryNames, pageDocs, pathDocs, sectionDocs } from './search-sources.ts';
import type { LoadedContent } from './load-content.ts';

/**
 * The most of one card's body text the index takes (about 4,000 words; the longest real card has a few hundred):
 * one very long card cannot make search's download large for everyone (content/README.md, "Limits").
 */
export const MAX_SEARCH_BODY_CHARS = 30_000;

/** Cards as search docs, with their bodies as plain text (capped at MAX_SEARCH_BODY_CHARS). */
async function cardDocs(_contentRoot: string, base: LoadedContent): Promise<SearchDoc[]> {
  return base.index.cards.map(({ id, kind, title, aliases, tags, summary }) => ({
    id,
    url: paths.card(id),
    kind,
    title,
    aliases,
    tags,
    summary,
    body: (base.texts.get(id) ?? '').slice(0, MAX_SEARCH_BODY_CHARS),
  }));
}

type Loaded = Readonly<Record<string, unknown>>;
type DocSource = (contentRoot: string, base: LoadedContent, loaded: Loaded) => Promise<SearchDoc[]>;
type DocEnricher = (docs: SearchDoc[], loaded: Loaded) => SearchDoc[];

/** Everything search finds: add a function to make more content findable. */
export const DOC_SOURCES: DocSource[] = [cardDocs, sectionDocs, deckDocs, pathDocs, glossaryDocs, pageDocs];

/**
 * Glossary terms and their translations are other names of the card that explains them, so "avatud dialoog"
 * finds Open Dialogue (and the result says which name matched). A translation may read "otevřený dialog (also
 * "Otevřené dialogy")": each name in it counts.
 */
export function withGlossaryNames(docs: SearchDoc[], loaded: Loaded): SearchDoc[] {
  const glossary = (loaded.glossary ?? []) as GlossaryEntry[];
  const names = new Map<string, string[]>();
  for (const entry of glossary) {
    const list = names.get(entry.card) ?? [];
    for (const t of [entry.term, ...entry.translations.map((tr) => tr.term)]) {
      list.push(...glossaryNames(t));
    }
    names.set(entry.card, list);
  }
  return docs.map((doc) => {
    const known = new Set([doc.title, ...doc.aliases].map(foldPhrase));
    const extra = (names.get(doc.id) ?? []).filter((n) => !known.has(foldPhrase(n)) && known.add(foldPhrase(n)));
    return extra.length ? { ...doc, aliases: [...doc.aliases, ...extra] } : doc;
  });
}

/** Steps that add to the docs from other collections, applied in order. */
export const DOC_ENRICHERS: DocEnricher[] = [withGlossaryNames];

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

/** The `search` collection: cards (with the names the glossary gives them), their sections, decks, paths, terms, pages. */
export const searchCollection = {
  name: 'search',
  reads: ['glossary', 'decks', 'paths', 'webinar'],
  async load(contentRoot: string, base: LoadedContent, loaded: Readonly<Record<string, unknown>>) {
    const found = (await Promise.all(DOC_SOURCES.map((source) => source(contentRoot, base, loaded)))).flat();
    const docs = DOC_ENRICHERS.reduce((list, enrich) => enrich(list, loaded), found);
    return { data: buildSearchData(docs), problems: [] as ContentProblem[] };
  },
};
