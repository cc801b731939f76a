// Lint enforces the architecture as well as style: one import direction and no cycles.
//   app (router, layout) -> features -> shared (ui, lib, content)
//   a feature never imports another feature; shared code never imports a feature or the app.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['cards', 'home', 'search', 'compare', 'graph', 'present', 'webinar', 'paths', 'glossary', 'evidence'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.d.ts'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Shared code imports no feature and not the app.
            { target: ['./src/ui', './src/lib', './src/content'], from: ['./src/features', './src/app'], message: 'Shared code (ui, lib, content) must not import features or the app.' },
            // Features do not import the app.
            { target: './src/features', from: './src/app', message: 'Features must not import the app layer.' },
            // No feature imports another.
            ...FEATURES.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features must not import each other; move shared code to src/ui or src/lib.',
            })),
            // Browser code never imports build-time (Node) code.
            { target: ['./src/features', './src/ui', './src/app', './src/main.tsx', './src/boot.ts'], from: './src/content/pipeline', message: 'src/content/pipeline runs at build time only (Node).' },
          ],
        },
      ],
    },
  },
);
