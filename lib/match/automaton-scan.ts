/** The automaton's table layout (what the build in ./automaton produces) and the scan of a text over it. */

export interface Automaton {
  /** Code unit → character class (0 = in no pattern). */
  cls: Uint16Array;
  /** Number of classes, including class 0. */
  stride: number;
  /** States 0 … dense − 1 have full rows: `delta[state × stride + class]` = next state. */
  dense: number;
  delta: Int32Array;
  /** Deep state s ≥ dense: children at childStart[s − dense] … childStart[s − dense + 1] − 1. */
  childStart: Int32Array;
  childLabel: Uint16Array;
  childNext: Int32Array;
  /** Failure link of deep state s, at fail[s − dense]. */
  fail: Int32Array;
  /** outList[outStart[state] .. outStart[state + 1]) = patterns ending in `state` (longest first). */
  outStart: Int32Array;
  outList: Int32Array;
  /** Length of each pattern in code units. */
  patternLength: Int32Array;
  states: number;
}

/** Growable list of (state, end index) pairs where the scan met output. */
export interface ScanOutput {
  pairs: Int32Array;
  count: number;
}

/**
 * Run the automaton over buf[0, len). Records, for every index i where some pattern ends (at i+1),
 * the state reached. The caller enumerates the patterns with `outList`.
 */
export function scan(a: Automaton, buf: Uint16Array, len: number, out: ScanOutput): ScanOutput {
  const { cls, delta, stride, dense, childStart, childLabel, childNext, fail } = a;
  let pairs = out.pairs;
  let count = 0;
  let st = 0;
  for (let i = 0; i < len; i++) {
    const c = cls[buf[i]!]!;
    let nx: number;
    if (st < dense) nx = delta[st * stride + c]!;
    else if (c === 0) nx = 0;
    else {
      // A deep state: its own children, else down the failure chain to a state that has the character.
      for (;;) {
        if (st < dense) {
          nx = delta[st * stride + c]!;
          break;
        }
        const end = childStart[st - dense + 1]!;
        let j = childStart[st - dense]!;
        while (j < end && childLabel[j] !== c) j++;
        if (j < end) {
          nx = childNext[j]!;
          break;
        }
        st = fail[st - dense]!;
      }
    }
    if (nx < 0) {
      nx = ~nx;
      if (count + 2 > pairs.length) {
        const bigger = new Int32Array(Math.max(64, pairs.length * 2));
        bigger.set(pairs);
        pairs = bigger;
      }
      pairs[count++] = nx;
      pairs[count++] = i;
    }
    st = nx;
  }
  out.pairs = pairs;
  out.count = count;
  return out;
}
