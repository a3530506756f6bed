// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint: JavaScript's and typescript-eslint's recommended rules (syntax only, no type information: `astro check`
 * type-checks, and linting stays a few seconds), and Astro's recommended rules for .astro files and their scripts.
 * Layout, quotes and line length are Prettier's (prettier.config.js), not ESLint's.
 */
export default defineConfig([
  // Beside .gitignore's folders (dist/, .astro/, …), which ESLint does not read.
  globalIgnores(['dist/', '.astro/', '.tools/', 'bench-results/', '.dist-next/', '.dist-previous/', 'content/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // `const { field: _, ...rest } = entry` drops a field; `_term` marks a parameter a stub must accept.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // The ideographic space (U+3000) that sets facts apart (适用：… 主题：…) is Chinese typography, in templates and
      // markup as in strings; the rule still catches stray odd spaces in code and comments.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true },
      ],
    },
  },
  {
    // Build scripts, tests and the CMS backend run in Node.js.
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts served to browsers as they are.
    files: ['public/**/*.js', 'src/scripts/**/*.js'],
    languageOptions: { globals: globals.browser },
    rules: {
      // Served byte for byte to old phones too: `catch (error)` keeps its binding (`catch {` is ES2019).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, caughtErrors: 'none' }],
    },
  },
]);
