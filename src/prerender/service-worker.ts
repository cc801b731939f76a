/**
 * The service worker as the last step of `vite build`, after the prerender step, so pages are precached as written:
 * bundles src/app/sw.ts for the browser and puts the precache list (every built file, with a hash of its contents
 * that changes when the file does) where it reads `self.__WB_MANIFEST`. workbox-precaching in the worker uses the
 * list. vite-plugin-pwa did this with a second Vite build and all of workbox-build, several times slower
 * (tests/bench/README.md).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';

export type PrecacheEntry = { url: string; revision: string };

const SOURCE = 'src/app/sw.ts';
const SERVICE_WORKER_FILE = 'sw.js';
const INJECTION_POINT = 'self.__WB_MANIFEST';
/**
 * What the reader's browser keeps for offline use: everything the site is made of, but not source maps, nor what is
 * in a hidden folder (the bundler's `.vite/manifest.json` when pages are not prerendered).
 */
const PRECACHED = /\.(js|css|html|svg|png|webmanifest|json|txt)$/;
/**
 * The search index grows with the knowledge base (tests/bench/README.md gives its size at 1,000 and 5,000 cards): it stays precached,
 * so search works offline. A file beyond this is left out, with a warning.
 */
const MAX_PRECACHED_BYTES = 32 * 1024 * 1024;

/**
 * Every file under `outDir` to precache, as URLs relative to the site's base, sorted; files too big are `skipped`.
 * Files are read synchronously, one at a time: reading them all with promises was slower and held them all in
 * memory at once.
 */
export function precacheEntries(outDir: string, maxBytes = MAX_PRECACHED_BYTES): { entries: PrecacheEntry[]; skipped: string[] } {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && PRECACHED.test(f.name))
    .map((f) => path.relative(outDir, path.join(f.parentPath, f.name)).split(path.sep).join('/'))
    .filter((url) => url !== SERVICE_WORKER_FILE && !url.split('/').some((part) => part.startsWith('.')))
    .sort();
  const skipped: string[] = [];
  const entries: PrecacheEntry[] = [];
  for (const url of files) {
    const bytes = readFileSync(path.join(outDir, url));
    if (bytes.length > maxBytes) skipped.push(url);
    else entries.push({ url, revision: createHash('md5').update(bytes).digest('hex') });
  }
  return { entries, skipped };
}

/** The worker's code with the precache list in place of `self.__WB_MANIFEST`, which must occur exactly once. */
export function injectPrecache(code: string, entries: PrecacheEntry[]): string {
  const at = code.indexOf(INJECTION_POINT);
  if (at < 0 || code.indexOf(INJECTION_POINT, at + 1) >= 0) {
    throw new Error(`service worker: ${SOURCE} must read ${INJECTION_POINT} exactly once (found ${at < 0 ? 'none' : 'more'})`);
  }
  return code.slice(0, at) + JSON.stringify(entries) + code.slice(at + INJECTION_POINT.length);
}

/** src/app/sw.ts bundled for the browser, workbox's development logging left out. */
async function bundleWorker(root: string, base: string): Promise<string> {
  const bundle = await rolldown({
    input: path.join(root, SOURCE),
    platform: 'browser',
    logLevel: 'warn',
    transform: { define: { 'import.meta.env.BASE_URL': JSON.stringify(base), 'process.env.NODE_ENV': '"production"' } },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'od-service-worker',
    // The client build only: the prerender step's build for Node uses the same config.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      // After the prerender step (its closeBundle runs 'pre'): the pages it writes are part of the list.
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (error) return;
        const started = performance.now();
        const outDir = path.resolve(config.root, config.build.outDir);
        // The bundler works on its own threads while this one lists the files.
        const bundling = bundleWorker(config.root, config.base);
        const { entries, skipped } = precacheEntries(outDir);
        const code = await bundling;
        await writeFile(path.join(outDir, SERVICE_WORKER_FILE), injectPrecache(code, entries));
        for (const url of skipped) {
          config.logger.warn(`service worker: ${url} is over ${MAX_PRECACHED_BYTES / 1024 / 1024} MB and is not precached: it will not open offline`);
        }
        config.logger.info(`service worker: ${SERVICE_WORKER_FILE} precaches ${entries.length} files (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
