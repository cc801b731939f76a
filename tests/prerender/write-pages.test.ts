import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rendered } from '../../src/prerender/rendered';
import { writePages, type PagesJob, type Renderer } from '../../src/prerender/write-pages';

const PAGES = ['/', '/cards', '/cards/a', '/cards/b', '/cards/c', '/glossary', '/graph'];
const TEMPLATE = '<html><head><meta charset="UTF-8" /><title>x</title></head><body><div id="root"></div></body></html>';

/** A stand-in for the server build: every page says which path it is; unknown paths answer 404. */
const renderer = (broken?: string): Renderer => ({
  SITE_NAME: 'KB',
  pages: () => PAGES,
  // An unlisted page (as each slide of a deck is) is written but left out of the sitemap.
  listedPages: () => PAGES.filter((p) => p !== '/graph'),
  render: async (p): Promise<Rendered> => ({
    html: `<main>page ${p}</main>`,
    status: p === broken || !PAGES.includes(p) ? 404 : 200,
    head: { title: `Title of ${p}` },
    modules: [],
    start: 'on-interaction',
  }),
});

let outDir = '';
afterEach(() => rm(outDir, { recursive: true, force: true }));

async function job(index: number, count: number): Promise<PagesJob> {
  outDir ||= await mkdtemp(path.join(tmpdir(), 'od-pages-'));
  const manifest = { 'src/main.tsx': { file: 'assets/main.js', isEntry: true } };
  return { site: { origin: 'https://kb.test', base: '/', explicit: true }, outDir, template: TEMPLATE, manifest, index, count };
}

async function writtenFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('writing prerendered pages in shares', () => {
  it('writes every page exactly once across three shares, and 404.html once', async () => {
    outDir = '';
    const done = [];
    for (let i = 0; i < 3; i++) done.push(await writePages(renderer(), await job(i, 3)));
    expect(done.map((d) => d.written)).toEqual([3, 2, 2]);
    expect(done[0].pages).toEqual(PAGES.filter((p) => p !== '/graph'));
    expect(await writtenFiles(outDir)).toEqual(
      ['404.html', 'cards/a/index.html', 'cards/b/index.html', 'cards/c/index.html', 'cards/index.html', 'glossary/index.html', 'graph/index.html', 'index.html'].sort(),
    );
    const card = await readFile(path.join(outDir, 'cards/b/index.html'), 'utf8');
    expect(card).toContain('<main>page /cards/b</main>');
    expect(card).toContain('<title>Title of /cards/b — KB</title>');
    expect(card).toContain('<link rel="canonical" href="https://kb.test/cards/b" />');
    expect(await readFile(path.join(outDir, '404.html'), 'utf8')).toContain('<meta name="robots" content="noindex" />');
  });

  it('fails naming the page that did not render', async () => {
    outDir = '';
    await expect(writePages(renderer('/cards/c'), await job(0, 1))).rejects.toThrow('prerender: /cards/c answered 404, expected a page');
  });
});
