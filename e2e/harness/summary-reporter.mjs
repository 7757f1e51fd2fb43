// @ts-check
// Closes a browser-test run with the lines CI reads: the wall time, then exactly "N passed, M failed".
// Runs after the list reporter (see playwright.config.mjs), so these are the last lines printed.

export default class SummaryReporter {
  /** @type {import('@playwright/test/reporter').Suite | undefined} */
  suite;
  started = 0;

  /** @param {import('@playwright/test/reporter').FullConfig} _config @param {import('@playwright/test/reporter').Suite} suite */
  onBegin(_config, suite) {
    this.suite = suite;
    this.started = Date.now();
  }

  /** @returns {{ status: 'failed' } | undefined} */
  onEnd() {
    let passed = 0;
    let failed = 0;
    const tests = this.suite?.allTests() ?? [];
    // `--list` runs nothing: there is no outcome to report.
    if (tests.length > 0 && tests.every((t) => t.results.length === 0)) return;
    for (const test of tests) {
      const outcome = test.outcome();
      if (outcome === 'expected' && test.expectedStatus !== 'skipped') passed += 1;
      // A test skipped on purpose counts for neither; one left unrun (interrupted, worker lost) is a failure.
      else if (outcome === 'skipped' && test.expectedStatus === 'skipped') continue;
      else failed += 1;
    }
    console.log(`\nbrowser tests finished in ${((Date.now() - this.started) / 1000).toFixed(1)} s`);
    console.log(`${passed} passed, ${failed} failed`);
    if (failed > 0 || passed === 0) return { status: 'failed' };
  }

  printsToStdio() {
    return true;
  }
}
