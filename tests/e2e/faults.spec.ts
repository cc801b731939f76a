/**
 * Network faults after a prerendered page has loaded: a request that fails once, requests that fail at random, a
 * file that does not arrive until the reader tries again, and a deploy that replaced the files under an open tab.
 * The page being read stays readable, what did not load is said, and trying again really fetches again.
 * The service worker is blocked (a first visit, private mode), so every request meets the faults.
 */
import { expect, test, type Page, type Request, type Route } from '@playwright/test';
import { seededRandom } from '../seeded-random';
import { waitForApp } from './watch';

test.use({ serviceWorkers: 'block' });

const CARD = '/cards/open-dialogue';
const cardText = (page: Page) => page.locator('main').innerText();
const uncaught = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
};

/** Fails requests whose URL matches `pattern` while `fail(request)` says so; counts every request it saw. */
async function faulty(page: Page, pattern: RegExp, fail: (request: Request, n: number) => boolean) {
  const seen: string[] = [];
  await page.route(pattern, (route: Route) => {
    seen.push(route.request().url());
    return fail(route.request(), seen.length) ? route.abort('internetdisconnected') : route.fallback();
  });
  return seen;
}

test("a card's data file that fails once is fetched again: the page reads on and its app starts", async ({ page }) => {
  const errors = uncaught(page);
  const seen = await faulty(page, /\/assets\/cards\/open-dialogue-\w+\.json$/, (_, n) => n === 1);
  await page.goto(CARD);
  const before = await cardText(page);
  expect(before.length).toBeGreaterThan(1000);
  await waitForApp(page);
  expect(seen).toHaveLength(2);
  expect(await cardText(page)).toBe(before);
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a data file that does not arrive leaves the page as it was, with a Try again that works', async ({ page }) => {
  const errors = uncaught(page);
  let offline = true;
  const seen = await faulty(page, /\/assets\/cards\/open-dialogue-\w+\.json$/, () => offline);
  await page.goto(CARD);
  const before = await cardText(page);
  await page.keyboard.press('Shift');
  const notice = page.getByRole('status').filter({ hasText: 'did not load' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Tried three times (at once, after 0.25 s and after 1 s), and the prerendered page never replaced.
  expect(seen).toHaveLength(3);
  expect(await cardText(page)).toBe(before);
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  offline = false;
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
  await expect(notice).toHaveCount(0);
  expect(await cardText(page)).toBe(before);
  expect(errors).toEqual([]);
});

test('a route chunk that fails once loads on its retry; one that keeps failing is fetched again on Try again', async ({ page }) => {
  const errors = uncaught(page);
  let failing: 'once' | 'always' | 'never' = 'once';
  const seen = await faulty(page, /\/assets\/(compare|glossary)-route-[\w-]+\.js$/, (_, n) => failing === 'always' || (failing === 'once' && n === 1));
  await page.goto(CARD);
  await waitForApp(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Compare' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/compar/i);
  expect(seen.length).toBe(2);

  failing = 'always';
  await page.goto(CARD);
  await waitForApp(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Glossary' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page did not load', { timeout: 15_000 });
  const tries = seen.length;
  failing = 'never';
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/glossary/i);
  expect(seen.length).toBeGreaterThan(tries);
  expect(errors).toEqual([]);
});

test("search's Try again fetches search again", async ({ page }) => {
  let offline = true;
  const seen = await faulty(page, /\/assets\/SearchDialog-[\w-]+\.js$/, () => offline);
  await page.goto(CARD);
  await waitForApp(page);
  await page.getByRole('link', { name: 'Search' }).first().click();
  await expect(page.getByText('Search could not load')).toBeVisible({ timeout: 15_000 });
  const tries = seen.length;
  offline = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('combobox', { name: 'Search the knowledge base' })).toBeFocused({ timeout: 15_000 });
  expect(seen.length).toBeGreaterThan(tries);
});

for (const seed of [7, 29]) {
  test(`with 30 % of scripts and data failing at random (seed ${seed}), every page reads and retries recover`, async ({ page }) => {
    test.slow();
    const errors = uncaught(page);
    const random = seededRandom(seed);
    let faults = false;
    await faulty(page, /\/assets\/.+\.(js|json)$/, () => faults && random() < 0.3);
    await page.goto(CARD);
    await waitForApp(page);
    // From here on, three requests in ten for code or data fail (the app's entry has its own retries, in boot.ts).
    faults = true;
    for (const name of ['Cards', 'Glossary', 'Compare', 'Webinar', 'Paths']) {
      await page.getByRole('navigation').getByRole('link', { name }).first().click();
      // The router changes the address once the page (or its "did not load" page) is ready; until then the
      // previous page's heading is still on screen, and reading it would judge (or retry) the wrong page.
      const address = new RegExp(`/${name.toLowerCase()}$`);
      await expect(page).toHaveURL(address, { timeout: 15_000 });
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).not.toHaveText(/^(Something went wrong)?$/, { timeout: 15_000 });
      for (let i = 0; i < 5 && (await heading.textContent()) === 'This page did not load'; i++) {
        await page.getByRole('button', { name: 'Try again' }).click();
        await expect(page.getByRole('button', { name: 'Trying again…' })).toHaveCount(0, { timeout: 15_000 });
      }
      await expect(heading).not.toHaveText(/did not load|went wrong/);
      await expect(page).toHaveURL(address);
    }
    expect(errors).toEqual([]);
  });
}

test('after a deploy under an open tab, a page whose files are gone loads from the server in full', async ({ page }) => {
  const errors = uncaught(page);
  await page.goto('/cards/dialogism');
  await waitForApp(page);
  // "Deploy": every file this tab was built with is gone (the host answers with its 404 page), until the next page
  // loads from the server; from then on the tab has the new version's names.
  let deployed = true;
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) {
      documents.push(new URL(r.url()).pathname);
      deployed = false;
    }
  });
  await page.route(/\/assets\/.+\.(js|json|css)$/, (route) =>
    deployed ? route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }) : route.fallback(),
  );
  await page.locator('main').getByRole('link', { name: /polyphony/i }).first().click();
  await expect(page).toHaveURL(/\/cards\/polyphony$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Polyphony');
  expect(documents).toEqual(['/cards/polyphony']);
  await expect(page.locator('main')).toContainText(/polyphon/i);

  // Search after a deploy opens the search page from the server, rather than blaming the connection.
  await waitForApp(page);
  deployed = true;
  await page.getByRole('link', { name: 'Search' }).first().click();
  await expect(page).toHaveURL(/\/search$/, { timeout: 15_000 });
  await expect(page.getByRole('searchbox')).toBeVisible();
  expect(documents.at(-1)).toBe('/search');
  expect(errors).toEqual([]);
});

test('service-worker registration that is refused, or whose code does not arrive, is handled quietly', async ({ page }) => {
  // Registration is refused here (the worker is blocked, as a browser policy or private mode may do).
  const errors = uncaught(page);
  const rejections: string[] = [];
  await page.exposeFunction('reportRejection', (reason: string) => rejections.push(reason));
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (e) => (window as unknown as { reportRejection: (r: string) => void }).reportRejection(String(e.reason)));
  });
  const seen = await faulty(page, /\/assets\/register-sw-[\w-]+\.js$/, (_, n) => n === 1);
  for (let i = 0; i < 2; i++) {
    await page.goto(i === 0 ? CARD : '/glossary');
    await waitForApp(page);
    await expect.poll(() => seen.length, { timeout: 15_000 }).toBe(i + 1);
  }
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  expect(rejections).toEqual([]);
});
