import { expect as baseExpect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { waitForApp } from './watch';

// A shared, busy machine makes page loads slow; give each test room.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const VIEWS = ['Matrix', 'Peer roles', 'Timeline', 'Table', 'Sources'] as const;

async function openView(page: Page, name: (typeof VIEWS)[number]) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

const VIEW_IDS: Record<(typeof VIEWS)[number], string> = { Matrix: 'matrix', 'Peer roles': 'peers', Timeline: 'timeline', Table: 'table', Sources: 'sources' };

// One test per view and scheme: axe over a large page is slow on a shared machine.
for (const scheme of ['light', 'dark'] as const) {
  for (const view of VIEWS) {
    test(`${view} view renders and is axe-clean (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/compare?view=${VIEW_IDS[view]}`);
      await waitForApp(page);
      await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
      const panel = page.getByRole('tabpanel');
      if (view === 'Matrix') await expect(panel.locator('svg.matrix-chart a')).toHaveCount(4 * 16);
      if (view === 'Peer roles') await expect(panel.locator('svg.matrix-chart a')).toHaveCount(4 * 5);
      if (view === 'Timeline') await expect(panel.locator('svg.timeline-chart a')).not.toHaveCount(0);
      if (view === 'Table') await expect(panel.getByRole('table').getByRole('row')).toHaveCount(1 + 4 * 16);
      if (view === 'Sources') await expect(panel.locator('.compare-sources li')).not.toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
}

test('the tabs switch views and write the choice into the URL', async ({ page }) => {
  await page.goto('/compare');
  await waitForApp(page);
  for (const view of VIEWS) await openView(page, view);
  await expect(page).toHaveURL(/\/compare\?view=sources$/);
  await page.getByRole('tab', { name: 'Sources' }).press('Home');
  await expect(page.getByRole('tab', { name: 'Matrix' })).toBeFocused();
  await expect(page).toHaveURL(/\/compare$/);
});

test('keyboard only: into the matrix, across cells with arrows, Enter opens the card at its heading', async ({ page }) => {
  await page.goto('/compare?countries=czech-republic,estonia&dims=start,peer-team');
  await waitForApp(page);
  const first = page.getByRole('link', { name: /^Czech Republic, When OD started/ });
  await first.focus();
  await expect(first).toBeFocused();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('June 2017');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('link', { name: /^Estonia, When OD started/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const eePeers = page.getByRole('link', { name: /^Estonia, Peers in the team: Not documented/ });
  await expect(eePeers).toBeFocused();
  await expect(details).toContainText('Not documented');
  await expect(page).toHaveURL(/sel=estonia:peer-team/);
  // The selection survives a reload: the focused cell keeps the tab stop.
  await page.reload();
  await expect(page.getByRole('link', { name: /^Estonia, Peers in the team/ })).toHaveAttribute('tabindex', '0');
  await page.getByRole('link', { name: /^Estonia, Peers in the team/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cards\/estonia#what-peers-do$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Estonia');
});

test('the three exports download the shown data with title, sources and link', async ({ page }) => {
  await page.goto('/compare?countries=netherlands,estonia');
  await waitForApp(page);
  const save = async (button: RegExp) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  };
  const svg = await save(/Download SVG/);
  expect(svg.name).toBe('open-dialogue-compare-matrix.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg[^>]*width="1920" height="1080"/);
  expect(text).toContain('Open Dialogue in four countries, compared: Matrix');
  expect(text).toContain('Sources: ');
  expect(text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/compare\?countries=netherlands,estonia/);
  expect(text).toContain('Netherlands');

  const png = await save(/Download PNG/);
  expect(png.name).toBe('open-dialogue-compare-matrix.png');
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  // IHDR: width and height at 2x presentation size.
  expect(png.bytes.readUInt32BE(16)).toBe(3840);
  expect(png.bytes.readUInt32BE(20)).toBe(2160);

  const csv = await save(/Download CSV/);
  expect(csv.name).toBe('open-dialogue-compare-matrix.csv');
  const lines = csv.bytes.toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('country,dimension,level,level_position,confidence,strength,text,sources,card');
  expect(lines).toHaveLength(1 + 2 * 16);
  expect(lines.filter((l) => l.startsWith('Estonia,Peers in the team,Not documented,,not-documented'))).toHaveLength(1);

  await openView(page, 'Timeline');
  const timeline = await save(/Download CSV/);
  expect(timeline.bytes.toString('utf8').split('\n')[0]).toBe('country,date,type,milestone,confidence,strength,sources');
});

test('"not documented" is hatched in the matrix and its legend, and nothing else is', async ({ page }) => {
  await page.goto('/compare');
  // The fill each box is drawn with (a stylesheet rule would win over the hatching's fill attribute).
  const fills = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
  const hatched = await fills('.matrix-cell.confidence-not-documented .cell-box');
  expect(hatched.length).toBeGreaterThan(10);
  for (const fill of hatched) expect(fill).toMatch(/^url\("?#compare-hatch"?\)$/);
  for (const fill of await fills('.matrix-cell:not(.confidence-not-documented) .cell-box')) expect(fill).not.toContain('url(');
  expect(await fills('.chart-legend rect.cell-box[fill]')).toEqual([expect.stringMatching(/^url\("?#compare-hatch-legend"?\)$/)]);
});

test('full screen for projectors, and back', async ({ page }) => {
  await page.goto('/compare');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect(page.locator('.compare-explorer')).toHaveClass(/is-fullscreen/);
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Exit full screen' }).click();
  await expect(page.locator('.compare-explorer')).not.toHaveClass(/is-fullscreen/);
});

test('an invalid link shows a polite notice and the rest of the page', async ({ page }) => {
  await page.goto('/compare?view=pie&countries=estonia,atlantis');
  await waitForApp(page);
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
  await expect(notice).toContainText('There is no view “pie”');
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('link', { name: /^Estonia, When OD started/ })).toBeVisible();
});

test('on a phone the matrix scrolls instead of shrinking, and no text is under 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare');
  await waitForApp(page);
  const scroller = page.locator('.chart-scroll');
  await expect(scroller.locator('svg')).toBeVisible();
  const sizes = await page.locator('.compare-explorer').evaluate((root) => {
    const all = [...root.querySelectorAll('text, p, li, label, button, td, th, summary, legend')];
    return all.filter((el) => el.getClientRects().length).map((el) => parseFloat(getComputedStyle(el).fontSize));
  });
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
});

test('reduced motion: no transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/compare');
  await waitForApp(page);
  const duration = await page.locator('.cell-box').first().evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(duration).toBeLessThan(0.001);
});

test('d3 and the comparison data load only with the compare route', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.some((u) => u.includes('compare-route'))).toBe(false);
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('compared');
  expect(scripts.some((u) => u.includes('compare-route'))).toBe(true);
});
