/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/build/vite-plugin.ts';
import remarkWikiLinks from './src/content/build/remark-wikilinks.ts';

// OD_CONTENT_DIR points the build at another content folder (the graph benchmark builds a synthetic one).
const content = contentPlugin(path.resolve(import.meta.dirname, process.env.OD_CONTENT_DIR ?? 'content'));

export default defineConfig({
  plugins: [
    content,
    {
      enforce: 'pre',
      ...mdx({ remarkPlugins: [remarkFrontmatter, [remarkWikiLinks, { titleOf: content.titleOf }]] }),
    },
    react({ include: /\.(mdx|tsx?)$/ }),
  ],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A shared 2-core machine can be slow to compile the first lazy route of a file.
    testTimeout: 20_000,
  },
});
