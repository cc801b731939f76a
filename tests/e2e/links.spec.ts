import { expect, test } from '@playwright/test';

/** The path a page's HTML was prerendered for (`data-prerendered` on the root), or undefined (no page of its own). */
const prerenderedFor = (html: string) => /<div id="root"[^>]*\sdata-prerendered="([^"]*)"/.exec(html)?.[1];

// A static host answers a page from its file or with 404.html (as `vite preview` does here): every address the
// site links to must have a file of its own, or a bookmarked slide, a shared link or a QR code opens on a 404.
test('every link on every page, every slide and each slide\'s speaker view is a prerendered page of its own', async ({ request }) => {
  test.setTimeout(120_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const queue = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const seen = new Set(queue);
  const broken: string[] = [];
  let checked = 0;
  while (queue.length) {
    const address = queue.shift()!;
    // As a browser asks for a page (the preview server answers pages only to such a request).
    const response = await request.get(address, { headers: { accept: 'text/html' } });
    const html = await response.text();
    const path = address.replace(/[?#].*$/, '');
    checked++;
    if (response.status() !== 200) broken.push(`${address}: status ${response.status()}`);
    else if (prerenderedFor(html) !== path) broken.push(`${address}: answered by the page for ${prerenderedFor(html) ?? 'no path (404.html)'}`);
    const links = [...html.matchAll(/\shref="(\/[^"#]*)/g)].map((m) => m[1].replaceAll('&amp;', '&'));
    // A slide's speaker view is opened from the slide (`s`), not linked: the same page with ?view=speaker.
    if (/^\/present\/[^/]+\/\d+$/.test(path)) links.push(`${path}?view=speaker`);
    // A deck's counter says how many slides it has: each is an address the overview, the keys and the QR codes use.
    const count = /class="present-counter"[^>]*>.*?(\d+)<!-- --> \/ <!-- -->(\d+)/.exec(html)?.[2];
    if (count) for (let n = 1; n <= Number(count); n++) links.push(`/present/${path.split('/')[2]}/${n}`);
    for (const link of links) {
      if (/^\/(assets|favicon|manifest|icon|social|sitemap|robots)/.test(link) || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  expect(broken).toEqual([]);
  // Every page of the sitemap, every slide of the three decks and their speaker views, and the links between them.
  expect(checked).toBeGreaterThan(200);
});
