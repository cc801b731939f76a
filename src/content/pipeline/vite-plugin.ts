/**
 * Vite plugin: validates `content/` when the build or dev server starts (and again when a content file
 * changes) and serves the validated model as virtual modules `virtual:content/<name>` (index, sources, and one
 * per collection), and each card's compiled body with its details as a file the card page fetches
 * (`virtual:content/bodies`). A content problem fails the build; in the dev server it shows in the error overlay,
 * naming the file, field and line.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import type { CardFile } from '../schema.ts';
import { cardFile } from './card-detail.ts';
import { loadAllContent, type AllContent } from './collections.ts';
import { ContentError } from './errors.ts';

const PREFIX = 'virtual:content/';
const RESOLVED = '\0' + PREFIX;

// JSON.parse of a string literal is faster for the browser to read than the same object literal.
const jsonExpression = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const jsonModule = (value: unknown) => `export default ${jsonExpression(value)};`;

/** Every card's file (body and details), by card id. */
function cardFiles(content: AllContent): [string, CardFile][] {
  return content.base.index.cards.map((c) => {
    const file = cardFile(content, c.id);
    if (!file) throw new Error(`No body or details for card "${c.id}" in the validated content`);
    return [c.id, file];
  });
}

/** `loadCardFile(id)` over a table of card ids, from `lookup`, a JavaScript expression of the card's entry. */
const cardFileModule = (table: string, lookup: string) =>
  `const files = ${table};\nexport function loadCardFile(id) {\n  return Object.hasOwn(files, id) ? ${lookup} : undefined;\n}\n`;

const LOAD_RETRY = fileURLToPath(new URL('../../lib/load-retry.ts', import.meta.url));

/**
 * The browser fetches each card's file, emitted as JSON under a name that changes with its contents: the bundler
 * never handles card bodies, and the service worker precaches the files with the rest of the site. Returns the
 * module and each file's name in the build's folder.
 */
function fetchedCardFiles(files: [string, CardFile][], base: string, emit: (fileName: string, source: string) => void) {
  const names: Record<string, string> = {};
  const urls: Record<string, string> = {};
  for (const [id, file] of files) {
    const json = JSON.stringify(file);
    names[id] = `assets/cards/${id}-${createHash('sha256').update(json).digest('hex').slice(0, 8)}.json`;
    urls[id] = base + names[id];
    emit(names[id], json);
  }
  // A file that did not arrive, or is gone after a deploy, fails with an error the app explains (src/lib/load-retry.ts).
  const fetchFile = `fetchJson(files[id], \`The card "\${id}"\`)`;
  return { code: `import { fetchJson } from ${JSON.stringify(LOAD_RETRY)};\n` + cardFileModule(jsonExpression(urls), fetchFile), names };
}

/**
 * The prerender step's build for Node reads the files the client build wrote, each when its page renders: a
 * module holding them all cost every rendering thread time and memory. A synchronous read: the page waits for its
 * file anyway, and promise-based reads (open, stat, read and close, each a round trip to Node's thread pool) made
 * the pages step slower (tests/bench/README.md, Build time).
 */
const readCardFiles = (paths: Record<string, string>) =>
  `import { readFileSync } from 'node:fs';\n` + cardFileModule(JSON.stringify(paths), "Promise.resolve(JSON.parse(readFileSync(files[id], 'utf8')))");

/** The card files a one-off build's client build wrote, by content folder: absolute paths by card id. */
function sharedCardFiles(): Map<string, Record<string, string>> {
  const holder = globalThis as { [SHARED_CARD_FILES]?: Map<string, Record<string, string>> };
  return (holder[SHARED_CARD_FILES] ??= new Map());
}
const SHARED_CARD_FILES = Symbol.for('od-content/card-files');

/**
 * Content loaded by one `vite build` process, by folder: the prerender step's server build reuses what the client
 * build loaded and laid out instead of doing it again. Vite loads the config afresh for
 * each build, so plain module state would not reach the second one.
 */
function sharedBuildLoads(): Map<string, Promise<AllContent>> {
  const holder = globalThis as { [SHARED_LOADS]?: Map<string, Promise<AllContent>> };
  return (holder[SHARED_LOADS] ??= new Map());
}
const SHARED_LOADS = Symbol.for('od-content/pipeline-loads');

export function contentPlugin(contentRoot: string): Plugin {
  let loading: Promise<AllContent> | undefined;
  // Only a one-off build shares its load; the dev server, tests and watch builds reload when content changes.
  let shareLoads = false;
  let building = false;
  let base = '/';
  let outDir = '';
  const root = path.resolve(contentRoot);

  const read = () =>
    loadAllContent(contentRoot).then(({ content, problems }) => {
      if (!content) throw new ContentError(problems);
      return content;
    });
  const readOnce = () => {
    const loads = sharedBuildLoads();
    if (!loads.has(root)) loads.set(root, read());
    return loads.get(root)!;
  };
  const load = () => (loading ??= shareLoads ? readOnce() : read());

  const reloadOnChange = (server: ViteDevServer) => (file: string) => {
    if (!path.resolve(file).startsWith(root)) return;
    loading = undefined;
    // Every card's file too: an edit to one card changes others' backlinks and excerpts, which their files carry.
    for (const mod of server.moduleGraph.idToModuleMap.values()) {
      if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod);
    }
    load().then(
      () => server.ws.send({ type: 'full-reload' }),
      (error: Error) => server.ws.send({ type: 'error', err: { message: error.message, stack: '' } }),
    );
  };

  return {
    name: 'od-content',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
      shareLoads = building && !config.build.watch;
      base = config.base;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async buildStart() {
      const started = performance.now();
      // The dev server starts with broken content and shows it in its error overlay (each content module's load
      // fails with the problems) until the file is fixed; only a build stops here.
      if (!building) {
        load().catch((error: Error) => this.environment.logger.error(error.message));
        return;
      }
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
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length);
      if (name === 'bodies') {
        const content = await load();
        // The dev server and tests import each card's file as a module, so an edit reloads only what changed.
        if (!building) {
          const imports = content.base.index.cards.map((c) => `${JSON.stringify(c.id)}: () => import(${JSON.stringify(`${PREFIX}card-file/${c.id}`)})`);
          return cardFileModule(`{\n${imports.join(',\n')}\n}`, 'files[id]().then((m) => m.default)');
        }
        if (this.environment.config.consumer === 'server') {
          const written = sharedCardFiles().get(root);
          if (!written) throw new Error('The build for Node reads the card files of a client build in the same `vite build` (the prerender step)');
          return readCardFiles(written);
        }
        const { code, names } = fetchedCardFiles(cardFiles(content), base, (fileName, source) => this.emitFile({ type: 'asset', fileName, source }));
        sharedCardFiles().set(root, Object.fromEntries(Object.entries(names).map(([id, name]) => [id, path.join(outDir, name)])));
        return code;
      }
      if (name.startsWith('card-file/')) {
        const file = cardFile(await load(), name.slice('card-file/'.length));
        if (!file) throw new Error(`No card for "${PREFIX}${name}"`);
        return jsonModule(file);
      }
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
