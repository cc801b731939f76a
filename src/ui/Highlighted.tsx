import type { Segment } from '../lib/search-text';

/** Highlighted text: matched words in `<mark>`, everything as text (never HTML). */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text));
}
