/**
 * How search reads text, shared by the index builder (build time) and the search engine (browser), so both
 * cut and fold words the same way: lower case, accents folded ("otevřený" = "otevreny"), any script kept.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** One word as the index stores it: lower case, without accents. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The words of a text, folded, in order (with repeats). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(foldWord(m[0]));
  return out;
}

/** Every word of `text` with where it stands, for highlighting the original text. */
export function wordSpans(text: string): { start: number; end: number; folded: string }[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) }));
}

/** A whole phrase folded for comparison: "Peer-supported  Open Dialogue" = "peer supported open dialogue". */
export function foldPhrase(text: string): string {
  return words(text).join(' ');
}

/** Text cut into plain and marked segments (React renders them as text and `<mark>`): never HTML. */
export type Segment = { text: string; mark: boolean };

/** `text` cut into segments, the words in `matched` (folded) marked. */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!matched.has(span.folded)) continue;
    if (span.start > at) out.push({ text: text.slice(at, span.start), mark: false });
    out.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
