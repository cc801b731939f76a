/**
 * The search engine: pure, given the prebuilt index and the fuse.js class (loaded on demand).
 * fuse.js forgives typos over the vocabulary (a few thousand words, not whole bodies) and over the names;
 * the prebuilt inverted index finds and ranks the docs. See the README section "Search" for the figures.
 */
import type FuseClass from 'fuse.js';
import type { SearchData, SearchDoc } from '../../content/search-data';
import { NAME_KEYS } from '../../content/search-data';
import { foldPhrase, words } from '../../lib/search-text';

export type SearchHit = {
  doc: SearchDoc;
  score: number;
  /** Folded words of the doc that matched the query (exact, by prefix or by typo), for highlighting. */
  matched: Set<string>;
};

export type Searcher = {
  search: (query: string, limit?: number) => SearchHit[];
  /** Words of the index close to the query's words, for "Did you mean …" when nothing matched. */
  suggest: (query: string) => string[];
  size: number;
};

/** Inputs beyond these are cut: nobody types them, and they must not cost time. */
export const MAX_QUERY_CHARS = 200;
const MAX_QUERY_WORDS = 8;
const MAX_WORD_CHARS = 32;
/** Bitap (fuse.js) handles patterns up to 32 characters; longer words are matched exactly and by prefix only. */
const FUZZY_MIN = 4;
const PREFIX_MIN = 2;
const PREFIX_LIMIT = 40;
const FUZZY_LIMIT = 6;
const FUZZY_THRESHOLD = 0.3;
const SUGGEST_THRESHOLD = 0.5;
/** How much a prefix or a fuzzy match counts against the exact word. */
const PREFIX_FACTOR = 0.8;
const FUZZY_FACTOR = 0.7;
/** A name (title, alias) matching the whole query fuzzily, and one matching it exactly. */
const NAME_BONUS = 120;
const EXACT_NAME_BONUS = 100_000;

/** Words too common to say what a reader wants: they still score, but a card need not contain them to rank first. */
const FILLER = new Set('a an and are as at be by can do does for from how i in is it of on or the to what when where which who why with'.split(' '));

/** The folded words of a query, de-duplicated and capped. */
export function queryWords(query: string): string[] {
  const all = [...new Set(words(query.slice(0, MAX_QUERY_CHARS)))];
  // A lone letter or digit beside real words ("x", "1") is noise; alone, it is what the reader asked for.
  const meaningful = all.filter((w) => w.length > 1);
  return (meaningful.length ? meaningful : all).slice(0, MAX_QUERY_WORDS).map((w) => w.slice(0, MAX_WORD_CHARS));
}

/** The range of sorted `vocab` starting with `prefix`. */
function prefixRange(vocab: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < vocab.length && end - lo < PREFIX_LIMIT && vocab[end].startsWith(prefix)) end++;
  return [lo, end];
}

function exactRange(vocab: readonly string[], word: string): [number, number] {
  const [start] = prefixRange(vocab, word);
  return vocab[start] === word ? [start, start + 1] : [start, start];
}

export function createSearcher(data: SearchData, Fuse: typeof FuseClass): Searcher {
  const { docs, vocab, postings } = data;
  // Typos are near the word's start as often as anywhere, but a match deep inside a longer word ("script" in
  // "descriptions") is not a typo: matches must start near the beginning and be about as long as the word.
  const vocabIndex = Fuse.parseIndex<string>(data.vocabIndex);
  const vocabFuse = new Fuse(vocab, { includeScore: true, location: 0, distance: 8, threshold: FUZZY_THRESHOLD }, vocabIndex);
  // "Did you mean" may reach further than matching does: it is only offered, never applied.
  const suggestFuse = new Fuse(vocab, { includeScore: true, location: 0, distance: 8, threshold: SUGGEST_THRESHOLD }, vocabIndex);
  const fuzzy = (word: string, limit: number, fuse = vocabFuse) =>
    fuse
      .search(word, { limit: limit * 4 })
      .filter((r) => Math.abs(r.item.length - word.length) <= 1 + (word.length >> 2))
      .slice(0, limit);
  const namesFuse = new Fuse(docs, { keys: NAME_KEYS, includeScore: true, threshold: 0.3, ignoreLocation: true }, Fuse.parseIndex<SearchDoc>(data.namesIndex));
  const idf = postings.map((p) => Math.log(1 + docs.length / (p.length / 2)));
  const exactNames = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const name of [d.title, ...d.aliases]) {
      const key = foldPhrase(name);
      exactNames.set(key, [...(exactNames.get(key) ?? []), i]);
    }
  });

  /** The vocabulary entries a query word stands for, each with how much it counts. */
  function variants(word: string): Map<number, number> {
    const found = new Map<number, number>();
    // One letter would match hundreds of words by prefix: it counts only as itself.
    const [start, end] = word.length >= PREFIX_MIN ? prefixRange(vocab, word) : exactRange(vocab, word);
    for (let v = start; v < end; v++) found.set(v, vocab[v] === word ? 1 : PREFIX_FACTOR);
    if (word.length >= FUZZY_MIN && !found.has(start)) {
      for (const r of fuzzy(word, FUZZY_LIMIT)) {
        const factor = FUZZY_FACTOR * (1 - (r.score ?? 1));
        if (factor > (found.get(r.refIndex) ?? 0)) found.set(r.refIndex, factor);
      }
    }
    return found;
  }

  function search(query: string, limit = 20): SearchHit[] {
    const qWords = queryWords(query);
    if (qWords.length === 0) return [];
    const score = new Map<number, number>();
    const covered = new Map<number, number>();
    const matched = new Map<number, Set<string>>();
    for (const word of qWords) {
      const best = new Map<number, number>();
      for (const [v, factor] of variants(word)) {
        const list = postings[v];
        for (let k = 0; k < list.length; k += 2) {
          const doc = list[k];
          const s = list[k + 1] * idf[v] * factor;
          if (s > (best.get(doc) ?? 0)) best.set(doc, s);
          let set = matched.get(doc);
          if (!set) matched.set(doc, (set = new Set()));
          set.add(vocab[v]);
        }
      }
      const counts = !FILLER.has(word) || qWords.every((w) => FILLER.has(w));
      for (const [doc, s] of best) {
        score.set(doc, (score.get(doc) ?? 0) + s);
        if (counts) covered.set(doc, (covered.get(doc) ?? 0) + 1);
      }
    }
    const phrase = qWords.join(' ');
    for (const doc of exactNames.get(phrase) ?? []) score.set(doc, (score.get(doc) ?? 0) + EXACT_NAME_BONUS);
    if (phrase.length >= 3) {
      for (const r of namesFuse.search(phrase.slice(0, MAX_WORD_CHARS), { limit: 10 })) {
        score.set(r.refIndex, (score.get(r.refIndex) ?? 0) + NAME_BONUS * (1 - (r.score ?? 1)));
        // A name close to the whole query covers all of its words ("peer open dialog").
        covered.set(r.refIndex, Math.max(covered.get(r.refIndex) ?? 0, qWords.length));
        const set = matched.get(r.refIndex) ?? new Set();
        for (const w of qWords) set.add(w);
        matched.set(r.refIndex, set);
      }
    }
    return [...score.keys()]
      .sort((a, b) => (covered.get(b) ?? 0) - (covered.get(a) ?? 0) || score.get(b)! - score.get(a)! || docs[a].title.localeCompare(docs[b].title))
      .slice(0, limit)
      .map((i) => ({ doc: docs[i], score: score.get(i)!, matched: matched.get(i) ?? new Set() }));
  }

  function suggest(query: string): string[] {
    const out = new Set<string>();
    for (const word of queryWords(query)) {
      if (word.length < 3) continue;
      for (const r of fuzzy(word, 3, suggestFuse)) if (r.item !== word) out.add(r.item);
    }
    return [...out].slice(0, 5);
  }

  return { search, suggest, size: docs.length };
}
