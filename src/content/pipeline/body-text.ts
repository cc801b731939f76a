/**
 * Reading a card's MDX body as text: the links it makes to other cards (with line and sentence, for
 * validation and backlinks in context) and a plain-text version (for previews).
 * Link syntax: `[[id]]`, `[[id|label]]`, or a markdown link to `/cards/id`.
 */
import { WIKILINK } from '../wikilink.ts';

export { WIKILINK };
const MD_CARD_LINK = /\[([^\]\n]*)\]\(\/cards\/([^)#?\s]+)[^)]*\)/g;

/** A piece of text, or a card link with the text it shows (its label, else the card's title, else its id). */
export type TextPart = string | { id: string; label: string };

/** Splits a text at its `[[id]]` and `[[id|label]]` card links; a text without one is its only part. */
export function splitCardLinks(value: string, titleOf?: (id: string) => string | undefined): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of value.matchAll(WIKILINK)) {
    const start = m.index ?? 0;
    if (start > last) parts.push(value.slice(last, start));
    const id = m[1].trim();
    parts.push({ id, label: m[2]?.trim() ?? titleOf?.(id) ?? id });
    last = start + m[0].length;
  }
  if (last === 0) return [value];
  if (last < value.length) parts.push(value.slice(last));
  return parts;
}

export type FoundLink = { to: string; line: number; sentence: string; /** The link's own text, when it has one. */ label?: string };

/** Turns MDX/markdown into readable plain text; `titleOf` names a card for `[[id]]` links without a label. */
export function toPlainText(markdown: string, titleOf: (id: string) => string | undefined): string {
  return markdown
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[^>\n]+>/g, '')
    .replace(WIKILINK, (_, id: string, label?: string) => label?.trim() ?? titleOf(id.trim()) ?? id.trim())
    .replace(/!?\[([^\]\n]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts plain text to about `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.]+$/, '')}…`;
}

/** Splits a paragraph into sentences without breaking inside a `[[link]]`. */
function sentences(paragraph: string): string[] {
  // A private-use character stands in for sentence punctuation inside links while splitting.
  const protectedText = paragraph.replace(WIKILINK, (m) => m.replace(/[.!?]/g, '\uE000'));
  return protectedText
    .split(/(?<=[.!?])\s+(?=["“([A-Z0-9])/)
    .map((s) => s.replace(/\uE000/g, '.'));
}

/** Every card link in the body, with its line (counted from `firstLine`) and the raw sentence around it. */
export function findCardLinks(body: string, firstLine: number): FoundLink[] {
  const found: FoundLink[] = [];
  const lines = body.split('\n');
  let paragraphStart = 0;
  const flush = (end: number) => {
    const paragraph = lines.slice(paragraphStart, end).join('\n');
    for (const sentence of sentences(paragraph)) {
      for (const re of [WIKILINK, MD_CARD_LINK]) {
        for (const m of sentence.matchAll(re)) {
          const to = (re === WIKILINK ? m[1] : m[2]).trim();
          const label = (re === WIKILINK ? m[2] : m[1])?.trim() || undefined;
          const offset = paragraph.indexOf(m[0]);
          const line = firstLine + paragraphStart + paragraph.slice(0, Math.max(offset, 0)).split('\n').length - 1;
          found.push({ to, line, sentence, label });
        }
      }
    }
  };
  // A blank line ends a block; a list item or heading starts one, so its sentence never runs into the next.
  lines.forEach((text, i) => {
    if (text.trim() === '') {
      flush(i);
      paragraphStart = i + 1;
    } else if (i > paragraphStart && /^\s*(?:[-*+]|\d+[.)]|#{1,6})\s/.test(text)) {
      flush(i);
      paragraphStart = i;
    }
  });
  flush(lines.length);
  return found;
}
