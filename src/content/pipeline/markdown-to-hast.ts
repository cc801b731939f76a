/**
 * Plain Markdown (CommonMark) to the HTML tree remark-rehype makes of it, with markdown-it's parser, which is much faster
 * than micromark with remark, whose parse was most of a build's content validation (tests/bench/README.md). Used only
 * for bodies without MDX syntax (`needsMdx`); tests/content/markdown-to-hast.test.ts holds it to remark's tree over
 * every CommonMark spec example such a body can contain and over every real card, and compile-body.test.ts to what
 * MDX renders.
 */
import type { Element, ElementContent, Properties, Root, Text } from 'hast';
import MarkdownIt, { type Token } from 'markdown-it';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { splitCardLinks } from './body-text.ts';

type TitleOf = (id: string) => string | undefined;

const markdown = new MarkdownIt('commonmark');
// Like micromark: keep every destination as written (percent-encoded the same way), dropping none.
markdown.validateLink = () => true;
markdown.normalizeLink = (url) => url;
markdown.normalizeLinkText = (text) => text;

/** A construct to leave to MDX's own parser. */
class Unsupported extends Error {}

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The line ending after a hard break: its own text node in remark's tree, never joined. */
const afterBreak = new WeakSet<Text>();

/** Appends text, joined to a text node before it, as remark makes one text node of a run of text. */
function pushText(children: ElementContent[], value: string) {
  // markdown-it leaves empty text where emphasis markers were.
  if (!value) return;
  const last = children[children.length - 1];
  if (last?.type === 'text' && !afterBreak.has(last)) last.value += value;
  else children.push(text(value));
}

/** Card links in a text, as remark-wikilinks.ts makes them in remark's tree. */
const withCardLinks = (value: string, titleOf: TitleOf): ElementContent[] =>
  splitCardLinks(value, titleOf).map((part) =>
    typeof part === 'string' ? text(part) : element('a', { href: normalizeUri(`/cards/${part.id}`) }, [text(part.label)]),
  );

/** A token's attribute as text, if it has it. */
function attr(t: Token, name: string): string | undefined {
  const value = t.attrGet(name);
  return value === null ? undefined : String(value);
}

/** An image's description as plain text, as mdast's `alt`. */
function altText(tokens: Token[]): string {
  return tokens.map((t) => (t.type === 'image' ? altText(t.children ?? []) : t.type === 'softbreak' ? '\n' : t.content)).join('');
}

/** Inline tokens to phrasing content; card links are made from whole text runs, not inside links. */
function inline(tokens: Token[], titleOf: TitleOf): ElementContent[] {
  const root = element('root');
  const stack: Element[] = [root];
  const top = () => stack[stack.length - 1];
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        pushText(top().children, t.content);
        break;
      case 'softbreak':
        pushText(top().children, '\n');
        break;
      case 'hardbreak': {
        const eol = text('\n');
        afterBreak.add(eol);
        top().children.push(element('br'), eol);
        break;
      }
      case 'code_inline':
        top().children.push(element('code', {}, [text(t.content)]));
        break;
      case 'image': {
        const props: Properties = { src: normalizeUri(attr(t, 'src') ?? ''), alt: altText(t.children ?? []) };
        const title = attr(t, 'title');
        if (title !== undefined) props.title = title;
        top().children.push(element('img', props));
        break;
      }
      case 'link_open': {
        const props: Properties = { href: normalizeUri(attr(t, 'href') ?? '') };
        const title = attr(t, 'title');
        if (title !== undefined) props.title = title;
        const a = element('a', props);
        top().children.push(a);
        stack.push(a);
        break;
      }
      case 'em_open':
      case 'strong_open': {
        const e = element(t.tag);
        top().children.push(e);
        stack.push(e);
        break;
      }
      case 'link_close':
      case 'em_close':
      case 'strong_close':
        stack.pop();
        break;
      default:
        throw new Unsupported(t.type);
    }
  }
  return cardLinks(root, titleOf).children;
}

/** Splits each text outside links and code into text and card links (code is a value, not text, in remark's tree). */
function cardLinks(parent: Element, titleOf: TitleOf): Element {
  parent.children = parent.children.flatMap((child) => {
    if (child.type === 'text') return withCardLinks(child.value, titleOf);
    if (child.type === 'element' && child.tagName !== 'a' && child.tagName !== 'code') cardLinks(child, titleOf);
    return [child];
  });
  return parent;
}

/** Block children with a line ending between them (and around them, `around`), as remark-rehype's `wrap`. */
function wrap(nodes: ElementContent[], around: boolean): ElementContent[] {
  const out: ElementContent[] = around ? [text('\n')] : [];
  nodes.forEach((node, i) => {
    if (i > 0) out.push(text('\n'));
    out.push(node);
  });
  if (around && nodes.length > 0) out.push(text('\n'));
  return out;
}

/** A list item's children as remark-rehype gives them: a tight list's paragraphs unwrapped. */
function listItem(blocks: ElementContent[], loose: boolean): Element {
  const children: ElementContent[] = [];
  blocks.forEach((child, i) => {
    const paragraph = child.type === 'element' && child.tagName === 'p';
    if (loose || i !== 0 || !paragraph) children.push(text('\n'));
    if (paragraph && !loose) children.push(...child.children);
    else children.push(child);
  });
  const tail = blocks[blocks.length - 1];
  if (tail && (loose || tail.type !== 'element' || tail.tagName !== 'p')) children.push(text('\n'));
  return element('li', {}, children);
}

type Blocks = {
  nodes: ElementContent[];
  /** The index of the token that closes the level. */
  next: number;
  /** Whether a paragraph at this level is shown: markdown-it hides a tight list's. */
  shown: boolean;
};

/** Block tokens from `at` up to the token that closes the current level. */
function blocks(tokens: Token[], at: number, titleOf: TitleOf): Blocks {
  const nodes: ElementContent[] = [];
  let shown = false;
  let i = at;
  while (i < tokens.length && tokens[i].nesting !== -1) {
    const t = tokens[i];
    switch (t.type) {
      case 'paragraph_open':
      case 'heading_open':
        if (t.type === 'paragraph_open' && !t.hidden) shown = true;
        nodes.push(element(t.tag, {}, inline(tokens[i + 1].children ?? [], titleOf)));
        i += 3;
        break;
      case 'blockquote_open': {
        const inner = blocks(tokens, i + 1, titleOf);
        nodes.push(element('blockquote', {}, wrap(inner.nodes, true)));
        i = inner.next + 1;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const items: Blocks[] = [];
        i += 1;
        while (tokens[i].type === 'list_item_open') {
          const item = blocks(tokens, i + 1, titleOf);
          items.push(item);
          i = item.next + 1;
        }
        // A list is loose (paragraphs kept) or tight as a whole, as remark-rehype decides it.
        const loose = items.some((item) => item.shown);
        const start = Number(attr(t, 'start') ?? 1);
        const properties = t.type === 'ordered_list_open' && start !== 1 ? { start } : {};
        nodes.push(element(t.tag, properties, wrap(items.map((item) => listItem(item.nodes, loose)), true)));
        i += 1;
        break;
      }
      case 'fence': {
        // The info string's first word is the language, the rest its "meta" (kept as remark keeps it).
        const [, language, meta] = /^(\S*)\s*([\s\S]*)$/.exec(markdown.utils.unescapeAll(t.info).trim())!;
        const code = element('code', language ? { className: [`language-${language}`] } : {}, [text(t.content)]);
        if (meta) code.data = { meta };
        nodes.push(element('pre', {}, [code]));
        i += 1;
        break;
      }
      case 'hr':
        nodes.push(element('hr'));
        i += 1;
        break;
      default:
        // Indented code (which MDX reads as text) or anything else this module does not know.
        throw new Unsupported(t.type);
    }
  }
  return { nodes, next: i, shown };
}

/** The HTML tree of a plain Markdown text, or undefined when it holds a construct to leave to MDX's parser. */
export function markdownToHast(source: string, titleOf: TitleOf): Root | undefined {
  try {
    return { type: 'root', children: wrap(blocks(markdown.parse(source, {}), 0, titleOf).nodes, false) };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
