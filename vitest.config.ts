import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Tests run in Node: a DOM environment per file costs more than most tests do. A test that needs the DOM
 * says so in its first line (`// @vitest-environment happy-dom`).
 */
const include = ['{lib,components,entrypoints,cli,eval,scripts}/**/*.test.{ts,tsx}'];
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    restoreMocks: true,
    projects: [{ extends: true, test: { name: 'unit', include } }],
  },
});
