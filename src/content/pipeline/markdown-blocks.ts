/**
 * The sections of a card body a slide may show; the markdown itself is compiled by the browser-safe
 * src/content/slide-markdown.ts, which a trainer's own deck uses in the browser too.
 */
export { markdownToBlocks } from '../slide-markdown.ts';

/** The `##` headings of a card body, in order. */
export function sectionHeadings(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]);
}

/** The text under the `## heading` of a body, up to the next heading of level one or two. */
export function sectionText(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => /^##\s/.test(l) && l.replace(/^##\s+/, '').replace(/\s*#*\s*$/, '') === heading);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{1,2}\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}
