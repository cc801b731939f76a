/**
 * Compiles the small markdown of slides (free text, or one section of a card body) to plain JSON blocks at
 * build time, so the browser renders slides without shipping a markdown or MDX compiler.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block, Inline } from '../deck-schema.ts';
import { WIKILINK } from './body-text.ts';

/** `[[id]]` and `[[id|label]]` become markdown links to the card, titled as the card is. */
function expandWikiLinks(markdown: string, titleOf: (id: string) => string | undefined): string {
  return markdown.replace(WIKILINK, (_, id: string, label?: string) => {
    const text = label?.trim() ?? titleOf(id.trim()) ?? id.trim();
    return `[${text.replace(/[[\]]/g, '')}](/cards/${id.trim()})`;
  });
}

function inline(nodes: PhrasingContent[]): Inline[] {
  return nodes.flatMap((n): Inline[] => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        return [{ t: 'text', v: n.value }];
      case 'break':
        return [{ t: 'text', v: ' ' }];
      case 'strong':
      case 'emphasis':
        return [{ t: n.type === 'strong' ? 'strong' : 'em', c: inline(n.children) }];
      case 'link':
        return [{ t: 'link', href: n.url, c: inline(n.children) }];
      case 'delete':
        return inline(n.children);
      default:
        // Raw HTML, images and footnote references have no place on a slide.
        return [];
    }
  });
}

function blocks(nodes: RootContent[]): Block[] {
  return nodes.flatMap((n): Block[] => {
    switch (n.type) {
      case 'paragraph':
        return [{ t: 'p', c: inline(n.children) }];
      case 'heading':
        return [{ t: 'h', c: inline(n.children) }];
      case 'blockquote':
        return [{ t: 'quote', c: blocks(n.children) }];
      case 'list':
        return [{ t: 'list', ordered: Boolean(n.ordered), items: n.children.map((item) => blocks(item.children)) }];
      default:
        return [];
    }
  });
}

export function markdownToBlocks(markdown: string, titleOf: (id: string) => string | undefined): Block[] {
  const tree: Nodes = fromMarkdown(expandWikiLinks(markdown, titleOf));
  return tree.type === 'root' ? blocks(tree.children) : [];
}

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
