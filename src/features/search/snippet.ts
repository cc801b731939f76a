/**
 * Highlighting as data: text cut into plain and marked segments, which React renders as text and `<mark>`.
 * The query never becomes HTML.
 */
import type { SearchDoc } from '../../content/search-data';
import { highlight, wordSpans, type Segment } from '../../lib/search-text';

export { highlight, type Segment };

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

/** Most words a result's link carries to mark on the page it opens. */
const HIGHLIGHT_WORDS = 8;

/**
 * Where a result leads: a card or a section of one carries the matched words (`?highlight=`), which the card page
 * marks and scrolls to; other results lead to their page or anchor as they are.
 */
export function resultUrl(hit: { doc: SearchDoc; matched: ReadonlySet<string> }): string {
  const { doc } = hit;
  if (!doc.url.startsWith('/cards/')) return doc.url;
  const present = new Set(wordSpans(`${doc.title} ${doc.body}`).map((s) => s.folded));
  const marked = [...hit.matched].filter((w) => present.has(w)).slice(0, HIGHLIGHT_WORDS);
  if (!marked.length) return doc.url;
  const [path, hash] = doc.url.split('#');
  return `${path}?${new URLSearchParams({ highlight: marked.join(' ') })}${hash ? `#${hash}` : ''}`;
}
