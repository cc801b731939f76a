/**
 * Compiles the small markdown of slides (free text, or one section of a card body) to plain JSON blocks: at build
 * time for the shipped decks (pipeline/load-decks.ts), and in the browser for a trainer's own deck, so both read
 * the same text the same way.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block, Inline } from './deck-schema.ts';
import { WIKILINK } from './wikilink.ts';

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
