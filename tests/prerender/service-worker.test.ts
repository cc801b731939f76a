import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { injectPrecache, precacheEntries } from '../../src/prerender/service-worker';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'od-sw-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function site(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

describe('precacheEntries', () => {
  it('lists every page and asset of the built site, in every folder, as URLs relative to the site', async () => {
    await site({
      'index.html': 'home',
      'cards/open-dialogue/index.html': 'card',
      'assets/main-abc.js': 'js',
      'assets/cards/open-dialogue-1234.json': '{}',
      'manifest.webmanifest': '{}',
    });
    const { entries, skipped } = precacheEntries(dir);
    expect(entries.map((e) => e.url)).toEqual([
      'assets/cards/open-dialogue-1234.json',
      'assets/main-abc.js',
      'cards/open-dialogue/index.html',
      'index.html',
      'manifest.webmanifest',
    ]);
    expect(skipped).toEqual([]);
  });

  it('leaves out the service worker itself and files a reader never loads', async () => {
    await site({ 'index.html': 'home', 'sw.js': 'worker', 'assets/main.js.map': '{}', 'notes.md': 'x', '.vite/manifest.json': '{}' });
    expect((precacheEntries(dir)).entries.map((e) => e.url)).toEqual(['index.html']);
  });

  it('leaves out a file too big to keep, and says which', async () => {
    await site({ 'index.html': 'home', 'assets/search-index.js': 'x'.repeat(200) });
    expect(precacheEntries(dir, 100)).toEqual({ entries: [expect.objectContaining({ url: 'index.html' })], skipped: ['assets/search-index.js'] });
  });

  it('gives a file a new revision when its contents change, so readers get the new version', async () => {
    await site({ 'index.html': 'one', 'about/index.html': 'one' });
    const before = (precacheEntries(dir)).entries;
    expect(before[0].revision).toBe(before[1].revision);
    await site({ 'index.html': 'two' });
    const after = (precacheEntries(dir)).entries;
    expect(after.find((e) => e.url === 'index.html')!.revision).not.toBe(before.find((e) => e.url === 'index.html')!.revision);
    expect(after.find((e) => e.url === 'about/index.html')!.revision).toBe(before.find((e) => e.url === 'about/index.html')!.revision);
  });
});

describe('injectPrecache', () => {
  const entries = [{ url: "cards/a-$&-$'/index.html", revision: 'r1' }];

  it('puts the list where the worker reads it, whatever the URLs contain', () => {
    const code = injectPrecache('precacheAndRoute(self.__WB_MANIFEST,{});', entries);
    expect(code).toBe(`precacheAndRoute(${JSON.stringify(entries)},{});`);
  });

  it('fails the build when the worker does not read the list exactly once', () => {
    expect(() => injectPrecache('precacheAndRoute([]);', entries)).toThrow(/exactly once \(found none\)/);
    expect(() => injectPrecache('f(self.__WB_MANIFEST); g(self.__WB_MANIFEST);', entries)).toThrow(/exactly once \(found more\)/);
  });
});
