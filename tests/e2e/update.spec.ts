import { expect, test } from '@playwright/test';
import type { AddressInfo, Server } from 'node:net';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from '../bench/static-server.mjs';
import { underServiceWorker, waitForApp } from './watch';

// A site of its own, so this test can publish a "new build" without touching the one other tests use.
let dir = '';
let server: Server;
let origin = '';
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'od-update-'));
  await cp(path.resolve('dist'), dir, { recursive: true });
  server = await serveStatic(dir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

test('a new build waits until the reader chooses to reload, then takes over', async ({ page }) => {
  await page.goto(`${origin}/cards/open-dialogue`);
  await underServiceWorker(page);
  await waitForApp(page);

  // The site is rebuilt: its service worker changes. The page finds it when it next checks.
  await appendFile(path.join(dir, 'sw.js'), '\n// a new build\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of the knowledge base is available.' });
  await expect(prompt).toBeVisible();
  // Until the reader chooses, the running version stays in control.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open Dialogue');
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(registration?.waiting), controlled: navigator.serviceWorker.controller !== null };
  });
  expect(after).toEqual({ waiting: false, controlled: true });
  await expect(page.getByText('A new version of the knowledge base is available.')).toHaveCount(0);
});
