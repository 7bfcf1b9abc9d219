// @ts-check
// Lint rules that catch mistakes; formatting is Prettier's job (prettier.config.js).
// Not type-checked, to stay fast: `npm run check` (astro check) does the types.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
// @ts-expect-error -- it ships no types, and @types/eslint-plugin-jsx-a11y would pull in a second ESLint (9).
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, caches and reports (node_modules is ignored by default).
  globalIgnores(['dist/', 'dist-*/', '.astro/', 'test-results/', 'playwright-report/', 'bench/out/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  // .astro files: Astro's rules, and the accessibility rules on their templates.
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],

  // Preact islands.
  {
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
    settings: {
      // Preact writes the native `for` on labels, not React's `htmlFor`.
      'jsx-a11y': { attributes: { for: ['for', 'htmlFor'] } },
    },
  },

  // Plain JavaScript runs in Node: astro.config.mjs and the bench.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  // The bench's page.evaluate() callbacks run in the browser.
  { files: ['bench/**'], languageOptions: { globals: globals.browser } },

  {
    rules: {
      // `const { step: _step, ...rest } = x` is how the code drops a field.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A bare `catch {}` is a deliberate "try again" (the bench waits for the server).
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Test doubles stand in for loosely typed stored data.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
