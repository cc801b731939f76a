import type { BodyNode } from '../../content/schema';

export type Section = { id: string; title: string };

/** A card needs a table of contents from this many `##` sections. */
export const TOC_MIN_SECTIONS = 3;

const textOf = (node: BodyNode): string => (typeof node === 'string' ? node : node.slice(2).map((n) => textOf(n as BodyNode)).join(''));

/** The body's `##` headings with their anchors (set at build time by rehype-slug), in reading order. */
export function bodySections(body: readonly BodyNode[]): Section[] {
  const sections: Section[] = [];
  for (const node of body) {
    if (typeof node === 'string' || node[0] !== 'h2') continue;
    const id = node[1]?.id;
    if (typeof id === 'string') sections.push({ id, title: textOf(node).trim() });
  }
  return sections;
}
