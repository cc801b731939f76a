/** What a compact handout prints of a card: its key points, taken from the compiled body. Pure. */
import type { BodyNode } from '../../content/schema';

const text = (n: BodyNode): string => (typeof n === 'string' ? n : n.slice(2).map((c) => text(c as BodyNode)).join(''));

/** Sections that point elsewhere rather than say something. */
const NOT_A_POINT = /^(read on|sources|see also|further reading|links)$/i;

/** The first sentence of a paragraph ("… meet together." of a long one); the paragraph itself when it is one. */
export function firstSentence(paragraph: string): string {
  const flat = paragraph.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])\s+(?=[A-Z(“"])/.exec(flat);
  return m ? m[1] : flat;
}

/** Each `##` section of a body with the first sentence under it: the card's key points, in order. */
export function keyPoints(body: readonly BodyNode[]): { heading: string; point: string }[] {
  const out: { heading: string; point: string }[] = [];
  let heading: string | undefined;
  for (const n of body) {
    if (typeof n === 'string') continue;
    const [tag] = n;
    if (tag === 'h2') heading = text(n).trim();
    else if (heading !== undefined && (tag === 'p' || tag === 'ul' || tag === 'ol')) {
      if (!NOT_A_POINT.test(heading)) out.push({ heading, point: firstSentence(text(n)) });
      heading = undefined;
    }
  }
  return out;
}
