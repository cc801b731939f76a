import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { waitForApp } from './watch';

test.describe.configure({ timeout: 90_000 });

type Entry = { id: string; design: { value: string } };
const studies: Entry[] = parse(readFileSync(path.resolve(import.meta.dirname, '../../content/evidence/studies.yaml'), 'utf8'));
const trials = studies.filter((s) => s.design.value === 'randomised-trial');

const marks = (page: Page) => page.locator('.evidence-chart a.evidence-mark');
const rows = (page: Page) => page.getByRole('table').locator('tbody tr');
const ids = async (page: Page) => ({
  marks: await marks(page).evaluateAll((els) => els.map((e) => e.getAttribute('href')!.replace('#study-', ''))),
  rows: await rows(page).evaluateAll((els) => els.map((e) => e.id.replace('study-', ''))),
});

test('/evidence draws one mark per study, and its table lists the same studies', async ({ page }) => {
  await page.goto('/evidence');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evidence at a glance');
  await expect(page.getByText('No randomised trial of Open Dialogue has published its results')).toBeVisible();
  const shown = await ids(page);
  expect(shown.marks.sort()).toEqual(studies.map((s) => s.id).sort());
  expect(shown.rows.sort()).toEqual(shown.marks.sort());
  // A mark is a link to its row, named in words.
  await expect(marks(page).first()).toHaveAccessibleName(/\(.*\d{4}\): .*follow-up/);
});

test('filters change the URL, survive a reload, and the CSV has the studies shown', async ({ page }) => {
  await page.goto('/evidence');
  // The filters run once the app has started (after the first paint); before that the page lists every study.
  await waitForApp(page);
  await page.getByRole('combobox', { name: 'Design' }).selectOption('randomised-trial');
  await expect(page).toHaveURL(/\/evidence\?design=randomised-trial$/);
  await expect(marks(page)).toHaveCount(trials.length);
  await page.getByRole('combobox', { name: 'Country' }).selectOption('united-kingdom');
  await expect(page).toHaveURL(/design=randomised-trial&country=united-kingdom$/);
  const before = await ids(page);
  expect(before.rows).toEqual(before.marks);
  expect(before.marks.length).toBeGreaterThan(0);
  expect(before.marks.length).toBeLessThan(trials.length);

  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('combobox', { name: 'Design' })).toHaveValue('randomised-trial');
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('united-kingdom');
  await expect(marks(page)).toHaveCount(before.marks.length);
  expect(await ids(page)).toEqual(before);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download CSV/ }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  expect(lines[0]).toMatch(/^id,study,authors,year,year note,year sources,/);
  expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(before.rows.sort());

  await page.getByRole('combobox', { name: 'Outcome' }).selectOption('quality-of-evidence');
  await expect(page.getByText('No study matches these filters.')).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/evidence$/);
  await expect(marks(page)).toHaveCount(studies.length);
});

test('an unknown filter in a link is ignored with a notice', async ({ page }) => {
  await page.goto('/evidence?design=anecdote&outcome=relapse');
  await waitForApp(page);
  await expect(page.getByText('There is no study design “anecdote”; showing every design.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Outcome' })).toHaveValue('relapse');
});

test('/evidence has no axe violations in either scheme, and nothing is clipped at 1024, 1280 and 390 px', async ({ page }) => {
  await page.goto('/evidence');
  await waitForApp(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  for (const width of [1024, 1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    // The chart lays itself out again for the width it has.
    await page.waitForFunction(() => {
      const box = document.querySelector('.evidence-chart')!;
      return Number(box.querySelector('svg')!.getAttribute('width')) === Math.max(280, Math.floor(box.getBoundingClientRect().width));
    });
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      if (document.documentElement.scrollWidth > innerWidth) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
      const svg = document.querySelector('.evidence-chart svg')!.getBoundingClientRect();
      for (const el of document.querySelectorAll('.evidence-chart path, .evidence-chart text, .evidence-chart line')) {
        const r = el.getBoundingClientRect();
        if (r.left < svg.left - 0.5 || r.right > svg.right + 0.5 || r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5) {
          out.push(`${el.tagName} "${el.textContent}" outside the chart`);
        }
      }
      for (const el of document.querySelectorAll('.evidence-page h1, .evidence-page .filters select, .evidence-legend li, .export-bar button')) {
        const r = el.getBoundingClientRect();
        if (r.left < 0 || r.right > innerWidth) out.push(`${el.tagName} "${el.textContent?.slice(0, 30)}" is cut off`);
      }
      return out;
    });
    expect(problems, `at ${width} px`).toEqual([]);
  }
});

test('home, the webinar page and the question card link to /evidence', async ({ page }) => {
  for (const from of ['/', '/webinar', '/cards/question-value']) {
    await page.goto(from);
    await page.getByRole('main').getByRole('link', { name: /evidence at a glance/i }).first().click();
    await expect(page).toHaveURL(/\/evidence$/);
  }
});
