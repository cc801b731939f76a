import { expect, type Page } from '@playwright/test';

/** Records what a user would count as broken: uncaught errors, console errors (CSP violations included). */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // The browser logs a document's 404 status as an error; that is the server being honest, not the app failing.
    const documentStatus = /status of 404/.test(m.text()) && m.location().url === page.url();
    if (m.type() === 'error' && !documentStatus) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Starts the app as a reader would and waits until it has hydrated (or rendered) over the static HTML. A reading
 * page starts its app on the first interaction (src/boot.ts): a press of Shift is one that does nothing else.
 */
export async function waitForApp(page: Page) {
  await page.keyboard.press('Shift');
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

/**
 * Puts `page` under the site's service worker: waits until the worker the page registered is active, then reloads,
 * so this page and every navigation after it go through the worker.
 */
export async function underServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}
