/**
 * `npm run bench:graph`: medians for synthetic knowledge bases.
 *  1. Build-time layout (d3-force, src/content/pipeline/graph-layout.ts) for 100, 1,000 and 5,000 cards.
 *  2. In headless Chromium, the graph page built with 1,000 cards (BENCH_BROWSER_SIZES to change): time to
 *     interactive after navigation (the page's "graph-interactive" mark: nodes drawn, zoom attached) and the frame
 *     time while panning and zooming.
 * Goals (issue 5): layout for 1,000 cards < 5 s; page interactive < 1 s; 60 frames per second.
 * Env: BENCH_PORT (default 4183), BENCH_RUNS, BENCH_BROWSER_SIZES=100,1000, BENCH_SKIP_LAYOUT=1, BENCH_REUSE_BUILD=1,
 * CHROMIUM_PATH.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { layoutGraph, thetaFor, ticksFor } from '../../src/content/pipeline/graph-layout.ts';
import { cardEdges } from '../../src/lib/graph.ts';
import { syntheticCards, writeSyntheticContent } from './synthetic-kb.ts';

const root = path.resolve(import.meta.dirname, '../..');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

function benchLayout() {
  console.log('Build-time layout (d3-force, ~5 links per card; wall clock, and CPU time as the machine may be shared)');
  for (const [n, runs] of [[100, 7], [1000, 5], [5000, 3]] as const) {
    const cards = syntheticCards(n);
    const edges = cardEdges(cards);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < Number(process.env.BENCH_RUNS ?? runs); r++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      layoutGraph(cards.map((c) => c.id), edges);
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
      times.push(performance.now() - t0);
    }
    const goal = n === 1000 ? `  (goal < 5 s: ${median(times) < 5000 ? 'met' : 'NOT met'})` : '';
    console.log(
      `  ${String(n).padStart(5)} cards, ${edges.length} links, ${ticksFor(n)} ticks, theta ${thetaFor(n).toFixed(2)}: median ${fmt(median(times))} (CPU ${fmt(median(cpu))}) of ${times.length} runs${goal}`,
    );
  }
}

/**
 * Runs in the page: dispatches one pan (drag) or zoom (wheel) event per animation frame and resolves with the
 * frame intervals. Sent as source text, because the TypeScript runner adds helpers to compiled functions that do
 * not exist in the page.
 */
const DRIVE = `({ kind, frames }) =>
      new Promise((resolve) => {
        const svg = document.querySelector('svg.graph-canvas');
        const box = svg.getBoundingClientRect();
        const cx = box.left + box.width / 2;
        const cy = box.top + box.height / 2;
        const times = [];
        let i = 0;
        if (kind === 'pan') svg.dispatchEvent(new MouseEvent('mousedown', { clientX: cx, clientY: cy, bubbles: true, view: window, button: 0 }));
        const step = (t) => {
          times.push(t);
          if (i++ >= frames) {
            if (kind === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { clientX: cx, clientY: cy, bubbles: true, view: window }));
            resolve(times.slice(1).map((v, j) => v - times[j]));
            return;
          }
          const dx = Math.sin(i / 10) * 150;
          if (kind === 'pan') window.dispatchEvent(new MouseEvent('mousemove', { clientX: cx + dx, clientY: cy + dx / 2, bubbles: true, view: window }));
          else svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 40 < 20 ? -30 : 30, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      })`;

/** Frame intervals while panning or zooming the graph page. */
async function frameTimes(page: Page, kind: 'pan' | 'zoom', frames = 90): Promise<number[]> {
  return page.evaluate(`(${DRIVE})(${JSON.stringify({ kind, frames })})`);
}

async function benchPage(n: number, port: number) {
  const dir = await writeSyntheticContent(root, n, path.join(tmpdir(), `od-bench-content-${n}`));
  const outDir = path.join(tmpdir(), `od-bench-dist-${n}`);
  process.env.OD_CONTENT_DIR = dir;
  // BENCH_REUSE_BUILD=1 measures the page again without rebuilding (while tuning the page itself).
  if (!(process.env.BENCH_REUSE_BUILD && existsSync(outDir))) {
    await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  }
  const server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const tti: number[] = [];
    const ttiBusy: number[] = [];
    let drawn = 0;
    for (let r = 0; r < Number(process.env.BENCH_RUNS ?? 5); r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // Main-thread busy time (Chromium's TaskDuration) next to wall-clock time: on a shared, loaded machine the
      // wall clock also counts waiting for a CPU.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const busy = async () =>
        ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      await page.goto(`http://127.0.0.1:${port}/graph`);
      await page.waitForFunction(() => performance.getEntriesByName('graph-interactive').length > 0);
      tti.push(await page.evaluate(() => performance.getEntriesByName('graph-interactive')[0].startTime));
      ttiBusy.push(await busy());
      drawn = await page.locator('.graph-node').count();
      if (r === 0) {
        for (const kind of ['pan', 'zoom'] as const) {
          const before = await busy();
          const xs = await frameTimes(page, kind);
          const perFrame = ((await busy()) - before) / xs.length;
          console.log(
            `  ${kind} frame time: median ${fmt(median(xs))} (${(1000 / median(xs)).toFixed(0)} fps), p95 ${fmt(pct(xs, 0.95))} over ${xs.length} frames; main-thread work ${fmt(perFrame)} per frame`,
          );
        }
      }
      await context.close();
    }
    console.log(
      `  ${drawn} cards drawn; time to interactive after navigation: median ${fmt(median(tti))} (main thread busy ${fmt(median(ttiBusy))}) of ${tti.length} loads (goal < 1 s: ${median(tti) < 1000 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

if (!process.env.BENCH_SKIP_LAYOUT) benchLayout();
for (const n of (process.env.BENCH_BROWSER_SIZES ?? '1000').split(',').map(Number)) {
  console.log(`\nGraph page in headless Chromium, ${n} cards (synthetic cards added to a copy of content/)`);
  await benchPage(n, Number(process.env.BENCH_PORT ?? 4183));
}
