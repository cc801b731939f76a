/**
 * Writes prerendered pages into the built site: each page's HTML in a copy of the built index.html with its own
 * head. Runs inside the server build (src/prerender/entry-server.tsx), once per core (the build's own thread and a
 * worker thread for each other core): each writes its share of the pages (every `count`-th, from `index`), so a
 * large knowledge base renders on every core.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rendered } from './rendered';
import { fillTemplate, headTags, leadText, SITE_DESCRIPTION } from './html';
import { NOT_FOUND_PATH } from '../lib/paths';
import { chunksToPreload, preloadList, type Manifest } from './preload';
import { absoluteUrl, type Site } from './site';

export type Renderer = {
  SITE_NAME: string;
  /** Every page to write. */
  pages: () => string[];
  /** The pages for the sitemap (not each slide of a deck). */
  listedPages: () => string[];
  render: (path: string) => Promise<Rendered>;
};

export type PagesJob = {
  site: Site;
  outDir: string;
  /** The built index.html, which every page copies. */
  template: string;
  manifest: Manifest;
  /** This share: every `count`-th page from the `index`-th; share 0 also writes 404.html. */
  index: number;
  count: number;
};

/** What a share reports: the listed pages of the site (for the sitemap) and how many pages it wrote. */
export type PagesDone = { pages: string[]; written: number };

const SOCIAL_IMAGE = 'social.png';

export async function writePages({ SITE_NAME, pages, listedPages, render }: Renderer, job: PagesJob): Promise<PagesDone> {
  const { site, outDir, template, manifest } = job;
  const image = absoluteUrl(site, SOCIAL_IMAGE);
  const page = async (pagePath: string, notFound = false) => {
    const { html, status, head, modules, start, error } = await render(pagePath);
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

  const all = pages();
  const mine = all.filter((_, i) => i % job.count === job.index);
  // Synchronous writes: each share has a thread of its own, and promise-based ones (a round trip to Node's thread
  // pool for each of mkdir, open, write and close) made the step about a quarter longer at 1,000 cards.
  for (const p of mine) {
    const html = await page(p);
    const file = path.join(outDir, p, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  if (job.index === 0) writeFileSync(path.join(outDir, '404.html'), await page(NOT_FOUND_PATH, true));
  return { pages: listedPages(), written: mine.length };
}
