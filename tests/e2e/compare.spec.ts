import { expect as baseExpect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { waitForApp, watchErrors } from './watch';

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
      if (view === 'Matrix') await expect(panel.locator('table.matrix-chart a')).toHaveCount(4 * 16);
      if (view === 'Peer roles') await expect(panel.locator('table.matrix-chart a')).toHaveCount(4 * 5);
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

test('the exports: slide images with title, caption, every source and the site link; no CSP violation or console error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  await page.goto('/compare?countries=netherlands,estonia&origin=finland');
  await waitForApp(page);
  const save = async (button: RegExp) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  };
  // The link on the image is on the deployed host (SITE_URL, the page's canonical link), not the local preview's.
  const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  const svg = await save(/Download SVG/);
  expect(svg.name).toBe('open-dialogue-compare-matrix.svg');
  const text = svg.bytes.toString('utf8');
  const height = Number(/^<svg[^>]*width="1920" height="(\d+)"/.exec(text)![1]);
  expect(height).toBeGreaterThanOrEqual(1080);
  expect(text).toContain('Open Dialogue in four countries, compared: Matrix');
  expect(text).toContain('Finland (Western Lapland) as the reference, Netherlands, Estonia');
  expect(text).toContain('Sources: ');
  expect(text).not.toContain('…');
  expect(text).not.toMatch(/\sstyle=/);
  expect(text).toContain(`${site}/compare?countries=netherlands,estonia&amp;origin=finland`);

  const png = await save(/Download PNG/);
  expect(png.name).toBe('open-dialogue-compare-matrix.png');
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  // IHDR: width and height at 2x the image's size.
  expect(png.bytes.readUInt32BE(16)).toBe(3840);
  expect(png.bytes.readUInt32BE(20)).toBe(2 * height);

  const csv = await save(/Download CSV/);
  expect(csv.name).toBe('open-dialogue-compare-matrix.csv');
  const lines = csv.bytes.toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('country,dimension,level,level_position,confidence,strength,text,sources,card');
  expect(lines).toHaveLength(1 + 3 * 16);
  expect(lines.filter((l) => l.startsWith('Estonia,Peers in the team,Not documented,,not-documented'))).toHaveLength(1);

  // Peer roles fits a 16:9 slide at 3840x2160.
  await openView(page, 'Peer roles');
  const peers = await save(/Download PNG/);
  expect([peers.bytes.readUInt32BE(16), peers.bytes.readUInt32BE(20)]).toEqual([3840, 2160]);

  await openView(page, 'Timeline');
  const timeline = await save(/Download SVG/);
  const tl = timeline.bytes.toString('utf8');
  expect(tl).not.toMatch(/hatch|tint/);
  // The sources line names the milestones' sources of every shown country, the Finnish ones included.
  for (const s of ['Olson et al. 2014', 'Lorenz-Artz', 'ProVida']) expect(tl).toContain(s);
  await save(/Download PNG/);
  const tcsv = await save(/Download CSV/);
  expect(tcsv.bytes.toString('utf8').split('\n')[0]).toBe('country,date,type,milestone,confidence,strength,sources');
  expect(errors).toEqual([]);
});

test('"not documented" is hatched in the matrix, and nothing else is', async ({ page }) => {
  await page.goto('/compare');
  const backgrounds = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundImage));
  const hatched = await backgrounds('.matrix-td.confidence-not-documented');
  expect(hatched.length).toBeGreaterThan(10);
  for (const b of hatched) expect(b).toContain('repeating-linear-gradient');
  for (const b of await backgrounds('.matrix-td:not(.confidence-not-documented)')) expect(b).toBe('none');
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

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  test('on a phone: one dimension at a time across the countries, controls behind one button, details under the cell', async ({ page }) => {
  await page.goto('/compare?origin=finland');
  await waitForApp(page);
  await expect(page.getByRole('checkbox', { name: 'United Kingdom' })).toBeHidden();
  const toggle = page.getByRole('button', { name: /countries, dimensions and downloads/ });
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: 'United Kingdom' })).toBeVisible();
  await toggle.click();
  // Each cell names its country; the first row reads down the five columns.
  const firstRow = page.locator('tr.matrix-row').first();
  await expect(firstRow.locator('.cell-country')).toHaveText(['Finland (Western Lapland)', 'United Kingdom', 'Czech Republic', 'Netherlands', 'Estonia']);
  const cell = page.getByRole('link', { name: /^Netherlands, Stage of implementation/ });
  await cell.tap();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('Netherlands · Stage of implementation');
  await expect(page).toHaveURL(/\/compare\?.*sel=netherlands:stage/);
  const [c, d] = [await cell.boundingBox(), await details.boundingBox()];
  expect(d!.y).toBeGreaterThanOrEqual(c!.y + c!.height - 1);
  expect(d!.y - (c!.y + c!.height)).toBeLessThan(40);
  const sizes = await page.locator('.compare-explorer').evaluate((root) => {
    const all = [...root.querySelectorAll('text, p, li, label, button, td, th, summary, legend, span')];
    return all.filter((el) => el.getClientRects().length && el.textContent?.trim()).map((el) => parseFloat(getComputedStyle(el).fontSize));
  });
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
});
});

test('reduced motion: no transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/compare');
  await waitForApp(page);
  const duration = await page.locator('.matrix-cell').first().evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
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

/**
 * Every country header and cell lies inside the visible area of its box, with no sideways scrolling, at the screens
 * trainers and readers use; the widths are walked in one page to stay fast.
 */
async function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    for (const box of document.querySelectorAll<HTMLElement>('.chart-box')) {
      if (box.scrollWidth > box.clientWidth + 1 && !box.classList.contains('timeline-box')) out.push(`chart box scrolls sideways (${box.scrollWidth} > ${box.clientWidth})`);
      const frame = box.getBoundingClientRect();
      const items = box.querySelectorAll<Element>('thead th, .matrix-td, .timeline-point, svg.timeline-chart text');
      for (const el of items) {
        const r = el.getBoundingClientRect();
        if (!r.width) continue;
        if (r.left < frame.left - 1 || r.right > frame.right + 1) out.push(`${el.className || el.tagName} "${el.textContent?.slice(0, 30)}" outside its box (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(frame.left)}–${Math.round(frame.right)})`);
      }
    }
    return out;
  });
}

const WIDTHS = [1024, 1280, 1366, 1920];

test('fits every real screen: page, full screen and a deck embed, matrix, peer roles and timeline, with and without Finland', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/compare?origin=finland', '/compare']) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(path);
    await waitForApp(page);
    for (const view of ['Matrix', 'Peer roles', 'Timeline'] as const) {
      await openView(page, view);
      for (const width of [...WIDTHS, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
        // The timeline keeps a least width on a phone and scrolls inside its own box there, never the page.
        await expect.poll(() => fitProblems(page).then((p) => (width === 390 && view === 'Timeline' ? p.filter((x) => !x.includes('outside its box')) : p)), { message: `${path} ${view} at ${width}` }).toEqual([]);
      }
    }
  }
  // Country headers stay in view while the rows scroll.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, 'Matrix');
  await page.getByRole('rowheader', { name: /^Peers leading it/ }).scrollIntoViewIfNeeded();
  const head = await page.locator('thead th').first().boundingBox();
  expect(head!.y).toBeGreaterThanOrEqual(0);
  expect(head!.y).toBeLessThan(80);
  // Full screen at a projector's 1280x720 and 1024x768.
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect(page.locator('.compare-explorer')).toHaveClass(/is-fullscreen/);
  for (const view of ['Matrix', 'Peer roles', 'Timeline'] as const) {
    await openView(page, view);
    for (const [width, height] of [[1280, 720], [1024, 768]]) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => fitProblems(page), { message: `full screen ${view} at ${width}` }).toEqual([]);
    }
  }
  await page.getByRole('button', { name: 'Exit full screen' }).click();
  // A deck slide frames /embed/compare at 1280x720.
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const view of ['', 'view=peers&', 'view=timeline&']) {
    await page.goto(`/embed/compare?${view}origin=finland`);
    await waitForApp(page);
    await expect(page.locator('thead th, svg.timeline-chart').first()).toBeVisible();
    await expect.poll(() => fitProblems(page), { message: `embed ${view}` }).toEqual([]);
  }
  // A deck's comparison slide at 1280x720 frames it in about 1170 x 420 px: a view of a slide's size fits that
  // frame, since a clicker cannot scroll it.
  await page.setViewportSize({ width: 1168, height: 420 });
  for (const view of ['dims=stage,settings,leads&', 'view=peers&', 'view=timeline&']) {
    await page.goto(`/embed/compare?${view}origin=finland`);
    await waitForApp(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight - innerHeight), { message: `embed ${view} in a slide's frame` }).toBeLessThanOrEqual(1);
  }
});

test('prints with the data on page 1, every country, no controls, the link and date at the foot', async ({ page }) => {
  await page.goto('/compare?origin=finland');
  await waitForApp(page);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 740, height: 1000 });
  await expect(page.locator('.compare-controls')).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.locator('.origin-toggle')).toBeHidden();
  const footer = page.locator('.print-footer');
  await expect(footer).toBeVisible();
  const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  await expect(footer).toContainText(`${site}/compare?origin=finland`);
  await expect(footer).toContainText(/printed \d{1,2} \w+ \d{4}/);
  await expect.poll(() => fitProblems(page)).toEqual([]);
  await expect(page.locator('thead th')).toHaveText([/Finland/, 'United Kingdom', 'Czech Republic', 'Netherlands', 'Estonia']);
  // The grid starts on page 1 (A4 at 96 dpi is about 1,000 px tall inside the margins).
  const top = await page.locator('table.matrix-chart').boundingBox();
  expect(top!.y).toBeLessThan(400);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('ascii')).toBe('%PDF');
});
