#!/usr/bin/env node
/* global process, console, window, document, performance, requestAnimationFrame, setTimeout */
/**
 * npm run bench:interaction — what a reading page's first interaction costs. A reading page starts its app on the
 * reader's first interaction (src/boot.ts), so that interaction also waits for React to run and hydrate. This bench
 * times, in Debian's Chromium with the CPU slowed 4× (Lighthouse's mobile setting), from the key press or click to
 * the next paint that shows its effect, 3 s after the page has loaded (its chunks prefetched meanwhile):
 *   - first: the reader did nothing before, so the app starts with this interaction;
 *   - scrolled: the reader scrolled a little first, which starts the app while they read;
 *   - warm: the app had already started.
 * A link's preview opens 400 ms after focus by design (OPEN_DELAY_MS in src/features/cards/useLinkPreview.ts): its
 * row counts from the focus, so the time the app adds is the figure less 400.
 * BENCH_RUNS (default 5) loads per case, medians printed (with ranges). Builds first unless BENCH_NO_BUILD is set.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 4198);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!process.env.BENCH_NO_BUILD) {
  const b = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/** Each case: a page, what the reader does, and the element (looked for every frame) that shows it took effect. */
const CASES = [
  { name: 'home: Ctrl+K shows the search dialog, field focused', page: '/', act: (p) => p.keyboard.press('Control+k'), done: 'dialog[open] input:focus' },
  { name: 'home: Ctrl+K, then results for "dialogue"', page: '/', act: async (p) => (await p.keyboard.press('Control+k'), await p.keyboard.type('dialogue')), done: 'dialog[open] [role=option]' },
  {
    name: 'card: first focus of a body link shows its preview (400 ms by design)',
    page: '/cards/open-dialogue',
    act: (p) => p.locator('.card-body a[href^="/cards/"]').first().focus(),
    done: '[role=tooltip]',
  },
  {
    name: 'compare: first hover of a cell shows its details',
    page: '/compare',
    viewport: { width: 1280, height: 1200 },
    act: async (p) => {
      const box = await p.locator('.matrix-cell').nth(3).boundingBox();
      await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    },
    done: '.value-details .details-title',
  },
  { name: 'card: `/` opens search', page: '/cards/open-dialogue', act: (p) => p.keyboard.press('/'), done: 'dialog[open] [role=combobox]' },
  {
    name: 'card: "Show two steps"',
    page: '/cards/open-dialogue',
    act: (p) => p.getByRole('button', { name: 'Show two steps' }).click(),
    done: '.local-graph button[aria-pressed="true"]',
  },
  {
    name: 'compare: "Full screen"',
    page: '/compare',
    act: (p) => p.getByRole('button', { name: 'Full screen' }).click(),
    done: '.export-bar button[aria-pressed="true"]',
  },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => (Number.isFinite(x) ? Math.round(x) : 'never');
const cell = (xs) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
const server = await serveStatic(path.join(root, 'dist'), PORT);
const browser = await chromium.launch({ executablePath: CHROME });

async function measure(c, before) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...(c.viewport ? { viewport: c.viewport } : {}) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`http://127.0.0.1:${PORT}${c.page}`);
  await page.waitForLoadState('networkidle');
  if (before === 'warm') {
    await page.keyboard.press('Shift');
    await page.waitForSelector('html[data-ready]');
  }
  if (before === 'scrolled') await page.mouse.wheel(0, 300);
  await page.waitForTimeout(3000);
  // Start the clock on the reader's own event (capture phase, before anything handles it); stop it after the
  // first frame that shows the effect has been painted.
  await page.evaluate((done) => {
    const check = () => document.querySelector(done) !== null;
    const start = (e) => {
      if (e.key === 'Shift' || window.__t0 !== undefined) return;
      window.__t0 = performance.now();
      const poll = () => (check() ? setTimeout(() => (window.__t1 = performance.now()), 0) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    };
    window.addEventListener('keydown', start, true);
    window.addEventListener('pointerdown', start, true);
    window.addEventListener('focusin', start, true);
    window.addEventListener('pointermove', start, true);
  }, c.done);
  await c.act(page);
  // An effect that has not shown in 5 s never will (the event was lost): counted as "never".
  const shown = await page.waitForFunction(() => window.__t1 !== undefined, null, { timeout: 5_000 }).then(() => true, () => false);
  const ms = shown ? await page.evaluate(() => window.__t1 - window.__t0) : Infinity;
  await context.close();
  return ms;
}

console.log(`First interaction on a reading page, CPU 4× slower, median of ${RUNS} (range) in ms\n`);
console.log('| Interaction | first (app starts) | scrolled first | warm (app running) |\n|---|---|---|---|');
for (const c of CASES) {
  const ms = { first: [], scrolled: [], warm: [] };
  for (let i = 0; i < RUNS; i++) for (const before of Object.keys(ms)) ms[before].push(await measure(c, before));
  console.log(`| ${c.name} | ${Object.values(ms).map(cell).join(' | ')} |`);
}
await browser.close();
server.close();
