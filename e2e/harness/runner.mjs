// A deliberately small test runner for browser tests: named async tests, sequential, each failure
// printed with its error; the caller prints the closing "N passed, M failed" line.

export function createSuite(name) {
  const tests = [];
  return {
    name,
    tests,
    /**
     * @param {string} title @param {(fixture: any) => Promise<void>} fn
     * @param {{ timeoutMs?: number }} [options] a longer limit for a slow test (e.g. a 1 MB page)
     */
    test: (title, fn, options = {}) => tests.push({ title, fn, timeoutMs: options.timeoutMs }),
  };
}

export async function runTests(suite, fixture, { timeoutMs = 30_000, filter } = {}) {
  let passed = 0;
  let failed = 0;
  for (const { title, fn, timeoutMs: own } of suite.tests) {
    if (filter && !`${suite.name} ${title}`.includes(filter)) continue;
    const started = Date.now();
    try {
      await withTimeout(fn(fixture), own ?? timeoutMs, title);
      passed += 1;
      console.log(`  ✓ ${suite.name} › ${title} (${Date.now() - started} ms)`);
    } catch (err) {
      failed += 1;
      console.log(`  ✗ ${suite.name} › ${title} (${Date.now() - started} ms)`);
      console.log(indent(err instanceof Error ? (err.stack ?? err.message) : String(err)));
    }
  }
  return { passed, failed };
}

function withTimeout(promise, ms, title) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`"${title}" timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function indent(text) {
  return text
    .split('\n')
    .slice(0, 12)
    .map((l) => `      ${l}`)
    .join('\n');
}

/** Assertion helpers that throw readable errors. */
export const expect = {
  equal(actual, expected, what = 'value') {
    // JSON.stringify(undefined) is undefined, not a string: spell it out so the message is readable.
    const a = actual === undefined ? 'undefined' : JSON.stringify(actual);
    const e = expected === undefined ? 'undefined' : JSON.stringify(expected);
    if (a !== e) throw new Error(`${what}: expected ${e.slice(0, 400)}, got ${a.slice(0, 400)}`);
  },
  ok(condition, message) {
    if (!condition) throw new Error(message);
  },
};

/** Polls `fn` until it returns a truthy value. */
export async function waitFor(fn, { timeoutMs = 10_000, intervalMs = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}
