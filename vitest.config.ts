import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const include = ['{lib,components,entrypoints,cli,eval,scripts}/**/*.test.{ts,tsx}'];
/**
 * Tests run in Node: a DOM environment per file costs more than most tests do. A test that needs the DOM
 * says so in its first line (`// @vitest-environment happy-dom`). These files need it too and belong to
 * another work in progress; they move to the per-file comment and leave this list when their owners do.
 */
const DOM_BY_LIST = ['components/a11y-check.test.tsx', 'lib/speakers/blocks.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'unit', include, exclude: DOM_BY_LIST } },
      { extends: true, test: { name: 'dom-by-list', include: DOM_BY_LIST, environment: 'happy-dom' } },
    ],
  },
});
