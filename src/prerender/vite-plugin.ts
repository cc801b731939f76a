/**
 * Prerendering as a step of `vite build`: after the client build, builds src/prerender/entry-server.tsx for
 * Node, renders every page (src/app/static-pages.ts says which) into a copy of the built index.html with its
 * own head, and writes 404.html, sitemap.xml and robots.txt. `vite preview` then answers like a static host:
 * files as they are, 404.html with status 404 for anything else.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { robots, sitemap } from './html.ts';
import type { Manifest } from './preload.ts';
import { absoluteUrl, type Site } from './site.ts';
import type { PagesDone, PagesJob } from './write-pages.ts';

const ENTRY = 'src/prerender/entry-server.tsx';

/**
 * A worker thread imports the server build and writes its share of the pages (`writeShare`, write-pages.ts). It
 * is given as source text because the worker runs this file's build output, not this file.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => m.writeShare(workerData.job)).then((done) => parentPort.postMessage(done));
`;

function writeShareInWorker(entry: string, job: PagesJob): Promise<PagesDone> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { entry, job } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`prerender: a worker stopped (exit code ${code}) before writing its pages`)));
  });
}

const writeShareHere = (entry: string, job: PagesJob): Promise<PagesDone> =>
  import(entry).then((m: { writeShare: (job: PagesJob) => Promise<PagesDone> }) => m.writeShare(job));

export function prerenderPlugin(site: Site): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'od-prerender',
    apply: (userConfig, env) =>
      env.isPreview === true || (env.command === 'build' && !userConfig.build?.ssr && process.env.PRERENDER !== '0'),
    configResolved(resolved) {
      config = resolved;
    },
    // Before the service worker is generated (src/prerender/service-worker.ts runs 'post'), so the precache lists
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
        build: {
          ssr: path.join(config.root, ENTRY),
          outDir: ssrDir,
          emptyOutDir: true,
          copyPublicDir: false,
          // One file: Node needs no chunks.
          rolldownOptions: { output: { codeSplitting: false } },
        },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const chunk = [output]
        .flat()
        .flatMap((o) => o.output)
        .find((c) => c.type === 'chunk' && c.isEntry);
      if (!chunk) throw new Error('prerender: the server build produced no entry');
      const built = performance.now();
      // The client build's manifest says which chunks each page needs; it is not part of the site.
      const manifestFile = path.join(outDir, '.vite/manifest.json');
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
      await rm(path.dirname(manifestFile), { recursive: true, force: true });
      const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const entry = pathToFileURL(path.join(ssrDir, chunk.fileName)).href;
      // One share of the pages per core, each writing every n-th page; rendering is most of the step at 1,000 cards.
      // This thread writes the first share itself: a worker more would only hold another copy of the app.
      const count = Math.max(1, os.availableParallelism());
      const job = (index: number): PagesJob => ({ site, outDir, template, manifest, index, count });
      const shares = await Promise.all(
        Array.from({ length: count }, (_, index) => (index === 0 ? writeShareHere(entry, job(index)) : writeShareInWorker(entry, job(index)))),
      );
      const pages = shares[0].pages;
      await writeFile(path.join(outDir, 'sitemap.xml'), sitemap(pages.map((p) => absoluteUrl(site, p))));
      await writeFile(path.join(outDir, 'robots.txt'), robots(absoluteUrl(site, 'sitemap.xml')));
      await rm(ssrDir, { recursive: true, force: true });
      if (!site.explicit) {
        config.logger.warn(
          `prerender: SITE_URL is not set, so canonical links, the sitemap and social tags use ${site.origin}${site.base}. ` +
            'Set SITE_URL=https://your.host/path when building for deployment.',
        );
      }
      const ms = (from: number, to = performance.now()) => Math.round(to - from);
      config.logger.info(
        `prerender: ${shares.reduce((n, s) => n + s.written, 0)} pages (${pages.length} in the sitemap), 404.html, sitemap.xml and robots.txt in ${ms(started)} ms (server build ${ms(started, built)} ms, pages ${ms(built)} ms in ${count} threads)`,
      );
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
        // Compressed, as a static host sends it: this handler answers before the preview server's compression.
        res.setHeader('Vary', 'Accept-Encoding');
        const html = await readFile(page ?? notFound);
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return res.end(html);
        res.setHeader('Content-Encoding', 'gzip');
        res.end(gzipSync(html));
      });
    },
  };
}
