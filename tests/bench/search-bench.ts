/**
 * `npm run bench:search`: the tuned search (fuse.js over the vocabulary and names + prebuilt inverted index)
 * against fuse.js used naively (all fields, default options, no prebuilt index), on synthetic corpora shaped
 * like the real cards: a title of 2–5 words, up to 3 aliases, 2–4 tags, a summary of about 30 words and a body
 * of about 400, drawn from a shared lexicon with a Zipf distribution, plus names particular to each card.
 */
import Fuse from 'fuse.js';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildSearchData } from '../../src/content/pipeline/search-index';
import { CARD_KINDS } from '../../src/content/vocabulary';
import type { SearchDoc } from '../../src/content/search-data';
import { createSearcher } from '../../src/features/search/engine';
import { seededRandom } from '../seeded-random';

/** Deterministic random numbers, so every run measures the same corpora. */
const random = seededRandom;

const SYLLABLES = 'ka lo mi ne su ta ri po de la vi ko ma ni se to ru pa di le va go me na si'.split(' ');

function lexicon(size: number, rnd: () => number): string[] {
  const out = new Set<string>();
  while (out.size < size) {
    const n = 1 + Math.floor(rnd() * 4);
    out.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(''));
  }
  return [...out];
}

export function syntheticCorpus(n: number): { docs: SearchDoc[]; lexicon: string[] } {
  const rnd = random(42);
  const lex = lexicon(4000, rnd);
  // Zipf: the k-th word is drawn with probability ~ 1/k, like natural text.
  const harmonic = lex.map((_, k) => 1 / (k + 1));
  const total = harmonic.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  harmonic.reduce((acc, h, k) => (cumulative[k] = acc + h / total), 0);
  const word = () => {
    const r = rnd();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lex[lo];
  };
  const text = (count: number) => Array.from({ length: count }, word).join(' ');
  const docs: SearchDoc[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${lexicon(1, rnd)[0]}${i}`; // a name only this card has, like a person or a place
    const title = `${name} ${text(1 + Math.floor(rnd() * 4))}`;
    docs.push({
      id: `card-${i}`,
      url: `/cards/card-${i}`,
      kind: CARD_KINDS[i % CARD_KINDS.length],
      title,
      aliases: Array.from({ length: Math.floor(rnd() * 4) }, () => text(1 + Math.floor(rnd() * 2))),
      tags: Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => lex[Math.floor(rnd() * 40)]),
      summary: text(25 + Math.floor(rnd() * 10)),
      body: `${text(200)} ${name} ${text(200)}`,
    });
  }
  return { docs, lexicon: lex };
}

/** The same queries at every size: words and names present in every corpus, typed as readers type them. */
export function queryList(docs: SearchDoc[], lex: string[]): string[] {
  const typo = (w: string) => w.slice(0, 2) + w.slice(3); // one letter dropped
  const nameOf = (i: number) => docs[i].title.split(' ')[0];
  return [
    docs[3].title, // an exact title
    nameOf(7),
    typo(nameOf(11)),
    nameOf(19).slice(0, 4), // a partial word while typing
    lex[0], // the most common word
    lex[5],
    typo(lex[120]),
    `${lex[30]} ${lex[200]}`,
    `${lex[2]} ${lex[400]} ${lex[900]}`,
    lex[1500].slice(0, 3),
    typo(lex[2500]),
    `${typo(lex[60])} ${lex[61]}`,
    docs[50].aliases[0] ?? lex[10],
    'zzzqqq', // nothing
    `${lex[3]} ${lex[700]} ${lex[1200]} ${lex[1800]} ${lex[2600]}`, // a long query
    docs[42].summary.split(' ').slice(3, 6).join(' '),
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Time per query: the median of `runs` runs of that query (the machine is shared: a run the scheduler
 * interrupts would otherwise pass for a slow query). Then the median and 95th percentile over the queries.
 */
function time(queries: string[], runs: number, run: (q: string) => unknown): { median: number; p95: number } {
  for (const q of queries) run(q); // warm up
  const perQuery = queries.map((q) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      run(q);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  });
  perQuery.sort((a, b) => a - b);
  return { median: percentile(perQuery, 50), p95: percentile(perQuery, 95) };
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0)).padStart(7);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`.padStart(9);

export async function main(sizes = [100, 1000, 10000]) {
  console.log('Search benchmark: tuned (fuse.js over vocabulary + names, prebuilt inverted index) vs naive fuse.js');
  console.log('(naive = new Fuse(docs, { keys: title, summary, tags, aliases, body }) with default options)\n');
  const header = ['cards', 'vocab', 'build ms', 'index', 'gzip', 'w/o text', 'init ms', 'median', 'p95', 'naive med', 'naive p95', 'p95 ratio'];
  console.log(header.map((h) => h.padStart(9)).join(' '));
  for (const n of sizes) {
    const { docs, lexicon: lex } = syntheticCorpus(n);
    const queries = queryList(docs, lex);
    let t = performance.now();
    const data = buildSearchData(docs);
    const buildMs = performance.now() - t;
    const json = JSON.stringify(data);
    const withoutText = JSON.stringify({ ...data, docs: data.docs.map((d) => ({ ...d, body: '' })) });
    t = performance.now();
    const searcher = createSearcher(JSON.parse(json), Fuse);
    const initMs = performance.now() - t;
    const tuned = time(queries, 9, (q) => searcher.search(q, 20));
    const naiveFuse = new Fuse(docs, { keys: ['title', 'summary', 'tags', 'aliases', 'body'] });
    const naive = time(queries, n >= 10000 ? 1 : 3, (q) => naiveFuse.search(q, { limit: 20 }));
    console.log(
      [
        String(n).padStart(9),
        String(data.vocab.length).padStart(9),
        ms(buildMs).padStart(9),
        kb(json.length),
        kb(gzipSync(json).length),
        kb(withoutText.length),
        ms(initMs).padStart(9),
        ms(tuned.median).padStart(9),
        ms(tuned.p95).padStart(9),
        ms(naive.median).padStart(9),
        ms(naive.p95).padStart(9),
        `${(naive.p95 / tuned.p95).toFixed(0)}×`.padStart(9),
      ].join(' '),
    );
  }
  console.log('\nms per query (each the median of 9 runs; naive: 3, at 10,000 cards 1) over 16 queries: exact titles,');
  console.log('names, typos, partial words, several words, nothing. "index" is the JSON the browser loads (with the');
  console.log('text for snippets), "w/o text" without the bodies; "init" parses it and prepares the searcher.');
  console.log('Goal: p95 < 16 ms at 1,000 cards, < 50 ms at 10,000.');
  // Figures from a machine shared with other jobs are slower than a reader's: say how busy it was.
  console.log(`Machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (1, 5, 15 min).`);
}
