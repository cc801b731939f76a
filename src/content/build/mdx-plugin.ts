/**
 * Vite plugin: compiles card bodies (`content/cards/*.mdx`) to React components. A one-off `vite build` compiles
 * each body once: the prerender step's server build reuses what the client build compiled (at 1,000 cards that
 * is several seconds), and content validation leaves syntax errors to this compile, which reports them as
 * content problems naming the file, line and field, as validation would.
 */
import { createProcessor } from '@mdx-js/mdx';
import path from 'node:path';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import type { Plugin } from 'vite';
import { ContentError } from './errors.ts';
import { rel, splitFrontmatter } from './load-content.ts';
import { mdxSyntaxProblem, needsMdx } from './mdx-syntax.ts';
import remarkWikiLinks from './remark-wikilinks.ts';

type Compiled = { source: string; code: string };

/** Compiles of one `vite build` process, by file; shared like the content load (see vite-plugin.ts). */
function sharedBuildCompiles(): Map<string, Compiled> {
  const holder = globalThis as { [SHARED_COMPILES]?: Map<string, Compiled> };
  return (holder[SHARED_COMPILES] ??= new Map());
}
const SHARED_COMPILES = Symbol.for('od-content/build-compiles');

/** The compiler of card bodies; `md` reads plain Markdown, about a quarter faster than `mdx` on a text both read alike. */
export function bodyProcessor(format: 'md' | 'mdx', development: boolean, titleOf: (id: string) => string | undefined) {
  return createProcessor({
    format,
    development,
    remarkPlugins: [remarkFrontmatter, [remarkWikiLinks, { titleOf }]],
    // Card headings get GitHub-style ids, so links (e.g. from the comparison explorer) can land on a section.
    rehypePlugins: [rehypeSlug],
  });
}

export function mdxPlugin(contentRoot: string, titleOf: (id: string) => string | undefined): Plugin {
  const processorsFor = (development: boolean) => ({
    mdx: bodyProcessor('mdx', development, titleOf),
    md: bodyProcessor('md', development, titleOf),
  });
  let processors = processorsFor(false);
  let compiles: Map<string, Compiled> | undefined;
  const cardsDir = path.join(path.resolve(contentRoot), 'cards') + path.sep;
  return {
    name: 'od-mdx',
    enforce: 'pre',
    configResolved(config) {
      processors = processorsFor(config.mode === 'development');
      // Only a one-off build shares compiles; the dev server and watch builds compile files as they change.
      compiles = config.command === 'build' && !config.build.watch ? sharedBuildCompiles() : undefined;
    },
    async transform(source, id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.mdx')) return undefined;
      const known = compiles?.get(file);
      if (known?.source === source) return { code: known.code, map: null };
      let code: string;
      try {
        // A body written in plain Markdown compiles as Markdown: the same module, sooner (about 1 s less at 1,000 cards).
        const body = splitFrontmatter(source)?.body ?? source;
        const processor = needsMdx(body) ? processors.mdx : processors.md;
        code = String(await processor.process({ path: file, value: source }));
      } catch (error) {
        throw file.startsWith(cardsDir) ? new ContentError([mdxSyntaxProblem(error, rel(contentRoot, file))]) : error;
      }
      compiles?.set(file, { source, code });
      return { code, map: null };
    },
  };
}
