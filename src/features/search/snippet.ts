/**
 * Highlighting as data: text cut into plain and marked segments, which React renders as text and `<mark>`.
 * The query never becomes HTML.
 */
import type { SearchDoc } from '../../content/search-data';
import { wordSpans } from '../../lib/search-text';

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

const hasMatch = (text: string, matched: ReadonlySet<string>) => wordSpans(text).some((s) => matched.has(s.folded));

/** About `max` characters of `text` around its first matched word, cut at spaces, with ellipses. */
function windowAround(text: string, matched: ReadonlySet<string>, max: number): string {
  const first = wordSpans(text).find((s) => matched.has(s.folded));
  if (!first || text.length <= max) return text;
  let start = Math.max(0, first.start - Math.floor(max / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = text.lastIndexOf(' ', end) > first.end ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The text that best shows why a doc matched: the summary when it holds a match, else the passage of the body. */
export function snippetOf(doc: SearchDoc, matched: ReadonlySet<string>, max = 180): Segment[] {
  if (hasMatch(doc.summary, matched) || !hasMatch(doc.body, matched)) return highlight(doc.summary, matched);
  return highlight(windowAround(doc.body, matched, max), matched);
}

/** Where a doc matched, when not in its title or summary: an alias shown beside the title ("also: POD"). */
export function matchedAlias(doc: SearchDoc, matched: ReadonlySet<string>): string | undefined {
  if (hasMatch(doc.title, matched)) return undefined;
  return doc.aliases.find((a) => hasMatch(a, matched));
}
