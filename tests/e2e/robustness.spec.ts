import { expect, test } from '@playwright/test';
import { oddUrls } from './odd-urls';
import { waitForApp, watchErrors } from './watch';

const CHUNKS = 4;
const TOTAL = 120;

// The site's pages come from its sitemap, so new routes are walked without editing this test.
let urls: string[] = [];
test.beforeAll(async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  urls = oddUrls(pages, TOTAL);
  expect(urls).toHaveLength(TOTAL);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`odd URLs, part ${chunk + 1} of ${CHUNKS}: each shows a page, a 404 or a notice, never an error`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    const per = TOTAL / CHUNKS;
    for (const url of urls.slice(chunk * per, (chunk + 1) * per)) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(500);
      await waitForApp(page);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading, url).toBeVisible();
      expect((await heading.textContent())?.trim(), url).not.toBe('');
      await expect(page.locator('main'), `${url} has one main landmark`).toHaveCount(1);
      expect(await page.locator('main').innerText(), url).not.toMatch(/^\s*$/);
      expect(errors, url).toEqual([]);
    }
  });
}
