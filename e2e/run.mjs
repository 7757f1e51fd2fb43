// Browser tests against the BUILT extension (.output/chrome-mv3) in headless Debian Chromium.
// Usage: node e2e/run.mjs [filter]   (npm run test:e2e builds first)
// Each spec file in e2e/specs/ gets a fresh browser profile; all share one fixture server.
// Ends with the line "N passed, M failed" and exits non-zero on any failure.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchWithExtension } from './harness/browser.mjs';
import { guardNetwork } from './harness/network.mjs';
import { runTests } from './harness/runner.mjs';
import { startFixtureServer } from './harness/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const specsDir = fileURLToPath(new URL('./specs/', import.meta.url));
const artifactsDir = fileURLToPath(new URL('./artifacts/', import.meta.url));
const filter = process.argv[2];
mkdirSync(artifactsDir, { recursive: true });

const bundle = JSON.parse(readFileSync(`${root}/generated/bundle.json`, 'utf8'));
const server = await startFixtureServer();
const started = Date.now();
let passed = 0;
let failed = 0;

try {
  // Specs already ported to Playwright Test (they import its fixtures) run there: `npx playwright test`.
  const ported = (f) => readFileSync(`${specsDir}${f}`, 'utf8').includes("from '../harness/test.mjs'");
  const specFiles = readdirSync(specsDir).filter((f) => f.endsWith('.spec.mjs') && !ported(f)).sort();
  for (const file of specFiles) {
    const { suite } = await import(pathToFileURL(`${specsDir}${file}`).href);
    if (filter && !suite.tests.some((t) => `${suite.name} ${t.title}`.includes(filter))) continue;
    console.log(`${suite.name} (${file})`);
    let ext;
    try {
      ext = await launchWithExtension({ port: server.port });
      const guard = await guardNetwork(ext.context, server.port);
      const result = await runTests(suite, { ext, server, bundle, artifactsDir, guard }, { filter });
      passed += result.passed;
      failed += result.failed;
      // The privacy check counts as a test of its own for every spec.
      if (guard.violations.length === 0) {
        passed += 1;
        console.log(`  ✓ ${suite.name} › no request left the browser`);
      } else {
        failed += 1;
        console.log(`  ✗ ${suite.name} › no request left the browser`);
        for (const v of guard.violations) console.log(`      ${v}`);
      }
    } catch (err) {
      failed += 1;
      console.log(`  ✗ ${suite.name} › could not run: ${err instanceof Error ? err.stack : err}`);
    } finally {
      await ext?.close().catch(() => {});
    }
  }
} finally {
  await server.close();
}

console.log(`\nbrowser tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
