/**
 * Vite plugin: validates `content/` when the build or dev server starts (and again when a content file
 * changes) and serves the validated model as virtual modules `virtual:content/<name>` (index, sources, and one
 * per collection), and adds each card's details to its compiled body. A content problem fails the build; in the
 * dev server it shows in the error overlay, naming the file, field and line.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { cardDetail } from './card-detail.ts';
import { loadAllContent, type AllContent } from './collections.ts';
import { ContentError } from './errors.ts';

const PREFIX = 'virtual:content/';
const RESOLVED = '\0' + PREFIX;

export type ContentPlugin = Plugin & {
  /** Card titles, for `[[id]]` links written without a label. */
  titleOf: (id: string) => string | undefined;
  /** The validated content, for build steps that need it (prerendering, search index, graph layout). */
  content: () => Promise<AllContent>;
};

/** A module mapping each card id to a lazy import of `specifier(id)`: each target stays its own chunk. */
function lazyPerCard(content: AllContent, specifier: (id: string) => string): string {
  const entries = content.base.index.cards.map((c) => `${JSON.stringify(c.id)}: () => import(${JSON.stringify(specifier(c.id))})`);
  return `export default {\n${entries.join(',\n')}\n};`;
}

// JSON.parse of a string literal is faster for the browser to read than the same object literal.
const jsonExpression = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const jsonModule = (value: unknown) => `export default ${jsonExpression(value)};`;

/**
 * Content loaded by one `vite build` process, by folder: the prerender step's server build reuses what the client
 * build loaded and laid out (about 2.5 s at 1,000 cards) instead of doing it again. Vite loads the config afresh for
 * each build, so plain module state would not reach the second one.
 */
function sharedBuildLoads(): Map<string, Promise<AllContent>> {
  const holder = globalThis as { [SHARED_LOADS]?: Map<string, Promise<AllContent>> };
  return (holder[SHARED_LOADS] ??= new Map());
}
const SHARED_LOADS = Symbol.for('od-content/build-loads');

export function contentPlugin(contentRoot: string): ContentPlugin {
  let loading: Promise<AllContent> | undefined;
  let titles = new Map<string, string>();
  const cardsDir = path.join(path.resolve(contentRoot), 'cards') + path.sep;
  const isCardBody = (id: string | null | undefined) => !!id && id.startsWith(cardsDir) && id.split('?')[0].endsWith('.mdx');
  // Only a one-off build shares its load; the dev server, tests and watch builds reload when content changes.
  let shareLoads = false;

  // A one-off build compiles every card body anyway (mdx-plugin.ts), and reports a syntax error as validation
  // would; compiling each body a second time here cost about 5 s at 1,000 cards.
  const read = () =>
    loadAllContent(contentRoot, { checkMdx: !shareLoads }).then(({ content, problems }) => {
      if (!content) throw new ContentError(problems);
      return content;
    });
  const readOnce = () => {
    const loads = sharedBuildLoads();
    const key = path.resolve(contentRoot);
    if (!loads.has(key)) loads.set(key, read());
    return loads.get(key)!;
  };
  const load = () =>
    (loading ??= (shareLoads ? readOnce() : read()).then((content) => {
      titles = new Map(content.base.index.cards.map((c) => [c.id, c.title]));
      return content;
    }));

  const reloadOnChange = (server: ViteDevServer) => (file: string) => {
    if (!path.resolve(file).startsWith(path.resolve(contentRoot))) return;
    loading = undefined;
    // Every body too: an edit to one card changes others' backlinks and excerpts, which their bodies carry.
    for (const mod of server.moduleGraph.idToModuleMap.values()) {
      if (mod.id?.startsWith(RESOLVED) || isCardBody(mod.id)) server.moduleGraph.invalidateModule(mod);
    }
    load().then(
      () => server.ws.send({ type: 'full-reload' }),
      (error: Error) => server.ws.send({ type: 'error', err: { message: error.message, stack: '' } }),
    );
  };

  return {
    name: 'od-content',
    enforce: 'pre',
    titleOf: (id) => titles.get(id),
    content: load,
    configResolved(config) {
      shareLoads = config.command === 'build' && !config.build.watch;
    },
    async buildStart() {
      const started = performance.now();
      const content = await load();
      if (shareLoads && this.environment.config.consumer === 'client') {
        this.environment.logger.info(`content: ${content.base.index.cards.length} cards validated in ${Math.round(performance.now() - started)} ms`);
      }
    },
    configureServer(server) {
      const onChange = reloadOnChange(server);
      server.watcher.add(contentRoot);
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
    // After the body is compiled (mdx-plugin.ts), the card's details join it: one module and one chunk per card.
    transform: {
      order: 'post',
      async handler(code, id) {
        if (!isCardBody(id)) return undefined;
        const card = path.basename(id.split('?')[0], '.mdx');
        const detail = cardDetail((await load()).base, card);
        if (!detail) throw new Error(`No card "${card}" in the validated content for ${id}`);
        return { code: `${code}\nexport const detail = ${jsonExpression(detail)};\n`, map: null };
      },
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length);
      // Bodies are imported from whichever content folder the build reads (a glob in the app would be pinned to
      // `content/`).
      if (name === 'bodies') return lazyPerCard(await load(), (card) => `${cardsDir}${card}.mdx`);
      // One card's metadata, and the number of cards: for pages that show a few cards (home) without the index.
      if (name.startsWith('card/')) {
        const id = name.slice('card/'.length);
        const card = (await load()).base.index.cards.find((c) => c.id === id);
        if (!card) throw new Error(`No card "${id}" for "${PREFIX}${name}"`);
        return jsonModule(card);
      }
      if (name === 'card-count') return `export default ${(await load()).base.index.cards.length};`;
      const { modules } = await load();
      if (!(name in modules)) throw new Error(`Unknown content module "${PREFIX}${name}"; known: ${Object.keys(modules).join(', ')}`);
      return jsonModule(modules[name]);
    },
  };
}
