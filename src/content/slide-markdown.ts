/**
 * Compiles the small markdown of slides (free text, or one section of a card body) to plain JSON blocks: at build
 * time for the shipped decks (pipeline/load-decks.ts), and in the browser for a trainer's own deck, so both read
 * the same text the same way.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block, Inline } from './deck-schema.ts';
import { joinTexts } from './inline-text.ts';
import { WIKILINK } from './wikilink.ts';

/** `[[id]]` and `[[id|label]]` become markdown links to the card, titled as the card is. */
function expandWikiLinks(markdown: string, titleOf: (id: string) => string | undefined): string {
  return markdown.replace(WIKILINK, (_, id: string, label?: string) => {
    const text = label?.trim() ?? titleOf(id.trim()) ?? id.trim();
    return `[${text.replace(/[[\]]/g, '')}](/cards/${id.trim()})`;
  });
}

/** An HTML tag a card body may write inline around text (`<i lang="cs">`), as markdown gives it: a raw `html` node. */
const OPENING = /^<(i|em|b|strong|span)(?:\s+lang="([\w-]+)")?\s*>$/;

/** The inline HTML element opened at `nodes[at]`, with the nodes up to its closing tag; undefined for other HTML. */
function htmlElement(nodes: PhrasingContent[], at: number): { inline: Inline[]; end: number } | undefined {
  const open = nodes[at];
  const m = open.type === 'html' ? OPENING.exec(open.value) : null;
  if (!m) return undefined;
  const [, tag, lang] = m;
  const end = nodes.findIndex((n, i) => i > at && n.type === 'html' && n.value === `</${tag}>`);
  if (end < 0) return undefined;
  const c = inline(nodes.slice(at + 1, end));
  if (tag === 'span') return { inline: lang ? [{ t: 'span', lang, c }] : c, end };
  return { inline: [{ t: tag === 'b' || tag === 'strong' ? 'strong' : 'em', c, ...(lang && { lang }) }], end };
}

function inline(nodes: PhrasingContent[]): Inline[] {
  const out: Inline[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const element = htmlElement(nodes, i);
    if (element) {
      out.push(...element.inline);
      i = element.end;
    } else out.push(...inlineNode(nodes[i]));
  }
  return joinTexts(out);
}

function inlineNode(n: PhrasingContent): Inline[] {
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
      // Other raw HTML, images and footnote references have no place on a slide.
      return [];
  }
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
