/**
 * The search index as the browser receives it (`virtual:content/search`), built once at build time by
 * `pipeline/search-index.ts` and read by the search feature. Plain types and constants: no zod, safe for the browser.
 */
import type { FuseIndex } from 'fuse.js';
import type { CardKind } from './schema';

/** What search can find: a card (by its kind), a section of a card, a deck or its handout, a guided path, a glossary term, a page. */
export type SearchKind = CardKind | 'section' | 'deck' | 'handout' | 'path' | 'glossary' | 'page';

/** Kinds that are not cards: what a result says it is ("Deck", "Guided path", …); a section names its card. */
export const OTHER_KIND_LABELS = {
  section: 'Section',
  deck: 'Deck',
  handout: 'Handout',
  path: 'Guided path',
  glossary: 'Glossary term',
  page: 'Page',
} as const satisfies Record<Exclude<SearchKind, CardKind>, string>;

/** One findable thing, with the text search reads and shows. */
export type SearchDoc = {
  /** Unique across kinds: a card id, or `<kind>:<id>` (`section:network-meeting#history`, `glossary:peer-worker`). */
  id: string;
  /** Where choosing the result leads. */
  url: string;
  kind: SearchKind;
  title: string;
  /** The title of the card a section belongs to. */
  parent?: string;
  /** Other names: acronyms, translations, former names. */
  aliases: string[];
  tags: string[];
  summary: string;
  /** The body as plain text, for snippets around a match deep in the text. */
  body: string;
};

export type SerializedFuseIndex = ReturnType<FuseIndex<unknown>['toJSON']>;

export type SearchData = {
  docs: SearchDoc[];
  /** Every distinct folded word of every doc, sorted: the vocabulary fuse.js forgives typos over. */
  vocab: string[];
  /** `postings[i]` lists the docs containing `vocab[i]` as flat pairs `[doc, weight × 10, doc, weight × 10, …]`. */
  postings: number[][];
  /**
   * `Fuse.createIndex` over the vocabulary, serialised, one per bucket (`bucketKey`: first letter and length), so
   * a typo is looked for only among words of about its length that start like it: fuse.js then scans a few
   * dozen words instead of thousands.
   */
  vocabBuckets: Record<string, SerializedFuseIndex>;
};

/** The bucket of a vocabulary word: its first character and its length. */
export const bucketKey = (first: string, length: number) => `${first}${length}`;

/** How much a word counts by where it stands: a word in the title says more about a card than one in the body. */
export const FIELD_WEIGHTS = { title: 10, aliases: 8, tags: 4, summary: 3, body: 1 } as const;

/** The keys of the fuzzy name search (titles and other names) that re-ranks the best candidates. */
export const NAME_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 2 },
];
