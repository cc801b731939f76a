import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'public/manifest.webmanifest'), 'utf8')) as {
  name: string;
  start_url: string;
  scope: string;
  icons: { src: string; sizes: string; purpose?: string }[];
};

// The manifest is a static file: what makes the site installable must hold for any base path it is deployed under.
describe('the web app manifest', () => {
  it('is linked from every page (the template every prerendered page copies)', () => {
    expect(readFileSync(path.join(root, 'index.html'), 'utf8')).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
  });

  it('starts and scopes the app where the manifest is, so a site under a sub-path installs as itself', () => {
    expect(manifest.start_url).toBe('.');
    expect(manifest.scope).toBe('.');
  });

  it('names icons that ship with the site, in the sizes installing needs', () => {
    for (const icon of manifest.icons) expect(existsSync(path.join(root, 'public', icon.src)), icon.src).toBe(true);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});
