// @ts-check
// The browser benchmark's median and its number formats (ms, ratios, megabytes) as the report prints them.

/**
 * The median of the finite numbers among `xs`; null when there is none.
 * @param {readonly unknown[]} xs
 * @returns {number | null}
 */
export const median = (xs) => {
  /** @type {number[]} */
  const s = [];
  for (const x of xs) if (typeof x === 'number' && Number.isFinite(x)) s.push(x);
  s.sort((a, b) => a - b);
  if (!s.length) return null;
  /** @param {number} i an index inside s */
  const at = (i) => s[i] ?? NaN;
  return s.length % 2 ? at((s.length - 1) / 2) : (at(s.length / 2 - 1) + at(s.length / 2)) / 2;
};

/**
 * @param {number | null | undefined} x
 * @param {number} [d]
 */
export const ms = (x, d = 1) => (x === null || x === undefined ? '–' : `${x.toFixed(d)} ms`);

/**
 * @param {number | null} x
 * @param {number} [d]
 */
export const ratio = (x, d = 2) =>
  x === null || !Number.isFinite(x) ? '–' : x < 0.01 ? x.toExponential(1) : x.toFixed(d);

/** @param {number | null} bytes (null reads as 0) */
export const mb = (bytes) => `${(Number(bytes) / 1_048_576).toFixed(2)} MB`;
