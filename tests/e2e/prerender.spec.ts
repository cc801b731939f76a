import { expect, test } from '@playwright/test';
import { underServiceWorker, waitForApp, watchErrors } from './watch';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a card can be read and its links followed', async ({ page }) => {
    await page.goto('/cards/open-dialogue');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open Dialogue');
    await expect(page.locator('.card-body')).toContainText('Western Lapland');
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    await page.locator('.card-body a[href="/cards/network-meeting"]').first().click();
    await expect(page).toHaveURL(/\/cards\/network-meeting$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network meeting');
    await expect(page.getByRole('region', { name: 'Linked from' })).toBeVisible();
  });

  test('home and the cards list are complete pages', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Open Dialogue');
    await page.getByRole('link', { name: 'Cards', exact: true }).click();
    await expect(page.getByRole('list', { name: 'All cards' }).getByRole('listitem').first()).toBeVisible();
  });

  test('an unknown address answers 404 with a page saying so', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('each page has its own title, description, canonical URL and social tags', async ({ page }) => {
  await page.goto('/cards/tolerance-of-uncertainty');
  const head = page.locator('head');
  await expect(page).toHaveTitle('Tolerance of uncertainty — Open Dialogue knowledge base');
  const content = (selector: string) => head.locator(selector).getAttribute('content');
  const summary = await page.locator('.card-header .lead').textContent();
  expect(await content('meta[name="description"]')).toBe(summary);
  expect(await head.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/cards\/tolerance-of-uncertainty$/);
  expect(await content('meta[property="og:title"]')).toBe('Tolerance of uncertainty — Open Dialogue knowledge base');
  expect(await content('meta[property="og:description"]')).toBe(summary);
  expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = await content('meta[property="og:image"]');
  expect(image).toMatch(/\/social\.png$/);
  const imageResponse = await page.request.get(new URL(image!).pathname);
  expect(imageResponse.headers()['content-type']).toBe('image/png');

  await page.goto('/cards');
  await expect(page).toHaveTitle('Cards — Open Dialogue knowledge base');
  expect(await content('meta[name="description"]')).toContain('Every concept in the knowledge base');
});

test("sitemap.xml lists every page (not a trainer's own deck, named only in a query) and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(locs).toEqual(expect.arrayContaining(['/', '/cards', '/cards/open-dialogue', '/cards/care-model']));
  expect(locs).not.toContain('/404');
  for (const page of ['/present/mine', '/decks/mine/edit', '/decks/mine/handout']) expect(locs).not.toContain(page);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

test('hydration keeps the static page: no error, no layout shift, the same nodes, then client navigation', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) shifts.push((e as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/cards/open-dialogue');
  const heading = await page.locator('h1').elementHandle();
  await waitForApp(page);
  // The heading is the same DOM node as before hydration: React adopted the static HTML instead of replacing it.
  expect(await heading!.evaluate((h) => h.isConnected)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.locator('.card-body a[href="/cards/network-meeting"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network meeting');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(errors).toEqual([]);
});

/** Holds back the app's main chunk until `release` is called: the static page stays as it is meanwhile. */
async function holdApp(page: import('@playwright/test').Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('reading pages start their app on an interaction; tools and pages showing the reader’s progress on load', async ({ request }) => {
  const start = async (path: string) => {
    const root = /<div id="root"[^>]*>/.exec(await (await request.get(path, { headers: { accept: 'text/html' } })).text())?.[0] ?? '';
    return /data-start="([a-z-]+)"/.exec(root)?.[1] ?? 'on-interaction';
  };
  expect(await start('/graph')).toBe('at-once');
  for (const path of ['/embed/compare', '/cards', '/paths', '/paths/combining-models']) {
    expect(await start(path), path).toBe('after-paint');
  }
  for (const path of ['/', '/cards/open-dialogue', '/compare', '/webinar', '/glossary', '/decks', '/present/webinar-four-countries']) {
    expect(await start(path), path).toBe('on-interaction');
  }
});

test('a reading page runs no app until the reader interacts, and has fetched it by then', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/main-[\w-]+\.js$/.test(r.url())) prefetched.push(r.resourceType());
  });
  await page.goto('/cards/open-dialogue');
  // In idle time after load, which on a busy machine can be seconds later: wait for it rather than for the network.
  await expect.poll(() => prefetched, { message: 'the app chunk is fetched in idle time, not run' }).toEqual(['other']);
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  await waitForApp(page);
});

test('a key pressed before the app runs is done once it runs: / opens search', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/cards/open-dialogue');
  // On a focused link too: `/` does nothing there by itself (Enter would follow it, and is left to the browser).
  await page.getByRole('link', { name: 'Cards', exact: true }).first().focus();
  await page.keyboard.press('/');
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  release();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('combobox', { name: 'Search the knowledge base' })).toBeFocused({ timeout: 20_000 });
});

test('a button pressed before the app runs is pressed again once it runs', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/cards/open-dialogue');
  const twoSteps = page.getByRole('button', { name: 'Show two steps' });
  await expect(twoSteps).toHaveAttribute('aria-pressed', 'false');
  await twoSteps.click();
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  release();
  await expect(twoSteps).toHaveAttribute('aria-pressed', 'true');
});

test('a reader who scrolled the static page stays there when the app starts', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/webinar', { waitUntil: 'domcontentloaded' });
  const link = page.getByRole('link', { name: /^Guided path:/ }).last();
  await link.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(200);
  release();
  await waitForApp(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
  await link.click();
  await expect(page).toHaveURL(/\/paths\/[a-z0-9-]+$/);
});

test('a link followed before the app has started opens its page, even when the app starts meanwhile', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/webinar', { waitUntil: 'domcontentloaded' });
  // A slow server: the next page answers only after the app of this one has had time to start.
  await page.route('**/paths/**', async (route) => {
    release();
    await page.waitForTimeout(1500);
    await route.continue();
  });
  await page.getByRole('link', { name: /^Guided path:/ }).first().click({ noWaitAfter: true });
  await expect(page).toHaveURL(/\/paths\/[a-z0-9-]+$/);
  await expect(page.getByText('Follows up the webinar question')).toBeVisible();
});

test('an old filter link or an unknown card renders the right page over the static one', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/cards?kind=principle');
  await expect(page).toHaveURL(/\/cards\/kind\/principle$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Principles');
  await expect(page).toHaveTitle(/^Principles — Cards — /);
  await page.goto('/cards/care-modl');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Card not found');
  await expect(page.getByRole('link', { name: 'The CARe model' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('when the app cannot load, a static page stays readable and a wrong one gives way to a notice, never a blank page', async ({ page }) => {
  // The connection drops before the app's code arrives.
  await page.route(/\/assets\/main-[\w-]+\.js$/, (route) => route.abort());
  // The address is answered with another page's HTML (the home page, as the app shell of a host or service worker).
  const shell = await (await page.request.get('/')).text();
  await page.route('**/cards/dialogism?tag=x', (route) => route.fulfill({ body: shell, contentType: 'text/html' }));
  await page.goto('/cards/dialogism?tag=x');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not load');
  await expect(page.getByText('Open Dialogue, explained card by card')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', /\/cards\/dialogism\?tag=x$/);
  await expect(page.getByRole('main')).toHaveCount(1);

  // A card's own static page keeps its text and links when the app cannot start on the first interaction.
  await page.goto('/cards/dialogism');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  // Wait until the app has tried to start and given up, rather than for a guessed time.
  const gaveUp = page.waitForEvent('console', (m) => m.type() === 'error' && m.text().startsWith('The app could not start'));
  await page.keyboard.press('Shift');
  await gaveUp;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByText('This page could not load')).toHaveCount(0);
  // It says so, and "Try again" really tries: once the code arrives, the app starts on the same page.
  const notice = page.getByRole('status').filter({ hasText: 'did not load' });
  await expect(notice).toBeVisible();
  await page.unroute(/\/assets\/main-[\w-]+\.js$/);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await waitForApp(page);
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('when the app\'s code fails to arrive once, the app fetches it again and starts as usual', async ({ page }) => {
  const errors = watchErrors(page);
  let dropped = 0;
  // The first request for the app's code fails, as on a connection that drops for a moment.
  await page.route(/\/assets\/main-[\w-]+\.js$/, (route) => (dropped++ === 0 ? route.abort() : route.continue()));
  await page.goto('/cards/dialogism');
  await waitForApp(page);
  expect(dropped).toBeGreaterThan(1);
  await page.getByRole('link', { name: 'Open Dialogue', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open Dialogue');
  // The browser itself logs the dropped request; nothing else may go wrong.
  expect(errors.filter((e) => !e.includes('Failed to load resource: net::ERR_FAILED'))).toEqual([]);
});

test('under the service worker, offline too, each address opens with its own prerendered page', async ({ page, context }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await underServiceWorker(page);
  await context.setOffline(true);
  for (const [url, path, title] of [
    ['/cards/dialogism', '/cards/dialogism', 'Dialogism'],
    ['/compare', '/compare', 'Open Dialogue in four countries, compared'],
    ['/cards/kind/principle', '/cards/kind/principle', 'Principles'],
    ['/tags/core', '/tags/core', 'Cards tagged “core”'],
  ]) {
    const response = await page.goto(url);
    expect(response?.fromServiceWorker(), url).toBe(true);
    // The page's own HTML, readable before (and without) the app: not the home page's, hidden until the app renders.
    expect(await response?.text(), url).toContain(`data-prerendered="${path}"`);
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(title);
  }
  // An address with no page of its own still gets the app, which says the card does not exist.
  await page.goto('/cards/no-such-card');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found|no card/i);
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('each kind and each tag is a page of its own, listed in the sitemap and whole without JavaScript', async ({ browser, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const kindLinks = await page.locator('main a[href*="/cards/kind/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(kindLinks.length).toBeGreaterThanOrEqual(4);
  for (const [url, title] of [
    ['/cards/kind/study', 'Studies'],
    ['/tags/peer-work', 'Cards tagged “peer-work”'],
  ]) {
    expect(sitemap, url).toContain(`${url}</loc>`);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
    const lead = await page.locator('.lead').textContent();
    const [shown, all] = /^(\d+) of the (\d+) cards/.exec(lead ?? '')!.slice(1).map(Number);
    expect(shown).toBeLessThan(all);
    await expect(page.getByRole('list', { name: `${title}: cards` }).getByRole('listitem')).toHaveCount(shown);
  }
  // Every tag on a card leads to its page.
  await page.goto('/cards/open-dialogue');
  await page.getByRole('list', { name: 'Tags' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/tags\/[a-z-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cards tagged/);
  await context.close();
});

test('a strict Content-Security-Policy allows nothing inline and nothing from elsewhere', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe');
  expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
  // The policy blocks style attributes as the HTML is parsed: no prerendered page may carry one.
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const withStyle: string[] = [];
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc).pathname;
    if (/\sstyle="/.test(await (await page.request.get(path)).text())) withStyle.push(path);
  }
  expect(withStyle).toEqual([]);
});

// Every page of the site (from the sitemap), loaded directly and started; on the first pages of each kind (the first
// cards, the first tags...) its first internal link is also followed in-app and back: the 75 cards share one route,
// and following a link from each of them cost a third of the walk. In parts, so the pages spread over the workers.
const WALK_FOLLOWS_PER_KIND = 3;
/** The kind of page a path is: its first segment and its depth (`/cards/x` and `/cards/kind/x` are two kinds). */
const pageKind = (path: string) => `${path.split('/')[1]}:${path.split('/').length}`;
const WALK_PARTS = 4;
for (let part = 0; part < WALK_PARTS; part++) {
  test(`a full walk through the app sends no request to another origin, part ${part + 1} of ${WALK_PARTS}`, async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const errors = watchErrors(page);
    const origin = new URL(baseURL!).origin;
    const foreign = new Set<string>();
    const requests = new Set<string>();
    page.on('request', (r) => {
      const url = new URL(r.url());
      requests.add(url.pathname);
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.add(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) foreign.add(`CSP: ${m.text()}`);
    });
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    const all = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(all.length).toBeGreaterThan(3);
    const follow = new Set<string>();
    const perKind = new Map<string, number>();
    for (const path of all) {
      const n = (perKind.get(pageKind(path)) ?? 0) + 1;
      perKind.set(pageKind(path), n);
      if (n <= WALK_FOLLOWS_PER_KIND) follow.add(path);
    }
    const pages = all.filter((_, i) => i % WALK_PARTS === part);
    for (const path of pages) {
      await page.goto(path);
      await waitForApp(page);
      if (!follow.has(path)) continue;
      // The page's first own link (not a breadcrumb). Not a waiting locator: a slide has no <main>.
      const [href] = await page
        .locator('main a[href^="/"]')
        .evaluateAll((as) => as.filter((a) => !a.closest('nav')).map((a) => a.getAttribute('href')));
      if (process.env.WALK_LOG) console.log(`${path} -> ${href}`);
      if (!href) continue;
      await page.locator(`main a[href="${href}"]`).first().click();
      await expect(page).toHaveURL(origin + href);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goBack();
      // Back lands on the page (which may have written a selection into its query, as the explorer does on focus).
      await expect(page).toHaveURL((url) => url.pathname === path);
    }
    expect([...foreign]).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.size).toBeGreaterThan(pages.length);
  });
}
