/**
 * The search engine: pure, given the prebuilt index and the fuse.js class (loaded on demand).
 * fuse.js forgives typos over the vocabulary (a few thousand words, not whole bodies) and over the names;
 * the prebuilt inverted index finds and ranks the docs. Figures: tests/bench/README.md.
 */
import type FuseClass from 'fuse.js';
import type { SearchData, SearchDoc, SearchKind } from '../../content/search-data';
import { bucketKey, NAME_KEYS } from '../../content/search-data';
import { foldPhrase, words } from '../../lib/search-text';

export type SearchHit = {
  doc: SearchDoc;
  score: number;
  /** Folded words the query stands for (exact, by prefix or by typo), for highlighting: any in the doc matched. */
  matched: ReadonlySet<string>;
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
/** Completions kept per word, and the longest ending a finished word may take. */
const PREFIX_KEEP = 16;
const SUFFIX_MAX = 3;
const FUZZY_LIMIT = 6;
const FUZZY_THRESHOLD = 0.3;
const SUGGEST_THRESHOLD = 0.5;
/** How much a prefix or a fuzzy match counts against the exact word. */
const PREFIX_FACTOR = 0.8;
const FUZZY_FACTOR = 0.7;
/** A name (title, alias) matching the whole query fuzzily, and one matching it exactly. */
const NAME_BONUS = 120;
/** How many of the best candidates the name search re-ranks. */
const RERANK = 60;
const EXACT_NAME_BONUS = 100_000;
/** A name made mostly of the query's words ("Open Dialogue" for "open dialog") beats a longer one containing them. */
const NAME_FIT_BONUS = 600;
/**
 * How much a name counts by what it names: a card is what a reader most often wants, so its name beats the same
 * name on a glossary term or a section heading ("Evidence" the page, then sections headed "Evidence").
 */
/** The query's own words making up much of a title ("dialogue" in "Open Dialogue"): the card named by it first. */
const TITLE_WORD_BONUS = 400;
const NAME_FACTOR: Partial<Record<SearchKind, number>> = { deck: 0.9, path: 0.9, handout: 0.8, glossary: 0.7, section: 0.5 };

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
  // Typos are near the word's start as often as anywhere, but a match deep inside a longer word ("script" in
  // "descriptions") is not a typo: matches must start near the beginning.
  const options = { includeScore: true, location: 0, distance: 8 };
  const bucketFuse = new Map<string, { strict: FuseClass<string>; loose: FuseClass<string> }>();
  const bucket = (key: string) => {
    let fuses = bucketFuse.get(key);
    const serialised = data.vocabBuckets[key];
    if (!fuses && serialised) {
      const index = Fuse.parseIndex<string>(serialised);
      const list = serialised.records.map((r) => r.v ?? '');
      fuses = {
        strict: new Fuse(list, { ...options, threshold: FUZZY_THRESHOLD }, index),
        // "Did you mean" may reach further than matching does: it is only offered, never applied.
        loose: new Fuse(list, { ...options, threshold: SUGGEST_THRESHOLD }, index),
      };
      bucketFuse.set(key, fuses);
    }
    return fuses;
  };
  const vocabPosition = (word: string) => {
    const [start] = prefixRange(vocab, word);
    return vocab[start] === word ? start : -1;
  };
  /**
   * Vocabulary words within a few typos of `word`, best first, as vocab positions with fuse.js scores. Prefilter:
   * words of about the same length whose first letter is the word's first or second (a dropped or swapped
   * first letter); fuse.js scores the few dozen left.
   */
  const fuzzy = (word: string, limit: number, strict = true) => {
    const slack = 1 + (word.length >> 2);
    const found: { refIndex: number; item: string; score: number }[] = [];
    for (const first of new Set([word[0], word[1]])) {
      for (let length = word.length - slack; length <= word.length + slack; length++) {
        const fuses = bucket(bucketKey(first, length));
        if (!fuses) continue;
        for (const r of (strict ? fuses.strict : fuses.loose).search(word, { limit })) {
          found.push({ refIndex: vocabPosition(r.item), item: r.item, score: r.score ?? 1 });
        }
      }
    }
    return found.sort((a, b) => a.score - b.score).slice(0, limit);
  };
  const idf = postings.map((p) => Math.log(1 + docs.length / (p.length / 2)));
  const exactNames = new Map<string, number[]>();
  const nameWords = docs.map((d) => [d.title, ...d.aliases].map((name) => words(name)));
  const nameFactor = docs.map((d) => NAME_FACTOR[d.kind] ?? 1);
  docs.forEach((d, i) => {
    for (const key of new Set([d.title, ...d.aliases].map(foldPhrase))) exactNames.set(key, [...(exactNames.get(key) ?? []), i]);
  });

  /** The vocabulary entries a query word stands for, each with how much it counts. */
  function variants(word: string, typing: boolean): Map<number, number> {
    const found = new Map<number, number>();
    // One letter would match hundreds of words by prefix: it counts only as itself.
    const [start, end] = word.length >= PREFIX_MIN ? prefixRange(vocab, word) : exactRange(vocab, word);
    let range = Array.from({ length: end - start }, (_, k) => start + k);
    // A finished word (one the reader typed past) stands for itself and its endings ("meeting", "meetings");
    // the word being typed for any completion, the shortest first.
    if (!typing && vocab[start] === word) range = range.filter((v) => vocab[v].length <= word.length + SUFFIX_MAX);
    if (range.length > PREFIX_KEEP) range = range.sort((a, b) => vocab[a].length - vocab[b].length).slice(0, PREFIX_KEEP);
    for (const v of range) found.set(v, vocab[v] === word ? 1 : PREFIX_FACTOR);
    if (word.length >= FUZZY_MIN && !found.has(start)) {
      for (const r of fuzzy(word, FUZZY_LIMIT)) {
        const factor = FUZZY_FACTOR * (1 - r.score);
        if (factor > (found.get(r.refIndex) ?? 0)) found.set(r.refIndex, factor);
      }
    }
    return found;
  }

  // Scratch space reused by every search: typed arrays instead of maps keep a query over 10,000 cards fast.
  const score = new Float64Array(docs.length);
  const covered = new Uint8Array(docs.length);
  const best = new Float64Array(docs.length);

  function search(query: string, limit = 20): SearchHit[] {
    const qWords = queryWords(query);
    if (qWords.length === 0) return [];
    const touched: number[] = [];
    const queryTerms = new Set<string>();
    // The last word is still being typed unless the query ends with a space or punctuation.
    const typingLast = /[\p{L}\p{N}]$/u.test(query.slice(0, MAX_QUERY_CHARS));
    for (const [n, word] of qWords.entries()) {
      const seen: number[] = [];
      for (const [v, factor] of variants(word, typingLast && n === qWords.length - 1)) {
        queryTerms.add(vocab[v]);
        const list = postings[v];
        const weight = idf[v] * factor;
        for (let k = 0; k < list.length; k += 2) {
          const doc = list[k];
          const s = list[k + 1] * weight;
          if (best[doc] === 0) seen.push(doc);
          if (s > best[doc]) best[doc] = s;
        }
      }
      const counts = !FILLER.has(word) || qWords.every((w) => FILLER.has(w));
      for (const doc of seen) {
        if (score[doc] === 0 && covered[doc] === 0) touched.push(doc);
        score[doc] += best[doc];
        if (counts) covered[doc]++;
        best[doc] = 0;
      }
    }
    const phrase = qWords.join(' ');
    for (const doc of exactNames.get(phrase) ?? []) {
      if (score[doc] === 0 && covered[doc] === 0) touched.push(doc);
      score[doc] += EXACT_NAME_BONUS * nameFactor[doc];
    }
    // More of the query's words first, then the score; ties keep the docs' order (by title).
    const order = (a: number, b: number) => covered[b] - covered[a] || score[b] - score[a] || a - b;
    const ranked = touched.sort(order);
    // Names made of the query's words, and names fuse.js finds close to the whole query, lift the best candidates.
    const candidates = ranked.slice(0, RERANK);
    const typed = new Set(qWords);
    for (const doc of candidates) {
      const fit = Math.max(...nameWords[doc].map((name) => name.filter((w) => queryTerms.has(w)).length / Math.max(name.length, 1)));
      const title = nameWords[doc][0];
      const own = title.filter((w) => typed.has(w)).length / Math.max(title.length, 1);
      score[doc] += (NAME_FIT_BONUS * fit * fit + TITLE_WORD_BONUS * own * own) * nameFactor[doc];
    }
    if (phrase.length >= 3 && candidates.length > 1) {
      const namesFuse = new Fuse(candidates.map((i) => docs[i]), { keys: NAME_KEYS, includeScore: true, threshold: 0.3, ignoreLocation: true });
      for (const r of namesFuse.search(phrase.slice(0, MAX_WORD_CHARS))) score[candidates[r.refIndex]] += NAME_BONUS * (1 - (r.score ?? 1)) * nameFactor[candidates[r.refIndex]];
    }
    candidates.sort(order);
    const hits = candidates.slice(0, limit).map((i) => ({ doc: docs[i], score: score[i], matched: queryTerms }));
    for (const doc of touched) {
      score[doc] = 0;
      covered[doc] = 0;
    }
    return hits;
  }

  function suggest(query: string): string[] {
    const out = new Set<string>();
    for (const word of queryWords(query)) {
      if (word.length < 3) continue;
      for (const r of fuzzy(word, 3, false)) if (r.item !== word) out.add(r.item);
    }
    return [...out].slice(0, 5);
  }

  return { search, suggest, size: docs.length };
}
