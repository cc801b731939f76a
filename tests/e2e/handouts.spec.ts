import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** The page printed to A4 as Chromium prints it (its @page rules, margin boxes included), and the PDF's text. */
async function printed(page: Page, path: string, file: string) {
  await page.goto(path);
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pages, text, file };
}

/** The origin the build was given (SITE_URL), as every page's canonical link carries it. */
async function siteOrigin(page: Page) {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}

const COUNTRIES = ['United Kingdom', 'Czech Republic', 'Netherlands', 'Estonia'];

test('the seven-principles handout prints on at most 6 A4 pages compact and 14 in full, with addresses, QR codes and a footer', async ({ page }, info) => {
  test.setTimeout(90_000);
  const compact = await printed(page, '/decks/seven-principles/handout/compact', info.outputPath('compact.pdf'));
  const origin = await siteOrigin(page);
  expect(compact.pages).toBeLessThanOrEqual(6);
  const full = await printed(page, '/decks/seven-principles/handout', info.outputPath('full.pdf'));
  expect(full.pages).toBeLessThanOrEqual(14);
  // Fewer pages in compact, and every card in both, with its address on the site's host and a QR code.
  expect(compact.pages).toBeLessThan(full.pages);
  for (const { text } of [compact, full]) {
    expect(text).toContain(`${origin}/cards/immediate-help`);
    expect(text).toContain(`${origin}/cards/twelve-key-elements`);
    expect(text).not.toMatch(/Online: \/cards/);
  }
  // One per card of the deck (13; a card shown on two slides prints once).
  expect(await page.getByRole('img', { name: /^QR code for the card / }).count()).toBe(13);
  // In full, each card's whole text; in compact, its summary and key points: far less.
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  expect(words(full.text)).toBeGreaterThan(2 * words(compact.text));
  // The footer of every page: the date, the handout's address and the page number.
  const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  for (let n = 1; n <= full.pages; n++) {
    const pageText = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), full.file, '-'], { encoding: 'utf8' });
    expect(pageText).toContain(`Page ${n} of ${full.pages}`);
    expect(pageText).toContain(`${date} · ${origin}/decks/seven-principles/handout`);
    // No nearly blank page: each holds a good share of text (the last may be shorter).
    if (n < full.pages) expect(pageText.split(/\s+/).length).toBeGreaterThan(150);
  }
  // Source numbers of two digits print whole, inside the page's margin (14 mm, about 40 pt).
  const boxes = execFileSync('pdftotext', ['-bbox', full.file, '-'], { encoding: 'utf8' });
  const ten = /<word xMin="([\d.]+)"[^>]*>10\.<\/word>/.exec(boxes);
  expect(ten).not.toBeNull();
  expect(Number(ten![1])).toBeGreaterThan(39);
});

test('a comparison slide prints as its table with all four countries, in both handouts', async ({ page }, info) => {
  for (const mode of ['', '/compact']) {
    const { text } = await printed(page, `/decks/webinar-four-countries/handout${mode}`, info.outputPath(`webinar${mode.replace('/', '-')}.pdf`));
    const origin = await siteOrigin(page);
    const table = text.slice(text.indexOf('Where Open Dialogue stands in each country'), text.indexOf(`${origin}/compare?dims=stage`));
    expect(table.length).toBeGreaterThan(200);
    for (const country of COUNTRIES) expect(table).toContain(country);
    expect(table).toContain('Stage of');
  }
});

test('the webinar sheet fits one A4 page with the host, the speakers, the five questions and where to read on', async ({ page }, info) => {
  await page.goto('/webinar');
  await page.getByRole('link', { name: 'the webinar on one printed page' }).click();
  await expect(page).toHaveURL(/\/webinar\/handout$/);
  const { pages, text } = await printed(page, '/webinar/handout', info.outputPath('webinar-sheet.pdf'));
  const origin = await siteOrigin(page);
  expect(pages).toBe(1);
  expect(text).toContain('Jean Pierre Wilken');
  for (const country of COUNTRIES) expect(text).toContain(`speaker for ${country}`);
  for (const path of ['value-of-open-dialogue', 'peer-workers-and-professions', 'changing-practice', 'combining-models', 'implementing-open-dialogue']) {
    expect(text.replace(/\s+/g, '')).toContain(`${origin}/paths/${path}`);
  }
  expect(await page.getByRole('img', { name: /^QR code for the guided path/ }).count()).toBe(5);
});
