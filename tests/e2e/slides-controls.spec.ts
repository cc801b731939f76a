import { expect, test } from '@playwright/test';
import { waitForApp } from './watch';

test('full screen hides the controls until the mouse moves; Esc leaves full screen, then the deck; swipe, theme and title', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/present/seven-principles/1');
  await waitForApp(page);
  // The tab names the deck once, not twice, on the deck's own title slide.
  await expect(page).toHaveTitle('The seven principles of Open Dialogue (1/18) — Open Dialogue knowledge base');
  // A control that cannot act looks it.
  const previous = page.getByRole('button', { name: 'Previous' });
  await expect(previous).toBeDisabled();
  expect(Number(await previous.evaluate((b) => getComputedStyle(b).opacity))).toBeLessThan(0.6);

  const bar = page.locator('.present-bar');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeAttached();
  // Left alone, the controls go; a mouse move brings them back.
  await expect(bar).toHaveCSS('opacity', '0', { timeout: 6000 });
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await expect(bar).toHaveCSS('opacity', '1');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await expect(page).toHaveURL(/\/present\/seven-principles\/1$/);

  // Swipe left on a touch screen: the next slide; right: back.
  const swipe = async (from: number, to: number) => {
    await page.locator('.present-stage').dispatchEvent('pointerdown', { pointerType: 'touch', clientX: from, clientY: 300, isPrimary: true });
    await page.locator('.present-stage').dispatchEvent('pointerup', { pointerType: 'touch', clientX: to, clientY: 310, isPrimary: true });
  };
  await swipe(900, 500);
  await expect(page).toHaveURL(/\/present\/seven-principles\/2$/);
  await swipe(500, 900);
  await expect(page).toHaveURL(/\/present\/seven-principles\/1$/);

  // A light/dark switch the deck remembers, applied before the app starts on the next visit.
  const scheme = () => page.locator('.present').evaluate((el) => getComputedStyle(el).colorScheme);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Dark slides' }).click();
  await expect.poll(scheme).toBe('dark');
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
  await expect.poll(scheme).toBe('dark');
  await waitForApp(page);
  await page.keyboard.press('t');
  await expect.poll(scheme).toBe('light');

  // Esc with nothing open and not in full screen leaves the deck.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/decks$/);
});
