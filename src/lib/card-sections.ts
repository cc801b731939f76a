/**
 * The `##` sections of a card body compiled to data (`BodyNode`), as slides show them: the headings a trainer may
 * pick, and one section's text as the slide blocks the build makes from the same markdown
 * (src/content/slide-markdown.ts; a test holds the two to the same result for every shipped deck).
 */
import type { Block, Inline, SlideSource } from '../content/deck-schema';
import type { BodyNode } from '../content/schema';
import { joinTexts } from '../content/inline-text';

type Element = Extract<BodyNode, readonly unknown[]>;
const isElement = (n: BodyNode): n is Element => typeof n !== 'string';
const tagOf = (n: BodyNode) => (isElement(n) ? n[0] : undefined);
const childrenOf = (n: Element): BodyNode[] => n.slice(2) as BodyNode[];

function textOf(n: BodyNode): string {
  return typeof n === 'string' ? n : childrenOf(n).map(textOf).join('');
}

/** The heading texts of a body's `##` sections, in order. */
export function bodySections(body: readonly BodyNode[]): string[] {
  return body.filter((n) => tagOf(n) === 'h2').map((n) => textOf(n).trim());
}

function inlines(nodes: readonly BodyNode[]): Inline[] {
  return nodes.flatMap((n): Inline[] => {
    if (typeof n === 'string') return n ? [{ t: 'text', v: n }] : [];
    const [tag, props] = n;
    const lang = typeof props?.lang === 'string' ? props.lang : undefined;
    if (tag === 'strong' || tag === 'em' || tag === 'b' || tag === 'i') {
      return [{ t: tag === 'strong' || tag === 'b' ? 'strong' : 'em', c: inlines(childrenOf(n)), ...(lang && { lang }) }];
    }
    if (lang) return [{ t: 'span', lang, c: inlines(childrenOf(n)) }];
    if (tag === 'a' && typeof props?.href === 'string') return [{ t: 'link', href: props.href, c: inlines(childrenOf(n)) }];
    if (tag === 'br') return [{ t: 'text', v: ' ' }];
    if (tag === 'img' || tag === 'sup') return []; // no images or footnote marks on a slide, as in the build
    return inlines(childrenOf(n));
  });
}

/** Adjacent texts as one, at every depth. */
const merged = (list: Inline[]): Inline[] => joinTexts(list).map((n) => (n.t === 'text' ? n : { ...n, c: merged(n.c) }));

function blocks(nodes: readonly BodyNode[]): Block[] {
  return nodes.flatMap((n): Block[] => {
    if (typeof n === 'string') return n.trim() ? [{ t: 'p', c: [{ t: 'text', v: n.trim() }] }] : [];
    const tag = n[0];
    if (tag === 'p') return [{ t: 'p', c: merged(inlines(childrenOf(n))) }];
    if (/^h[3-6]$/.test(tag)) return [{ t: 'h', c: merged(inlines(childrenOf(n))) }];
    if (tag === 'blockquote') return [{ t: 'quote', c: blocks(childrenOf(n)) }];
    if (tag === 'ul' || tag === 'ol') {
      const items = childrenOf(n).filter((c) => tagOf(c) === 'li') as Element[];
      return [{ t: 'list', ordered: tag === 'ol', items: items.map(listItem) }];
    }
    return []; // tables, figures, code: not on a slide
  });
}

/** A tight list item holds its text directly; a loose one holds paragraphs. */
function listItem(li: Element): Block[] {
  const children = childrenOf(li);
  const blockTags = /^(p|ul|ol|blockquote|h[3-6])$/;
  if (children.some((c) => blockTags.test(tagOf(c) ?? ''))) return blocks(children.filter((c) => isElement(c) || c.trim()));
  return [{ t: 'p', c: merged(inlines(children)).map((c, i, all) => (c.t === 'text' ? { t: 'text', v: trimEnds(c.v, i, all.length) } : c)) }];
}

function trimEnds(v: string, i: number, count: number): string {
  const start = i === 0 ? v.trimStart() : v;
  return i === count - 1 ? start.trimEnd() : start;
}

/** The blocks of the section under `## heading`, up to the next `##`; undefined when the body has no such section. */
export function sectionBlocks(body: readonly BodyNode[], heading: string): Block[] | undefined {
  const start = body.findIndex((n) => tagOf(n) === 'h2' && textOf(n).trim() === heading);
  if (start < 0) return undefined;
  const rest = body.slice(start + 1);
  const end = rest.findIndex((n) => tagOf(n) === 'h1' || tagOf(n) === 'h2');
  return blocks(end < 0 ? rest : rest.slice(0, end));
}

/** What "Add to a deck" on a card page offers: the whole card (title and summary), or one of its sections. */
export function cardSlideChoices(card: string, body: readonly BodyNode[]): { label: string; slide: SlideSource }[] {
  return [
    { label: 'The whole card (title and summary)', slide: { kind: 'card', card } },
    ...bodySections(body).map((section) => ({ label: `The section “${section}”`, slide: { kind: 'card' as const, card, section } })),
  ];
}
