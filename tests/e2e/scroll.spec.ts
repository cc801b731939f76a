import { expect, test, type Page } from '@playwright/test';

/**
 * Nothing moves unless the reader moves it: a page opened directly starts at the top or at its #heading, the app
 * starting (on the first scroll, hover or key: src/boot.ts) never moves the page, Back and Forward return to each
 * history entry's own place, and a long card keeps its height while it is scrolled.
 */

// As on a first visit: the prerendered page, not the app shell a service worker would answer with.
test.use({ serviceWorkers: 'block' });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const appRuns = (page: Page) => page.waitForSelector('html[data-ready]', { state: 'attached' });
/** The distance from the element's top to where a #heading lands: just below the sticky header (scroll-padding-top). */
const topOf = (page: Page, id: string) =>
  page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top - parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop), id);

test('a page opened directly starts at the top, whatever another load scrolled to, and stays there as the app starts', async ({ page }) => {
  await page.goto('/cards/open-dialogue');
  await page.mouse.wheel(0, 3000);
  await appRuns(page);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(2000);
  // A typed address or a bookmark, in the same tab: a new page load.
  await page.goto('/webinar');
  expect(await scrollY(page)).toBe(0);
  await page.mouse.move(200, 300);
  await page.mouse.move(220, 320);
  await page.keyboard.press('Shift');
  await appRuns(page);
  await page.waitForTimeout(300);
  expect(await scrollY(page)).toBe(0);
});

test('a link to a heading lands on the heading, on a phone and a laptop, and the app starting keeps the reader where they are', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    // Another load saved a position first, as a reader's earlier page would.
    await page.goto('/cards/open-dialogue');
    await page.mouse.wheel(0, 2500);
    await appRuns(page);
    await page.goto('/cards/united-kingdom#what-peers-do');
    await expect.poll(() => topOf(page, 'what-peers-do')).toBeLessThan(2);
    expect(await topOf(page, 'what-peers-do')).toBeGreaterThan(-2);
    await appRuns(page);
    await page.waitForTimeout(300);
    expect(Math.abs(await topOf(page, 'what-peers-do')), `${width} px`).toBeLessThan(2);
  }
  // The reader scrolls on from the heading; that scroll starts the app, which must not pull them back to it.
  await page.goto('/cards/united-kingdom#what-peers-do');
  const atHeading = await scrollY(page);
  await page.mouse.wheel(0, 600);
  await appRuns(page);
  await page.waitForTimeout(300);
  expect(await scrollY(page)).toBeGreaterThan(atHeading + 300);
});

test('Back and Forward return to each entry’s own position, within the app and across page loads', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/cards/open-dialogue');
  await page.mouse.wheel(0, 1800);
  await appRuns(page);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(1500);
  const first = await scrollY(page);
  // A link followed inside the app: a new entry, at the top. (Clicked where it is: Playwright's click would first
  // scroll it into view, and that position would be the one saved.)
  await page.locator('main .prose a[href^="/cards/"]').last().evaluate((a: HTMLElement) => a.click());
  await expect(page).not.toHaveURL(/\/cards\/open-dialogue$/);
  await expect.poll(() => scrollY(page)).toBe(0);
  await page.mouse.wheel(0, 700);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(500);
  const second = await scrollY(page);
  await page.goBack();
  await expect.poll(() => scrollY(page)).toBe(first);
  await page.goForward();
  await expect.poll(() => scrollY(page)).toBe(second);

  // A new page load in the same tab (a typed address), then Back to the entry left.
  await page.goto('/glossary');
  expect(await scrollY(page)).toBe(0);
  await page.goBack();
  await expect.poll(() => scrollY(page)).toBe(second);
  await page.keyboard.press('Shift');
  await appRuns(page);
  await page.waitForTimeout(300);
  expect(await scrollY(page)).toBe(second);
});

test('a long card keeps its height (within 5 %) while it is scrolled to the end, on a phone and a laptop', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/cards/open-dialogue');
    const heights: number[] = [];
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    heights.push(await height());
    for (let y = 0; y < heights[0]; y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      heights.push(await height());
    }
    const [min, max] = [Math.min(...heights), Math.max(...heights)];
    expect((max - min) / max, `${width} px: ${min}–${max} px`).toBeLessThanOrEqual(0.05);
  }
});
