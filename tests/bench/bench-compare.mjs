// npm run bench:compare: time for the explorer to re-render after a selection change, in headless Chromium.
// Serves the production build (dist/, built by the npm script), toggles a country many times and reports the
// median from the click to the committed DOM change, and to the next frame. Goal: under 16 ms (one frame at 60 Hz).
import { chromium } from '@playwright/test';
/* global process, setTimeout, MessageChannel, console, document, performance, MutationObserver, requestAnimationFrame -- Node script; the page.evaluate body runs in the browser */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from './static-server.mjs';

// Not 4190: fetch-based clients refuse it (it is on the Fetch standard's list of blocked ports).
const PORT = Number(process.env.BENCH_PORT ?? 4198);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = 8;
const GOAL_MS = 16;
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = await serveStatic(path.resolve('dist'), PORT);
const base = `http://127.0.0.1:${PORT}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** Clicks `label`'s checkbox `runs` times; returns [click→DOM commit, click→next frame] in ms per run. */
async function measure(page, label, runs) {
  return page.evaluate(
    async ({ label, runs }) => {
      const box = [...document.querySelectorAll('.picker label')].find((l) => l.textContent.trim() === label).querySelector('input');
      const cells = () => document.querySelectorAll('.compare-chart a').length;
      const out = [];
      for (let i = 0; i < runs; i++) {
        const before = cells();
        const t0 = performance.now();
        const committed = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (cells() !== before) {
              mo.disconnect();
              resolve(performance.now());
            }
          });
          mo.observe(document.querySelector('.compare-panel'), { childList: true, subtree: true });
        });
        box.click();
        const t1 = await committed;
        // A task posted from the frame callback runs once that frame's style, layout and paint are done.
        const [t2, t3] = await new Promise((r) => {
          requestAnimationFrame(() => {
            const frameAt = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => r([frameAt, performance.now()]);
            channel.port2.postMessage(0);
          });
        });
        out.push([t1 - t0, t2 - t0, t3 - t0]);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    },
    { label, runs },
  );
}

try {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const scenarios = [
    ['Matrix, all 16 dimensions', '/compare'],
    ['Peer roles', '/compare?view=peers'],
    ['Timeline', '/compare?view=timeline'],
  ];
  console.log(`bench:compare — re-render after toggling a country, ${RUNS} runs each (after ${WARMUP} warm-up runs), headless Chromium`);
  console.log('Median ms from the click to: the DOM commit (the goal), the next frame callback, and the frame painted (style, layout, paint).');
  console.log(`Machine: load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (1, 5, 15 min)`);
  for (const [name, path] of scenarios) {
    await page.goto(base + path);
    await page.waitForSelector('.compare-chart a');
    await measure(page, 'Czech Republic', WARMUP);
    const runs = await measure(page, 'Czech Republic', RUNS);
    const commit = runs.map((r) => r[0]);
    const frame = runs.map((r) => r[1]);
    const painted = runs.map((r) => r[2]);
    const m = median(commit);
    console.log(
      `${name.padEnd(28)} commit median ${m.toFixed(2)} ms (p90 ${quantile(commit, 0.9).toFixed(2)}) · next frame ${median(frame).toFixed(2)} ms · painted ${median(painted).toFixed(2)} ms · goal ${GOAL_MS} ms · ratio ${(m / GOAL_MS).toFixed(2)} ${m < GOAL_MS ? 'OK' : 'OVER'}`,
    );
  }
  await browser.close();
} finally {
  server.close();
}
