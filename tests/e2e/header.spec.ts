import { expect, test, type Page } from '@playwright/test';

/** The header on phones and long pages, and the theme switch (src/ui/SiteHeader.tsx, public/theme.js). */

test.use({ serviceWorkers: 'block' });

const header = (page: Page) => page.locator('.site-header');
const headerBox = async (page: Page) => (await header(page).boundingBox())!;
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('on a phone the header is one compact row: the name, search one tap away, and a Menu with the sections', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/cards/open-dialogue');
  expect((await headerBox(page)).height).toBeLessThanOrEqual(64);
  await expect(mainNav(page).getByRole('link', { name: 'Decks' })).toBeHidden();
  // Search: one tap.
  await header(page).getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  // The Menu opens the sections, each an easy target, the current one marked.
  await header(page).getByText('Menu').click();
  const decks = mainNav(page).getByRole('link', { name: 'Decks' });
  await expect(decks).toBeVisible();
  expect((await decks.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  await expect(mainNav(page).getByRole('link', { name: 'Cards' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(decks).toBeHidden();
  await header(page).getByText('Menu').click();
  await decks.click();
  await expect(page).toHaveURL(/\/decks$/);
  await expect(decks).toBeHidden();

  // The narrowest phone still fits one row; a laptop and a projector show the sections in the row, no Menu.
  for (const [width, height] of [[320, 640], [1024, 768], [1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    const box = await headerBox(page);
    expect(box.height, `${width} px`).toBeLessThanOrEqual(64);
    const summary = (await header(page).locator('summary').boundingBox())!;
    if (width < 1024) expect(summary.x + summary.width, `${width} px: the Menu button inside the window`).toBeLessThanOrEqual(width);
    await expect(header(page).getByText('Menu'), `${width} px`).toBeVisible({ visible: width < 1024 });
    await expect(mainNav(page).getByRole('link', { name: 'Compare' }), `${width} px`).toBeVisible({ visible: width >= 1024 });
  }
});

test('on a long page the header stays at the top, and Back to top returns there with focus at the page’s start', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/cards/open-dialogue');
  const toTop = page.getByRole('button', { name: 'Back to top' });
  await expect(toTop).toBeHidden();
  await page.mouse.wheel(0, 4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
  expect((await headerBox(page)).y).toBe(0);
  await toTop.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('main')).toBeFocused();
  await expect(toTop).toBeHidden();
});

test('a card read as a step of a guided path marks Paths, not Cards, as the current section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/paths');
  await page.locator('main a[href^="/paths/"]').first().click();
  await page.locator('main a[href*="?path="]').first().click();
  await expect(page).toHaveURL(/\?path=/);
  await expect(mainNav(page).getByRole('link', { name: 'Paths' })).toHaveAttribute('aria-current', 'page');
  await expect(mainNav(page).getByRole('link', { name: 'Cards' })).not.toHaveAttribute('aria-current');
});

test('without JavaScript the phone menu still opens', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/webinar');
  await page.getByText('Menu').click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  await context.close();
});

test('the theme switch keeps light or dark over the system setting, from the first frame of every later page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // What the page looks like in its first frame, before anything is painted: recorded on every load.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).colorScheme;
    });
  });
  const firstFrame = () => page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/glossary');
  const light = await background();
  expect(await firstFrame()).toBe('light dark');
  // Chosen before the app has started: the switch works on the static page.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  for (const path of ['/cards/open-dialogue', '/compare']) {
    await page.goto(path);
    expect(await firstFrame(), path).toBe('dark');
    expect(await background(), path).toBe(dark);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  }
  // Light over a dark system; then back to the system's.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await page.reload();
  expect(await firstFrame()).toBe('light');
  expect(await background()).toBe(light);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect.poll(background).toBe(dark);
  await page.reload();
  expect(await firstFrame()).toBe('light dark');
});
