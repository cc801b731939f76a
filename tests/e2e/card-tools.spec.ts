import { expect, test } from '@playwright/test';
import { parseBibtex } from '../bibtex-parse';
import { expectNoAxeViolations } from './axe';

test.describe.configure({ timeout: 90_000 });

test('"Cite this card" copies APA, BibTeX and RIS with the card\'s address and date, from the keyboard too', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/cards/nineteen-year-register-study');
  await expect(page.getByText('Last reviewed 2 December 2026')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'What this means for practice' })).toContainText('observational');
  await page.getByText('Cite this card').click();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const address = /^https?:\/\/[^/]+\/(.+\/)?cards\/nineteen-year-register-study$/;

  await page.getByRole('button', { name: 'Copy APA' }).click();
  await expect(page.locator('[data-format="apa"]').getByRole('status')).toHaveText('Copied');
  const apa = await clipboard();
  expect(apa).toMatch(/^Open Dialogue knowledge base\. \(2026, December 2\)\. Nineteen-year register study.*\. https?:\/\/\S+$/);
  expect(apa.split(' ').at(-1)).toMatch(address);

  // From the keyboard: focus the button and press Enter.
  await page.getByRole('button', { name: 'Copy BibTeX' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-format="bibtex"]').getByRole('status')).toHaveText('Copied');
  const entry = parseBibtex(await clipboard());
  expect(entry.type).toBe('misc');
  expect(entry.key).toMatch(/^[a-z0-9-]+$/);
  expect(entry.fields).toMatchObject({ author: '{Open Dialogue knowledge base}', year: '2026', date: '2026-12-02' });
  expect(entry.fields.title).toMatch(/^\{Nineteen-year register study/);
  expect(entry.fields.url).toMatch(address);

  await page.getByRole('button', { name: 'Copy RIS' }).press('Space');
  await expect(page.locator('[data-format="ris"]').getByRole('status')).toHaveText('Copied');
  const ris = (await clipboard()).split('\n');
  expect(ris[0]).toBe('TY  - ELEC');
  expect(ris.at(-1)).toBe('ER  - ');
  expect(ris).toContain('DA  - 2026/12/02');
  expect(ris.find((l) => l.startsWith('UR  - '))!.slice(6)).toMatch(address);
  for (const line of ris) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
});

test('the contents list links land on their headings, beside the text on wide screens and folded on a phone', async ({ page }) => {
  await page.goto('/cards/open-dialogue');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const main = await page.locator('.card-body').boundingBox();
  const box = await toc.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(main!.x + main!.width); // in the column right of the text
  for (let i = 0; i < count; i++) {
    const href = (await links.nth(i).getAttribute('href'))!;
    await links.nth(i).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const heading = page.locator(href);
    await expect(heading).toBeInViewport();
    expect((await heading.boundingBox())!.y).toBeLessThan(120);
    // Sticky: the list stays in view wherever the reader is.
    await expect(links.nth(i)).toBeInViewport();
  }

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/cards/open-dialogue');
  await expect(links.first()).toBeHidden();
  await toc.getByText('On this page').click();
  await expect(links.first()).toBeVisible();
  const href = (await links.nth(1).getAttribute('href'))!;
  await links.nth(1).click();
  expect((await page.locator(href).boundingBox())!.y).toBeLessThan(120);

  // A card with fewer than three sections has no contents list.
  await page.goto('/cards/dagmar-narusson');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
});
