/**
 * Prerendering as a step of `vite build`: after the client build, builds src/prerender/entry-server.tsx for
 * Node, renders every page (src/app/static-pages.ts says which) into a copy of the built index.html with its
 * own head, and writes 404.html, sitemap.xml and robots.txt. `vite preview` then answers like a static host:
 * files as they are, 404.html with status 404 for anything else.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import type { StartMode } from '../lib/start-mode.ts';
import type { PageHead } from '../ui/page-head.ts';
import { fillTemplate, headTags, leadText, robots, sitemap, SITE_DESCRIPTION } from './html.ts';
import { chunksToPreload, preloadList, type Manifest } from './preload.ts';
import { absoluteUrl, type Site } from './site.ts';

type ServerEntry = {
  SITE_NAME: string;
  pages: () => string[];
  render: (path: string) => Promise<{ html: string; status: number; head: PageHead; modules: string[]; start: StartMode; error?: unknown }>;
};

const ENTRY = 'src/prerender/entry-server.tsx';
const SOCIAL_IMAGE = 'social.png';
const NOT_FOUND_PATH = '/404';

export function prerenderPlugin(site: Site): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'od-prerender',
    apply: (userConfig, env) =>
      env.isPreview === true || (env.command === 'build' && !userConfig.build?.ssr && process.env.PRERENDER !== '0'),
    configResolved(resolved) {
      config = resolved;
    },
    // Before the service worker is generated (vite-plugin-pwa's closeBundle runs 'post'), so the precache lists
    // the prerendered pages with their final contents.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error?: Error) {
      if (error || config.command !== 'build') return;
      const started = performance.now();
      const outDir = path.resolve(config.root, config.build.outDir);
      const ssrDir = path.join(config.root, 'node_modules/.cache/od-prerender');
      const output = (await build({
        configFile: config.configFile,
        root: config.root,
        mode: config.mode,
        base: config.base,
        logLevel: 'warn',
        build: { ssr: path.join(config.root, ENTRY), outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const chunk = [output]
        .flat()
        .flatMap((o) => o.output)
        .find((c) => c.type === 'chunk' && c.isEntry);
      if (!chunk) throw new Error('prerender: the server build produced no entry');
      const entry = (await import(pathToFileURL(path.join(ssrDir, chunk.fileName)).href)) as ServerEntry;
      // The client build's manifest says which chunks each page needs; it is not part of the site.
      const manifestFile = path.join(outDir, '.vite/manifest.json');
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
      await rm(path.dirname(manifestFile), { recursive: true, force: true });
      const count = await prerenderAll(entry, site, outDir, manifest);
      await rm(ssrDir, { recursive: true, force: true });
      if (!site.explicit) {
        config.logger.warn(
          `prerender: SITE_URL is not set, so canonical links, the sitemap and social tags use ${site.origin}${site.base}. ` +
            'Set SITE_URL=https://your.host/path when building for deployment.',
        );
      }
      config.logger.info(`prerender: ${count} pages, 404.html, sitemap.xml and robots.txt in ${Math.round(performance.now() - started)} ms`);
      },
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (req.method !== 'GET' || !url.pathname.startsWith(base.replace(/\/$/, '')) || !req.headers.accept?.includes('text/html')) return next();
        let rel: string;
        try {
          rel = decodeURIComponent(url.pathname.slice(base.length - 1));
        } catch {
          rel = '/\0'; // undecodable: no such file, so the 404 below
        }
        const file = path.join(outDir, rel);
        const isFile = (f: string) => f.startsWith(outDir) && existsSync(f) && statSync(f).isFile();
        if (isFile(file)) return next();
        const page = [path.join(file, 'index.html'), `${file}.html`].find(isFile);
        const notFound = path.join(outDir, '404.html');
        if (!page && !isFile(notFound)) return next();
        res.statusCode = page ? 200 : 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(await readFile(page ?? notFound));
      });
    },
  };
}

async function prerenderAll(entry: ServerEntry, site: Site, outDir: string, manifest: Manifest): Promise<number> {
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const { SITE_NAME } = entry;
  const image = absoluteUrl(site, SOCIAL_IMAGE);
  const page = async (pagePath: string, notFound = false) => {
    const { html, status, head, modules, start, error } = await entry.render(pagePath);
    if (!notFound && status !== 200) {
      const why = error instanceof Error ? error.message : JSON.stringify(error);
      throw new Error(`prerender: ${pagePath} answered ${status}, expected a page${error ? `: ${why}` : ''}`);
    }
    const title = head.title ? `${head.title} — ${SITE_NAME}` : SITE_NAME;
    const tags = headTags({
      title,
      description: head.description ?? leadText(html) ?? SITE_DESCRIPTION,
      url: notFound ? undefined : absoluteUrl(site, pagePath),
      image,
      imageAlt: `${SITE_NAME}: linked, sourced concept cards`,
      siteName: SITE_NAME,
      type: pagePath === '/' || notFound ? 'website' : 'article',
    });
    const preload = preloadList(chunksToPreload(manifest, modules), site.base);
    return fillTemplate(template, { head: tags, body: html, path: site.base + pagePath.replace(/^\//, ''), preload, start });
  };

  const paths = entry.pages();
  for (const p of paths) {
    const file = path.join(outDir, p, 'index.html');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await page(p));
  }
  await writeFile(path.join(outDir, '404.html'), await page(NOT_FOUND_PATH, true));
  await writeFile(path.join(outDir, 'sitemap.xml'), sitemap(paths.map((p) => absoluteUrl(site, p))));
  await writeFile(path.join(outDir, 'robots.txt'), robots(absoluteUrl(site, 'sitemap.xml')));
  return paths.length;
}
