/**
 * What a card body may contain: the elements and attributes a card needs (content/README.md, "What a body may
 * contain"), and links and images that stay on the web or on this site. Anything else would let one file change
 * more than its own text (a `<meta>` refresh sends every reader elsewhere, a `<script>` or `<iframe>` relies on the
 * Content-Security-Policy alone), so it fails validation, naming the line and the element.
 */
import type { Root } from 'hast';

/** Elements by what they are for; every attribute an element may carry beyond `GLOBAL_ATTRIBUTES`. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  // Text and its formatting
  p: [], br: [], hr: [], em: [], strong: [], b: [], i: [], u: [], s: [], del: [], ins: [], mark: [], small: [],
  sub: [], sup: [], q: ['cite'], cite: [], blockquote: ['cite'], code: [], pre: [], kbd: [], span: [], dfn: [],
  // Headings (a level-one heading is refused on its own, with its reason: the card's title is the page's h1)
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  // Lists
  ul: [], ol: ['start', 'reversed', 'type'], li: ['value'], dl: [], dt: [], dd: [],
  // Tables
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope', 'align'],
  td: ['colspan', 'rowspan', 'align'],
  // Links, abbreviations, images from the site, figures
  a: ['href'], abbr: [], img: ['src', 'alt', 'width', 'height'], figure: [], figcaption: [],
};

/** Attributes any allowed element may carry (`class` names a code block's language; `id` is a heading's anchor). */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'id', 'class'];

/** Why an element is refused, for the ones authors reach for, in words an author understands. */
const WHY: Readonly<Record<string, string>> = {
  script: 'a card cannot run code',
  iframe: 'a card cannot show another site inside it; link to it instead',
  object: 'a card cannot embed other content; link to it instead',
  embed: 'a card cannot embed other content; link to it instead',
  meta: 'it would change the whole page (a refresh can send every reader to another site)',
  base: 'it would change where every link on the page goes',
  link: 'it would load files from elsewhere into the page',
  style: 'a card cannot change the site’s styles',
  form: 'a card cannot send what readers type anywhere',
  input: 'a card cannot have form fields',
  button: 'a card cannot have buttons',
};

/** A URL a link may point to: the web (http, https), or a path on this site (`/cards/x`, `#section`). */
export function isSafeLink(url: string): boolean {
  // Browsers ignore tabs, line breaks and control characters in a scheme ("java\tscript:").
  const plain = [...url].filter((c) => c.charCodeAt(0) > 0x20).join('');
  const scheme = /^([a-z][\w+.-]*):/i.exec(plain)?.[1];
  return scheme ? /^https?$/i.test(scheme) && /^https?:\/\/[^/]/i.test(plain) : !plain.startsWith('//');
}

/** An image must come from this site (a path such as `/images/x.png`), so a card never loads files from elsewhere. */
export const isSiteImage = (url: string) => isSafeLink(url) && !/^https?:/i.test(url.trim());

/** `text`: what to look for in the body when the tree has no position (markdown-it's tree). */
type Found = { message: string; line?: number; text?: string };
type AnyNode = {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  position?: { start: { line: number } };
};

/** hast property names (`className`, `colSpan`, `onClick`) as authors write the attribute. */
const attributeName = (property: string) =>
  ({ className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv', colSpan: 'colspan', rowSpan: 'rowspan' })[property] ??
  property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^on-/, 'on').replace(/^data-/, 'data-');

function attributesOf(node: AnyNode): [string, unknown][] {
  if (node.type === 'element') return Object.entries(node.properties ?? {}).map(([k, v]) => [attributeName(k), v]);
  return (node.attributes ?? []).map((a) => [a.name ?? '', a.value]);
}

function checkElement(node: AnyNode, found: Found[]) {
  const tag = (node.type === 'element' ? node.tagName : node.name)?.toLowerCase();
  if (!tag) return;
  const line = node.position?.start.line;
  const allowed = ALLOWED_ELEMENTS[tag];
  if (!allowed) {
    const why = WHY[tag] ?? 'it is not among the elements a card may use';
    found.push({ line, message: `the element <${tag}> is not allowed in a card body: ${why}. Allowed: text formatting, lists, tables, headings, links, abbreviations, images from the site and figures (content/README.md)` });
    return;
  }
  for (const [name, value] of attributesOf(node)) {
    // As written in MDX (`className`) or as HTML names it (`class`).
    const lower = name.toLowerCase() === 'classname' ? 'class' : name.toLowerCase();
    if (lower === 'style') found.push({ line, message: `<${tag} style="…">: a card cannot set styles (the site's Content-Security-Policy refuses them); use Markdown, **bold** or *emphasis*` });
    else if (/^on/.test(lower)) found.push({ line, message: `<${tag} ${name}>: a card cannot run code when readers click or type` });
    else if (lower === 'dangerouslysetinnerhtml') found.push({ line, message: `<${tag} dangerouslySetInnerHTML>: write the HTML itself (from the allowed elements) instead` });
    else if (!allowed.includes(lower) && !GLOBAL_ATTRIBUTES.includes(lower)) {
      found.push({ line, message: `<${tag} ${name}>: the attribute "${name}" is not allowed on <${tag}> in a card body` });
    } else if (lower === 'href' && typeof value === 'string' && !isSafeLink(value)) {
      found.push({ line, text: value, message: `the link "${value}" is not allowed: link to a web page (http:// or https://) or to a page of this site (/cards/…)` });
    } else if (lower === 'src' && typeof value === 'string' && !isSiteImage(value)) {
      found.push({ line, text: value, message: `the image "${value}" is not from this site: put the file in public/ and give its path (/images/…)` });
    }
  }
}

/** The 1-based line of `body` where `text` first occurs. */
const lineOfText = (body: string, text: string) => {
  const at = body.indexOf(text);
  return at < 0 ? undefined : body.slice(0, at).split('\n').length;
};

/** Everything in a body's HTML tree that is not allowed, with its line in the body (1-based, body-relative). */
export function disallowedInBody(tree: Root, body: string): Found[] {
  const found: Found[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'element' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, found);
    if (node.type === 'raw') found.push({ line: node.position?.start.line, message: 'raw HTML is not allowed in a card body' });
    node.children?.forEach(walk);
  };
  walk(tree as unknown as AnyNode);
  return found.map((f) => (f.line === undefined && f.text ? { ...f, line: lineOfText(body, f.text) } : f));
}
