/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/pipeline/vite-plugin.ts';
import { prerenderPlugin } from './src/prerender/vite-plugin.ts';
import { serviceWorkerPlugin } from './src/prerender/service-worker.ts';
import { absoluteUrl, siteFromEnv } from './src/prerender/site.ts';

// OD_CONTENT_DIR points the build at another content folder (the graph benchmark builds a synthetic one).
const contentRoot = path.resolve(import.meta.dirname, process.env.OD_CONTENT_DIR ?? 'content');
// SITE_URL (and BASE_PATH) at build time: where the site is deployed; see README "Deploying".
const site = siteFromEnv(process.env);

// React Router 7's package points every import at its development build, dev-only checks and warnings included
// (remix-run/react-router#12532, #14102). A build takes its production build, without them (1.7 KB less JavaScript
// for the browser). The dev server and tests keep the development build and its warnings.
const reactRouter = path.dirname(createRequire(import.meta.url).resolve('react-router/package.json'));
const reactRouterProduction = [
  { find: /^react-router$/, replacement: path.join(reactRouter, 'dist/production/index.mjs') },
  { find: /^react-router\/dom$/, replacement: path.join(reactRouter, 'dist/production/dom-export.mjs') },
];

export default defineConfig(({ command }) => ({
  base: site.base,
  // The site's absolute address, for what a reader copies out of the page (a card's citation).
  define: { 'import.meta.env.SITE_ROOT': JSON.stringify(absoluteUrl(site, '/')) },
  resolve: {
    alias: command === 'build' ? reactRouterProduction : [],
  },
  // One stylesheet, linked from every page: a prerendered page is fully styled before (and without) JavaScript,
  // and no route's styles arrive late to shift its layout. All of it is about 7 KB gzipped.
  // The manifest tells the prerender step which chunks each page preloads (it is removed from dist/ after).
  build: { cssCodeSplit: false, manifest: true },
  plugins: [
    contentPlugin(contentRoot),
    react(),
    prerenderPlugin(site),
    // Offline for workshops: every built file is precached, so after one visit every page, card, deck and chart
    // works without a network; a new build waits until the reader chooses to reload (src/ui/UpdatePrompt.tsx).
    serviceWorkerPlugin(),
  ],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 30_000,
    // Node would load `react-router` from its CommonJS build but `react-router/dom` from the ES one, and the two
    // would not share one router context: both come from the ES build, as in the app.
    alias: [
      { find: /^react-router$/, replacement: path.resolve(import.meta.dirname, 'node_modules/react-router/dist/development/index.mjs') },
      { find: /^react-router\/dom$/, replacement: path.resolve(import.meta.dirname, 'node_modules/react-router/dist/development/dom-export.mjs') },
    ],
  },
}));
