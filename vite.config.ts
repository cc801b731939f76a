/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/build/vite-plugin.ts';
import remarkWikiLinks from './src/content/build/remark-wikilinks.ts';
import { prerenderPlugin } from './src/prerender/vite-plugin.ts';
import { siteFromEnv } from './src/prerender/site.ts';

const content = contentPlugin(path.resolve(import.meta.dirname, 'content'));
// SITE_URL (and BASE_PATH) at build time: where the site is deployed; see README "Deploying".
const site = siteFromEnv(process.env);

export default defineConfig({
  base: site.base,
  plugins: [
    content,
    {
      enforce: 'pre',
      ...mdx({ remarkPlugins: [remarkFrontmatter, [remarkWikiLinks, { titleOf: content.titleOf }]] }),
    },
    react({ include: /\.(mdx|tsx?)$/ }),
    prerenderPlugin(site),
  ],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
