#!/usr/bin/env node
/* global process, console */
/**
 * npm run bench:build — build time and peak memory of `vite build` (content validation, client build and
 * prerendering of every page, with where the time went) for the real content and for generated knowledge bases of 1,000 and 5,000 cards.
 * Each generated base is built in a temporary copy of the project (src, config; node_modules linked) whose
 * content/ is the real one with generated cards added; the real project is not touched. Runs: BENCH_RUNS (default 1) per size, median shown.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const KINDS = ['principle', 'practice', 'term', 'question', 'study'];
const RELATIONS = ['related-to', 'part-of', 'extends', 'evidence-for'];

const sourceIds = [...readFileSync(path.join(root, 'content/sources.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);

function card(i, n) {
  const id = (k) => `card-${String(k).padStart(5, '0')}`;
  const other = (d) => id(((i + d) % n) + 1);
  const body = Array.from({ length: 4 }, (_, p) =>
    `## Section ${p + 1}\n\nThis generated paragraph ${p + 1} of card ${i} links to [[${other(p + 1)}]] and to ` +
    `[[${other(p * 7 + 3)}|another card]], so that backlinks and excerpts have work to do. It is long enough to ` +
    `look like a real card body, with **emphasis**, a list and some ordinary prose about dialogue and networks.\n\n` +
    `- one point\n- another point\n`).join('\n');
  return `---
title: Generated card ${i}
kind: ${KINDS[i % KINDS.length]}
reviewed: 2026-12-02
summary: A generated card for the build benchmark, number ${i}, with links to its neighbours.
tags: [generated, group-${i % 20}]
sources: [${sourceIds[i % sourceIds.length]}]
related:
  - card: ${other(1)}
    relation: ${RELATIONS[i % RELATIONS.length]}
---

${body}
`;
}

function projectCopy(n) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `od-bench-${n}-`));
  for (const f of ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json']) cpSync(path.join(root, f), path.join(dir, f));
  for (const d of ['src', 'public']) cpSync(path.join(root, d), path.join(dir, d), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The real content (every collection the app needs: glossary, webinar, comparison, decks, the home page's
  // cards) with n generated cards added.
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  for (let i = 1; i <= n; i++) writeFileSync(path.join(dir, `content/cards/card-${String(i).padStart(5, '0')}.mdx`), card(i, n));
  return dir;
}

/**
 * One build: seconds, peak resident memory (MB) and CPU seconds (user + system, all threads), as GNU time measures
 * them. CPU time varies less than elapsed time on a shared machine: it shows what a change saves in work.
 */
function build(dir) {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const r = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', process.execPath, vite, 'build'], {
    cwd: dir,
    env: { ...process.env, SITE_URL: 'https://bench.invalid/' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`build failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  return { seconds: Number(m[1]), mb: Number(m[2]) / 1024, cpu: Number(m[3]) + Number(m[4]), phases: phases(r.stdout) };
}

/**
 * A fixed piece of single-threaded work like a build's (objects, sorting, JSON, regular expressions), timed in its
 * own process just before each build: this machine's speed changes by the hour (the same build took 10 to 18 s on
 * one day), and this number says how fast it was when the build ran. Compare builds at similar figures.
 */
const MACHINE_CHECK = `
const t0 = performance.now();
let size = 0;
for (let round = 0; round < 4; round++) {
  const items = Array.from({ length: 40000 }, (_, i) => ({ id: 'card-' + ((i * 7919) % 40000), text: 'paragraph ' + i + ' links to [[card-' + (i % 97) + ']]' }));
  items.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  size += JSON.stringify(items).replace(/card-([0-9]+)/g, 'c$1').length;
}
if (size !== 9174604) throw new Error('machine check: unexpected result ' + size);
console.log(performance.now() - t0);
`;
function machineCheck() {
  const r = spawnSync(process.execPath, ['-e', MACHINE_CHECK], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`machine check failed:\n${r.stderr}`);
  return Number(r.stdout);
}

/** Vite's "✓ built in 850ms", "✓ built in 14.61s" or "✓ built in 1m 52s" (the first one: the client build), in seconds. */
function builtIn(log) {
  const m = /✓ built in (?:(\d+)m(?: |$))?(?:([\d.]+)(s|ms))?/m.exec(log);
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) / (m[3] === 'ms' ? 1000 : 1);
}

/** Where the time went, from the build's own log: content validation, client build, prerender (server build, pages). */
function phases(log) {
  const seconds = (re) => {
    const m = re.exec(log);
    return m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : NaN;
  };
  const threads = /pages \d+ ms in (\d+) threads/.exec(log)?.[1] ?? '?';
  return {
    content: seconds(/content: \d+ cards validated in (\d+) (ms)/),
    client: builtIn(log),
    server: seconds(/server build (\d+) (ms)/),
    pages: seconds(/pages (\d+) (ms) in/),
    threads,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(dir) {
  const results = Array.from({ length: runs }, () => ({ check: machineCheck(), ...build(dir) }));
  const mid = [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)];
  return {
    seconds: median(results.map((r) => r.seconds)),
    mb: median(results.map((r) => r.mb)),
    cpu: median(results.map((r) => r.cpu)),
    check: median(results.map((r) => r.check)),
    phases: mid.phases,
  };
}

const rows = [];
const realCards = readdirSync(path.join(root, 'content/cards')).filter((f) => f.endsWith('.mdx')).length;
console.log(`vite build (content validation + client build + prerender), median of ${runs} run(s), ${os.cpus().length} cores`);
console.log('knowledge base                 time (s)   CPU (s)   peak memory (MB)   ms per card   machine check (ms)   of which (s): content, client build (with content), server build, pages');
/** Builds one base and prints its row at once (a large base takes minutes); a failed build is reported, not fatal. */
function row(name, cards, dir) {
  try {
    const r = { name, cards, ...measure(dir) };
    rows.push(r);
    const p = r.phases;
    const of = `${p.content.toFixed(1)}, ${p.client.toFixed(1)}, ${p.server.toFixed(1)}, ${p.pages.toFixed(1)} (${p.threads} threads)`;
    console.log(`${r.name.padEnd(30)} ${r.seconds.toFixed(1).padStart(8)}   ${r.cpu.toFixed(1).padStart(7)}   ${r.mb.toFixed(0).padStart(16)}   ${((r.seconds * 1000) / Math.max(r.cards, 1)).toFixed(1).padStart(11)}   ${r.check.toFixed(0).padStart(18)}   ${of}`);
  } catch (error) {
    process.exitCode = 1;
    const reason = String(error.message).split('\n').find((l) => /error|exceed|invalid/i.test(l) && !l.startsWith('build failed')) ?? 'see above';
    console.log(`${name.padEnd(30)} build FAILED: ${reason.trim()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
row(`real content (${realCards} cards)`, realCards, projectCopy(0));
for (const n of sizes) row(`real + ${n} generated cards`, n + realCards, projectCopy(n));
const [a, b] = rows.filter((r) => r.cards >= 1000);
if (a && b) console.log(`growth ${a.cards} -> ${b.cards} cards: time x${(b.seconds / a.seconds).toFixed(2)}, memory x${(b.mb / a.mb).toFixed(2)} (cards x${(b.cards / a.cards).toFixed(1)})`);
