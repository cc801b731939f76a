/**
 * Vite plugin: validates `content/` when the build or dev server starts (and again when a content file
 * changes) and serves the derived model as virtual modules. A content problem fails the build; in the dev
 * server it shows in the error overlay, naming the file, field and line.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ContentError } from './errors.ts';
import { loadContent, type LoadedContent } from './load-content.ts';

const MODULES = {
  'virtual:content/index': (c: LoadedContent) => c.index,
  'virtual:content/sources': (c: LoadedContent) => c.sources,
} as const;
type ModuleId = keyof typeof MODULES;
const RESOLVED = '\0';

export type ContentPlugin = Plugin & { /** Card titles, for `[[id]]` links written without a label. */ titleOf: (id: string) => string | undefined };

export function contentPlugin(contentRoot: string): ContentPlugin {
  let loading: Promise<LoadedContent> | undefined;
  let titles = new Map<string, string>();

  const load = () =>
    (loading ??= loadContent(contentRoot).then(({ content, problems }) => {
      if (!content) throw new ContentError(problems);
      titles = new Map(content.index.cards.map((c) => [c.id, c.title]));
      return content;
    }));

  const reloadOnChange = (server: ViteDevServer) => (file: string) => {
    if (!path.resolve(file).startsWith(path.resolve(contentRoot))) return;
    loading = undefined;
    for (const id of Object.keys(MODULES)) {
      const mod = server.moduleGraph.getModuleById(RESOLVED + id);
      if (mod) server.moduleGraph.invalidateModule(mod);
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
    async buildStart() {
      await load();
    },
    configureServer(server) {
      const onChange = reloadOnChange(server);
      server.watcher.add(contentRoot);
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
    resolveId(id) {
      return id in MODULES ? RESOLVED + id : undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED) || !(id.slice(1) in MODULES)) return undefined;
      const data = MODULES[id.slice(1) as ModuleId](await load());
      // JSON.parse of a string literal is faster for the browser to read than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
