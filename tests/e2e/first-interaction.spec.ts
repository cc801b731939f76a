import { expect, test } from '@playwright/test';

/**
 * A reading page starts its app on the reader's first interaction (src/boot.ts). That interaction is never lost:
 * the focus or hover that starts the app shows its preview, and search opens at once, keeping what was typed while
 * its code and index arrived.
 */

test.use({ serviceWorkers: 'block' });

const bodyLink = '.card-body a[href^="/cards/"]';

test('the first focus of a body link, the one that starts the app, shows its preview', async ({ page }) => {
  await page.goto('/cards/open-dialogue');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  // Keyboard focus (Tab would do the same; focus() keeps the test short).
  await page.locator(bodyLink).first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible({ timeout: 10_000 });
  await expect(page.locator(bodyLink).first()).toHaveAttribute('aria-describedby', /.+/);
});

test('the first hover of a body link, the one that starts the app, shows its preview', async ({ page }) => {
  await page.goto('/cards/open-dialogue');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  const link = page.locator(bodyLink).first();
  const box = (await link.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('tooltip')).toBeVisible({ timeout: 10_000 });
});

test('the first Ctrl+K on the home page opens search at once and keeps what is typed before the index arrives', async ({ page }) => {
  // The index is held back: the dialog must not wait for it.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/search-index|virtual_content_search|search-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await page.waitForLoadState('load');
  await page.keyboard.press('Control+k');
  const field = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search the knowledge base' });
  await expect(field).toBeFocused({ timeout: 2_000 });
  await page.keyboard.type('dialog');
  release();
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: 'Search the knowledge base' });
  await expect(box).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type('ue');
  await expect(box).toHaveValue('dialogue');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('option').first()).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
});

test('the first hover of a comparison cell shows its details', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1200 }); // the cell on screen: a scroll would start the app first
  await page.goto('/compare');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  const details = page.getByRole('complementary', { name: 'Details' });
  const before = await details.textContent();
  const cell = page.locator('.matrix-cell').nth(3);
  const box = (await cell.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => details.textContent(), { timeout: 10_000 }).not.toBe(before);
});

test('on a page whose app starts after the first paint, a / pressed before it runs opens search all the same', async ({ page }) => {
  // The app's code is held back, as on a slow phone: the key comes while the page shows but nothing listens yet.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/cards');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  const field = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search the knowledge base' });
  await expect(field).toBeFocused({ timeout: 2_000 });
  await page.keyboard.type('seikk');
  release();
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1, { timeout: 15_000 });
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: 'Search the knowledge base' });
  await expect(box).toBeFocused({ timeout: 15_000 });
  await expect(box).toHaveValue('seikk');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('option').first()).toContainText('Seikkula');
});
