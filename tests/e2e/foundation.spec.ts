import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { waitForApp } from './watch';

test('home page leads to the three approaches', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Open Dialogue');
  await expect(page).toHaveTitle('Open Dialogue knowledge base');
  await page.getByRole('link', { name: 'Peer-supported Open Dialogue' }).first().click();
  await expect(page).toHaveURL(/\/cards\/peer-supported-open-dialogue$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer-supported Open Dialogue');
  await expect(page).toHaveTitle('Peer-supported Open Dialogue — Open Dialogue knowledge base');
});

test('cards list leads to a page per kind, which survives a reload and leads back', async ({ page }) => {
  await page.goto('/cards');
  await page.getByRole('list', { name: 'By kind' }).getByRole('link', { name: /^Principles \d+$/ }).click();
  await expect(page).toHaveURL(/\/cards\/kind\/principle$/);
  const grid = page.getByRole('list', { name: 'Principles: cards' });
  await expect(grid.getByRole('link', { name: 'Tolerance of uncertainty' })).toBeVisible();
  await expect(grid.getByRole('link', { name: 'Open Dialogue', exact: true })).toHaveCount(0);
  await page.reload();
  await expect(grid.getByRole('link', { name: 'Tolerance of uncertainty' })).toBeVisible();
  // On a kind's page its cards come first; the other ways in are behind one disclosure.
  await page.getByText('Other kinds and tags').click();
  await page.getByRole('link', { name: /^All cards \d+$/ }).click();
  await expect(page).toHaveURL(/\/cards$/);
  await expect(page.getByRole('list', { name: 'All cards' }).getByRole('link', { name: 'Open Dialogue', exact: true })).toBeVisible();
});

test('a card links onwards from its body, and lists its backlinks with context', async ({ page }) => {
  await page.goto('/cards/tolerance-of-uncertainty');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tolerance of uncertainty');
  const backlinks = page.getByRole('region', { name: 'Linked from' });
  await expect(backlinks.getByRole('link', { name: 'Network meeting' })).toBeVisible();
  await expect(
    backlinks.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Network meeting', exact: true }) }),
  ).toContainText('uncertainty is tolerated');
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(5);
  await waitForApp(page);
  await page.locator('.card-body').getByRole('link', { name: /^network meeting$/i }).click();
  await expect(page).toHaveURL(/\/cards\/network-meeting$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network meeting');
  // After a client-side navigation, focus moves to the new page's content.
  await expect(page.locator('main')).toBeFocused();
});

test("a card's text arrives as its own file; when it cannot, the page says so and the link works again later", async ({ page }) => {
  // The worker would answer from its cache, out of the test's reach.
  await page.context().route('**/sw.js', (route) => route.abort());
  await page.goto('/cards/tolerance-of-uncertainty');
  await waitForApp(page);
  const file = '**/assets/cards/network-meeting-*.json';
  await page.route(file, (route) => route.abort('internetdisconnected'));
  const link = page.locator('.card-body').getByRole('link', { name: /^network meeting$/i });
  await link.click();
  // Tried three times, then said as it is (src/app/README.md), with a way back.
  await expect(page.getByRole('alert')).toContainText('This page did not load');
  await page.unroute(file);
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tolerance of uncertainty');
  const fetched = page.waitForRequest(/\/assets\/cards\/network-meeting-[0-9a-f]{8}\.json$/);
  await link.click();
  await fetched;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network meeting');
  await expect(page.locator('.card-body')).toContainText('network');
});

test('an unknown card id shows a 404 naming it, with suggestions', async ({ page }) => {
  await page.goto('/cards/care-modl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Card not found');
  await expect(page.locator('main')).toContainText('There is no card with the id care-modl');
  await page.getByRole('link', { name: 'The CARe model' }).click();
  await expect(page).toHaveURL(/\/cards\/care-model$/);
});

test('any other unknown URL shows a 404 page, not a blank one', async ({ page }) => {
  await page.goto('/this/does/not/exist?x=%3Cscript%3E');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});

test('keyboard: the skip link jumps to the content', async ({ page }) => {
  await page.goto('/cards');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^All cards \d+$/ })).toBeFocused();
});

test('the page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/', '/cards', '/cards/open-dialogue']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const [name, url] of [
      ['home', '/'],
      ['cards list', '/cards?kind=approach'],
      ['card page', '/cards/open-dialogue'],
      ['card 404', '/cards/no-such-card'],
      ['page 404', '/nowhere'],
    ]) {
      test(`${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('no request leaves for another host', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const url of ['/', '/cards', '/cards/open-dialogue', '/cards/the-care-network', '/nowhere']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(foreign).toEqual([]);
});
