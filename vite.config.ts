/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/content/build/vite-plugin.ts';
import { prerenderPlugin } from './src/prerender/vite-plugin.ts';
import { siteFromEnv } from './src/prerender/site.ts';

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
    // Offline for workshops: every built file is precached, so after one visit every page, card, deck and chart
    // works without a network; a new build waits until the reader chooses to reload (src/ui/UpdatePrompt.tsx).
    // Our own worker (src/app/sw.ts) with the file list injected: workbox's generated one ran babel and
    // terser over the whole list, about 5 s at 1,000 cards.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app',
      filename: 'sw.ts',
      registerType: 'prompt',
      // After the prerender step (its closeBundle runs 'pre'), so prerendered pages are precached as written.
      integration: { closeBundleOrder: 'post' },
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Open Dialogue knowledge base',
        short_name: 'OD knowledge',
        description: 'Linked, sourced concept cards on Open Dialogue, Peer-supported Open Dialogue and the CARe model.',
        theme_color: '#0f6e5c',
        background_color: '#fbfaf7',
        display: 'standalone',
        start_url: site.base,
        scope: site.base,
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,txt}'],
        // The search index grows with the knowledge base (about 2 MB at 1,000 cards, 10 MB at 5,000); it stays
        // precached, so search works offline, rather than failing the build at workbox's default limit of 2 MiB.
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      },
    }),
    prerenderPlugin(site),
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
