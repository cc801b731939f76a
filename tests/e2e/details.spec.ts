import { expect, test } from '@playwright/test';

/** Smaller things a reader notices (issue 26): each held here. */

test('a path step counts as read once the reader reaches its end, not as soon as it opens', async ({ page }) => {
  await page.goto('/paths/combining-models');
  const total = await page.getByRole('region', { name: 'Steps' }).getByRole('listitem').count();
  await page.getByRole('link', { name: /^Start with step 1/ }).click();
  await expect(page.getByRole('navigation', { name: 'Guided path', exact: true })).toContainText(`Step 1 of ${total}`);
  await page.goBack();
  await expect(page.getByText(`Read 0 of ${total} steps`)).toBeVisible();
  await page.getByRole('link', { name: /^Start with step 1/ }).click();
  await page.getByRole('navigation', { name: 'Next in the guided path' }).scrollIntoViewIfNeeded();
  await page.goBack();
  await expect(page.getByText(`Read 1 of ${total} steps`)).toBeVisible();
});

test('the glossary names its languages as a sentence does, and each translation cites its sources in order', async ({ page }) => {
  await page.goto('/glossary');
  await expect(page.getByText(/Terms are given in [A-Z][a-z]+(, [A-Z][a-z]+)* or [A-Z][a-z]+ only where/)).toBeVisible();
  const refs = await page.locator('.glossary-refs').evaluateAll((els) => els.map((el) => [...el.querySelectorAll('a')].map((a) => Number(a.textContent))));
  expect(refs.some((r) => r.length > 1)).toBe(true);
  for (const r of refs) expect(r).toEqual([...r].sort((a, b) => a - b));
});

test('without JavaScript the 404 page does not claim the address was /404', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('There is no page at this address.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('/404');
  await context.close();
  // With JavaScript the page names the address asked for.
  const js = await browser.newPage();
  await js.goto('/no/such/page');
  await expect(js.locator('main code')).toHaveText('/no/such/page');
  await js.close();
});

test('the preview server sends pages compressed, as a static host does', async ({ request }) => {
  for (const url of ['/', '/cards/open-dialogue', '/no/such/page']) {
    const response = await request.get(url, { headers: { Accept: 'text/html', 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], url).toBe('gzip');
    expect(await response.text(), url).toContain('<!doctype html>');
  }
});
