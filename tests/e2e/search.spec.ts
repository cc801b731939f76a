import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { waitForApp } from './watch';

// The first opening downloads the dialog, fuse.js and the index: give a busy machine time.
const OPENING = { timeout: 20_000 };
test.beforeEach(() => test.slow());

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the knowledge base' });

async function openWithShortcut(page: Page, key: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The shortcut works once the app has taken over the prerendered page.
  await waitForApp(page);
  await page.keyboard.press(key);
  await expect(box(page)).toBeFocused(OPENING);
}

test('Ctrl+K opens search; type, choose by keyboard, land on the card', async ({ page }) => {
  await page.goto('/');
  await openWithShortcut(page, 'Control+k');
  await box(page).pressSequentially('peer open dialog');
  const options = dialog(page).getByRole('option');
  await expect(options.first()).toContainText('Peer-supported Open Dialogue');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // The matched words are highlighted in the result.
  await expect(options.first().locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  // The card opens with the matched words marked in its body.
  await expect(page).toHaveURL(/\/cards\/peer-supported-open-dialogue\?highlight=[^#]*dialogue/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer-supported Open Dialogue');
  await expect(page.locator('.card-body mark').first()).toBeVisible();
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('main')).toBeFocused();
});

test('/ opens search, forgives a typo, and Escape puts focus back where it was', async ({ page }) => {
  await page.goto('/cards');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Cards', exact: true }).focus();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused(OPENING);
  await box(page).fill('Seikula');
  await expect(dialog(page).getByRole('option').first()).toContainText('Seikkula');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('link', { name: 'Cards', exact: true })).toBeFocused();
});

test('the header button opens the dialog; nothing found gives help, not an empty box', async ({ page }) => {
  await page.goto('/cards/open-dialogue');
  // Before the app runs, the button is a link to the search page; the dialog comes with the app.
  await waitForApp(page);
  await page.getByRole('link', { name: /Search/ }).click();
  await expect(box(page)).toBeFocused(OPENING);
  await box(page).fill('tlrnc');
  await expect(dialog(page)).toContainText('Nothing matches “tlrnc”');
  await expect(dialog(page)).toContainText('Did you mean');
  const suggestion = dialog(page).locator('.search-empty').getByRole('button').first();
  const word = (await suggestion.textContent())!;
  await suggestion.click();
  await expect(box(page)).toHaveValue(word);
  await expect(dialog(page).getByRole('option').first()).toBeVisible();
  await box(page).fill('qqzxv<img src=x onerror=alert(1)>');
  await expect(dialog(page)).toContainText('Nothing matches “qqzxv<img src=x onerror=alert(1)>”');
  await expect(dialog(page).locator('img')).toHaveCount(0);
  await expect(dialog(page).getByRole('link', { name: 'Browse all cards' })).toBeVisible();
});

test('Enter without a result goes to the search page, which keeps the query', async ({ page }) => {
  await page.goto('/');
  await openWithShortcut(page, 'Control+k');
  await box(page).fill('qqzxv');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=qqzxv$/);
  await expect(page.getByRole('searchbox')).toHaveValue('qqzxv');
});

test('the search page from a shared URL shows the same results, and typing updates the URL', async ({ page }) => {
  await page.goto('/search?q=Avatud%20dialoog');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page).toHaveTitle(/Avatud dialoog/);
  const results = page.getByRole('list', { name: 'Results' });
  const card = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Open Dialogue Card · Approach/ }) });
  await expect(card).toContainText('also: Avatud Dialoog');
  await page.getByRole('searchbox').fill('hoitokokous');
  await expect(page).toHaveURL(/\/search\?q=hoitokokous$/);
  await results.getByRole('link', { name: /^Network meeting Card/ }).click();
  // The word is a Finnish name of the card, not in its body: nothing to mark.
  await expect(page).toHaveURL(/\/cards\/network-meeting$/);
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('hoitokokous');
});

test('fuse.js and the index are not loaded until search is used', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  for (const url of ['/', '/cards/open-dialogue']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The app starts after the static page has painted; the shortcut listens from then on.
    await waitForApp(page);
  }
  // (The word folding, `search-text`, is a tiny shared helper the card page uses to mark matches.)
  const searchChunks = (list: string[]) => list.filter((p) => /\/(fuse|search|SearchDialog)-[\w-]+\.js$/.test(p) && !p.includes('/search-text-'));
  expect(searchChunks(loaded)).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused(OPENING);
  expect(searchChunks(loaded).length).toBeGreaterThanOrEqual(2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the open dialog, empty and with a chosen result, has no WCAG 2.2 A/AA violations', async ({ page }) => {
      // axe-core takes many seconds per run on a busy machine.
      test.setTimeout(180_000);
      await page.goto('/');
      await openWithShortcut(page, 'Control+k');
      await expectNoAxeViolations(page);
      await box(page).fill('open dialog');
      await expect(dialog(page).getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await page.screenshot({ path: `test-results/search-dialog-${colorScheme}.png` });
      // The page behind the modal is inert and checked on its own: the results are what changed.
      await expectNoAxeViolations(page, '.search-dialog');
    });

    test('nothing found, and the search page, have no WCAG 2.2 A/AA violations', async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      await openWithShortcut(page, 'Control+k');
      await box(page).fill('tlrnc');
      await expect(dialog(page)).toContainText('Nothing matches');
      await expectNoAxeViolations(page, '.search-dialog');
      await page.goto('/search?q=peer%20support');
      await expect(page.getByRole('list', { name: 'Results' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
