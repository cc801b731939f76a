import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { waitForApp } from './watch';

const node = (id: string) => `.graph-node[data-id="${id}"]`;

test('graph page renders every card, filters by kind, and a mark opens its card', async ({ page }) => {
  test.slow();
  await page.goto('/graph');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Graph');
  const picture = page.getByRole('img', { name: /^Graph of \d+ of \d+ cards/ });
  await expect(picture).toBeVisible();
  const total = await page.locator('.graph-node').count();
  expect(total).toBeGreaterThan(5);
  await page.getByRole('checkbox', { name: /Approaches/ }).uncheck();
  await expect(page).toHaveURL(/kind=principle/);
  await expect(page.locator(node('open-dialogue'))).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Approaches/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.graph-node')).toHaveCount(total);
  await page.locator(node('tolerance-of-uncertainty')).click();
  await expect(page).toHaveURL(/\/cards\/tolerance-of-uncertainty$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tolerance of uncertainty');
});

test('graph page pans and zooms without losing the picture', async ({ page }) => {
  await page.goto('/graph');
  await waitForApp(page);
  const zoomed = page.locator('.graph-zoomed');
  await expect(zoomed).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoomed).not.toHaveAttribute('transform', 'translate(0,0) scale(1)');
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  const mark = page.locator(node('open-dialogue'));
  const centre = async () => {
    const b = (await mark.boundingBox())!;
    return [b.x + b.width / 2, b.y + b.height / 2];
  };
  const [x0, y0] = await centre();
  await page.mouse.move(box.x + 40, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 140, box.y + 120, { steps: 5 });
  const movedBy = async (dx: number, dy: number) => {
    const [x, y] = await centre();
    return Math.max(Math.abs(x - x0 - dx), Math.abs(y - y0 - dy)) < 2;
  };
  // The picture follows the pointer while dragging (the drawn layer moves) ...
  await expect.poll(() => movedBy(100, 60)).toBe(true);
  await page.mouse.up();
  // ... and once released, the view settles into the SVG itself (drawn crisply again), where it was dropped.
  await expect.poll(() => page.locator('svg.graph-canvas').evaluate((e) => e.style.transform)).toBe('');
  expect(await movedBy(100, 60)).toBe(true);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(zoomed).toHaveAttribute('transform', 'translate(0,0) scale(1)');
});

test('search highlights as you type, and two chosen cards show the shortest chain', async ({ page }) => {
  await page.goto('/graph');
  await waitForApp(page);
  await page.getByLabel('Find a card').fill('uncert');
  await expect(page.locator(node('tolerance-of-uncertainty'))).toHaveClass(/is-lit/);
  await expect(page.getByText(/1 card matches/)).toBeVisible();
  await page.getByLabel('Find a card').fill('');
  await page.getByLabel('From').selectOption('tolerance-of-uncertainty');
  await page.getByLabel('To').selectOption('webinar-four-countries');
  await expect(page).toHaveURL(/from=tolerance-of-uncertainty&to=webinar-four-countries/);
  const chain = page.locator('.graph-path-result');
  await expect(chain).toContainText('Tolerance of uncertainty');
  await expect(chain).toContainText('Webinar: Open Dialogue');
  await expect(page.locator('.graph-node.is-lit')).toHaveCount(await chain.getByRole('link').count());
  await expect(page.locator('.graph-edges.is-path')).toBeVisible();
});

test('the graph as a table is reachable by keyboard', async ({ page }) => {
  await page.goto('/graph');
  await waitForApp(page);
  const summary = page.getByText(/The graph as a table/);
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Open Dialogue', exact: true })).toBeVisible();
  await table.getByRole('button', { name: 'Highlight Open Dialogue in the graph' }).press('Enter');
  await expect(page.locator(node('open-dialogue'))).toHaveClass(/is-lit/);
});

test('a card link previews its card on keyboard focus; Escape closes it', async ({ page }) => {
  await page.goto('/cards/tolerance-of-uncertainty');
  await waitForApp(page);
  // The body's first link to the Network meeting card (its label is the writer's, so find it by address).
  const link = page.locator('.card-body a[href="/cards/network-meeting"]').first();
  await link.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Network meeting');
  // The preview sits beside the link, never over it.
  const l = (await link.boundingBox())!;
  const t = (await tip.boundingBox())!;
  expect(t.y >= l.y + l.height || t.y + t.height <= l.y).toBe(true);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('the card page shows its local graph, and two steps on request', async ({ page }) => {
  await page.goto('/cards/tolerance-of-uncertainty');
  await waitForApp(page);
  const region = page.getByRole('region', { name: 'Connections' });
  const before = await region.locator('.local-graph-node').count();
  await region.getByRole('button', { name: 'Show two steps' }).click();
  await expect.poll(() => region.locator('.local-graph-node').count()).toBeGreaterThan(before);
});

test('only the graph route loads the zoom code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (r) => r.url().endsWith('.js') && scripts.push(r.url()));
  await page.goto('/cards/open-dialogue');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const cardScripts = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())));
  expect(cardScripts.some((s) => s.includes('__zoom'))).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    // axe-core over a whole graph and its table takes a while on a busy 2-core machine.
    test.slow();
    test('graph page (with a chain, search and the table open) has no WCAG 2.2 A/AA violations', async ({ page }) => {
      await page.goto('/graph?q=open&from=tolerance-of-uncertainty&to=care-model');
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByText(/The graph as a table/).click();
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoAxeViolations(page);
    });
    test('card page with an open preview and two-step graph has no violations', async ({ page }) => {
      await page.goto('/cards/open-dialogue');
      await waitForApp(page);
      await page.getByRole('button', { name: 'Show two steps' }).click();
      await page.locator('.card-body').getByRole('link').first().focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
