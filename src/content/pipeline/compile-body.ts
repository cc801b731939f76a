/**
 * Compiles a card body (MDX) to data the app renders (`BodyNode`, src/content/schema.ts) rather than to a module of
 * code: MDX's own parser and transforms up to the HTML tree (for a body in plain Markdown, markdown-it's parser to
 * the same tree), with card links and heading ids, then that tree as plain elements and text. The browser fetches a
 * card's data as one JSON file, so the bundler never sees card bodies (as one module each, they took about half the
 * bundler's time at 1,000 cards).
 *
 * What MDX syntax a body may use: HTML elements written as JSX, with literal attributes, and `{/* comments *\/}`.
 * Components, expressions and `import`/`export` would need code to run; a body using one fails validation with a
 * message naming the file and line.
 */
import type { createProcessor } from '@mdx-js/mdx';
import type { Element, Root, RootContent } from 'hast';
import { toJsxRuntime, type Jsx } from 'hast-util-to-jsx-runtime';
import rehypeSlug from 'rehype-slug';
import { VFile } from 'vfile';
import type { BodyNode, BodyProps } from '../schema.ts';
import { disallowedInBody } from './body-allowlist.ts';
import type { ContentProblem } from './errors.ts';
import { markdownToHast } from './markdown-to-hast.ts';
import { mdxSyntaxProblem, needsMdx } from './mdx-syntax.ts';
import remarkWikiLinks from './remark-wikilinks.ts';

type TitleOf = (id: string) => string | undefined;
type Place = { line: number } | undefined;
type Unsupported = { message: string; place: Place };

/** The HTML tree MDX made, kept by the last transform; MDX's code generation then gets an empty tree. */
const TREE = 'odBodyTree';

function keepTree() {
  return (tree: Root, file: VFile) => {
    file.data[TREE] = tree;
    return { type: 'root', children: [] } satisfies Root;
  };
}

/**
 * The compiler of MDX bodies. MDX's processor ends in code generation, which we do not want: the last transform
 * keeps the tree and hands code generation an empty one. MDX loads on first use: most bodies are plain
 * Markdown, and a build whose bodies all are never pays for loading it (tests/bench/README.md).
 */
function mdxProcessor(titleOf: TitleOf) {
  let loading: Promise<ReturnType<typeof createProcessor>> | undefined;
  const load = () =>
    import('@mdx-js/mdx').then(({ createProcessor }) =>
      createProcessor({
        remarkPlugins: [[remarkWikiLinks, { titleOf }]],
        // Card headings get GitHub-style ids, so links (e.g. from the comparison explorer) can land on a section.
        rehypePlugins: [rehypeSlug, keepTree],
      }),
    );
  return async (vfile: VFile): Promise<Root> => {
    const processor = await (loading ??= load());
    await processor.run(processor.parse(vfile) as unknown as Parameters<typeof processor.run>[0], vfile);
    return vfile.data[TREE] as Root;
  };
}

/**
 * The compiler of plain Markdown bodies, which have no JSX, expressions or HTML for MDX to handle (`needsMdx`):
 * markdown-it's parser to the same HTML tree (markdown-to-hast.ts), with heading ids. Undefined for a text with a
 * construct MDX reads its own way (indented code, which MDX takes as text), which MDX's compiler then takes.
 */
function markdownCompiler(titleOf: TitleOf) {
  const slug = rehypeSlug();
  return (body: string): Root | undefined => {
    const tree = markdownToHast(body, titleOf);
    if (tree) slug(tree);
    return tree;
  };
}

type MdxNode = RootContent & { data?: { estree?: { body: unknown[] } | null }; name?: string | null; attributes?: { type: string; value?: unknown }[] };

/** MDX nodes that would need code to run, with where they are; comment-only expressions are dropped. */
function unsupported(parent: Root | Element, found: Unsupported[]) {
  const children = parent.children as MdxNode[];
  parent.children = children.filter((node) => {
    const place = node.position ? { line: node.position.start.line } : undefined;
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a note */}` is an expression with no code: MDX renders nothing for it.
        if (node.data?.estree?.body.length === 0) return false;
        found.push({ message: 'an expression in braces needs code to run; write the text itself, or escape the brace as \\{', place });
        return false;
      case 'mdxjsEsm':
        found.push({ message: '"import" and "export" are not available in card bodies', place });
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name && !/^[a-z][a-z0-9-]*$/.test(node.name)) {
          found.push({ message: `the component <${node.name}> is not available in card bodies; use Markdown or an HTML element`, place });
          return false;
        }
        if (node.attributes?.some((a) => a.type !== 'mdxJsxAttribute' || (typeof a.value === 'object' && a.value !== null))) {
          found.push({ message: `an attribute of <${node.name ?? ''}> is an expression; give attributes as plain "text"`, place });
          return false;
        }
        break;
    }
    if ('children' in node) unsupported(node as Element, found);
    return true;
  });
}

/** An element while the tree converts: not an array, so the converter never takes it for a list of children. */
class Made {
  constructor(
    readonly type: unknown,
    readonly props: Record<string, unknown>,
    readonly children: Child[],
  ) {}
}
type Child = string | Made;

/** An element as data: `[tag, props, ...children]`; a fragment's children are spliced into its parent's. */
function toNodes(made: Made): BodyNode[] {
  const children = made.children.flatMap((c) => (typeof c === 'string' ? [c] : toNodes(c)));
  if (typeof made.type !== 'string') return children;
  const props = Object.keys(made.props).length ? (made.props as BodyProps) : null;
  return [[made.type, props, ...children]];
}

/** The HTML tree as body data, props named as React names them. */
function toBodyNodes(tree: Root, filePath: string): BodyNode[] {
  const make = ((type: unknown, { children, ...props }: { children?: Child | Child[] }) =>
    new Made(type, props, children === undefined ? [] : Array.isArray(children) ? children : [children])) as unknown as Jsx;
  const root = toJsxRuntime(tree as Parameters<typeof toJsxRuntime>[0], {
    Fragment: Made,
    development: false,
    jsx: make,
    jsxs: make,
    filePath,
    elementAttributeNameCase: 'react',
    stylePropertyNameCase: 'dom',
    passKeys: false,
  }) as unknown as Made;
  return toNodes(root);
}

export type BodyCompiler = (body: string, file: string, firstLine: number) => Promise<{ nodes?: BodyNode[]; problems: ContentProblem[] }>;

/** Compiles bodies; `titleOf` names a card for `[[id]]` links written without a label. */
export function bodyCompiler(titleOf: TitleOf): BodyCompiler {
  const compileMdx = mdxProcessor(titleOf);
  const compileMarkdown = markdownCompiler(titleOf);
  return async (body, file, firstLine) => {
    let tree: Root;
    try {
      // A body written in plain Markdown is read as Markdown: the same tree, sooner.
      tree = (!needsMdx(body) && compileMarkdown(body)) || (await compileMdx(new VFile({ path: file, value: body })));
    } catch (error) {
      return { problems: [mdxSyntaxProblem(error, file, firstLine, body)] };
    }
    const found: Unsupported[] = [];
    unsupported(tree, found);
    // Only the elements, attributes and URLs a card needs (body-allowlist.ts).
    for (const { message, line } of disallowedInBody(tree, body)) found.push({ message, place: line ? { line } : undefined });
    if (found.length) {
      const problems = found.map(({ message, place }) => ({ file, line: place ? place.line + firstLine - 1 : undefined, field: 'body', message }));
      return { problems };
    }
    return { nodes: toBodyNodes(tree, file), problems: [] };
  };
}

