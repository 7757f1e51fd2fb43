// ESLint: the layering rules of CONTRIBUTING.md, kept by a machine. Type-aware typescript-eslint runs on
// its own TypeScript 6 (scripts/lint/): TypeScript 7, our tsc, has no compiler API for it.
import { createTypeScriptImportResolver, globals, importPlugin, js, prettierConfig, tseslint } from 'standpunkt-lint';

/** Extension APIs: the entrypoints' business, never the library's. */
const EXTENSION_MODULES = ['wxt', 'wxt/*', '#imports', '@webext-core/*', 'webextension-polyfill'];
const EXTENSION_GLOBALS = [
  { name: 'browser', message: 'lib/ runs in Node too: extension APIs belong in entrypoints/.' },
  { name: 'chrome', message: 'lib/ runs in Node too: extension APIs belong in entrypoints/.' },
];
const ENTRYPOINTS = ['@/entrypoints/*', '~/entrypoints/*', '**/entrypoints/*', '**/entrypoints'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'generated/**',
      'bench/results/**',
      'scripts/lint/node_modules/**',
      // The lint rules' own fixtures break them on purpose (scripts/lint/rules.test.ts lints them).
      'scripts/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importPlugin },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Handlers and services are async by contract (they answer messages), awaiting or not.
      '@typescript-eslint/require-await': 'off',
      // Services and handlers are plain objects of functions that never use `this`.
      '@typescript-eslint/unbound-method': 'off',
      // An async event handler in JSX is how Preact forms are written; its rejections are handled inside.
      // Browser event listeners take async functions the same way.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, arguments: false } },
      ],
      // Re-rejecting what was caught, whatever it is, is the point of those places.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // Lint runs TypeScript 6, tsc runs 7: they disagree on which assertions are needed, and tsc decides.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Stripping control characters from terminal and file input is deliberate.
      'no-control-regex': 'off',
    },
  },
  {
    // The library: pure, runs in the browser and in Node (CLI, tests, benchmarks).
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: EXTENSION_MODULES, message: 'lib/ runs in Node too: extension APIs belong in entrypoints/.' },
            { group: ENTRYPOINTS, message: 'lib/ must not depend on entrypoints/.' },
            { group: ['@/components/*', '**/components/*'], message: 'lib/ must not depend on the UI components.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...EXTENSION_GLOBALS],
    },
  },
  {
    // The matcher runs any compiled lexicon; the lexicon depends on it, never the other way round.
    files: ['lib/match/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: EXTENSION_MODULES, message: 'lib/ runs in Node too: extension APIs belong in entrypoints/.' },
            { group: ENTRYPOINTS, message: 'lib/ must not depend on entrypoints/.' },
            {
              group: ['**/lexicon/*', '**/lexicon'],
              message: 'lib/match must not depend on lib/lexicon (see lib/match/compiled.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ENTRYPOINTS,
              message: 'Components are given what they need; they do not reach into entrypoints/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may use what they check loosely (mocks, fakes).
    files: ['**/*.test.{ts,tsx}', '**/*.property.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // Plain JavaScript: tsc checks the files that say `// @ts-check`; the type-aware rules would only see `any`.
    files: ['**/*.{mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{mjs,cjs}'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Browser tests (Node): functions passed to `evaluate` run in the extension, where `chrome` and `browser` exist.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { chrome: 'readonly', browser: 'readonly' } },
    // Playwright reads a fixture's dependencies from its first parameter, so `async ({}, use)` is required.
    rules: { 'no-empty-pattern': 'off' },
  },
  prettierConfig,
);
