/**
 * Aho–Corasick over UTF-16 code units, compiled to a dense DFA in typed arrays: one table read per
 * character of text whatever the number of patterns. Characters that occur in no pattern share class
 * 0, which always leads back to the root.
 *
 * `delta[base + class]` holds the next state's base (state × stride); it is stored bitwise-negated
 * when that state ends at least one pattern, so the scan loop tests for output with one sign check.
 */

export interface Automaton {
  /** Code unit → character class (0 = in no pattern). */
  cls: Uint16Array;
  /** Number of classes, including class 0. */
  stride: number;
  delta: Int32Array;
  /** outList[outStart[state] .. outStart[state + 1]) = patterns ending in `state` (longest first). */
  outStart: Int32Array;
  outList: Int32Array;
  /** Length of each pattern in code units. */
  patternLength: Int32Array;
  states: number;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const cls = new Uint16Array(65536);
  let classes = 1;
  let total = 1;
  for (const p of patterns) {
    if (p.length === 0) throw new Error('empty pattern');
    total += p.length;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (cls[c] === 0) cls[c] = classes++;
    }
  }
  if (classes > 0xffff) throw new Error('too many distinct characters in patterns');
  const stride = classes;

  // Trie, stored in the table that becomes the DFA (0 = no edge; the root is never a child).
  let delta = new Int32Array(total * stride);
  const terminal: number[][] = [];
  let states = 1;
  const patternLength = new Int32Array(patterns.length);
  patterns.forEach((p, pi) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const k = s * stride + cls[p.charCodeAt(i)]!;
      let t = delta[k]!;
      if (t === 0) {
        t = states++;
        delta[k] = t;
      }
      s = t;
    }
    (terminal[s] ??= []).push(pi);
    patternLength[pi] = p.length;
  });
  delta = delta.slice(0, states * stride);

  // Breadth-first: failure links, full transitions, and output lists (own + the failure state's).
  const fail = new Int32Array(states);
  const order = new Int32Array(states);
  const outs: number[][] = new Array<number[]>(states);
  outs[0] = [];
  let head = 0;
  let tail = 0;
  for (let c = 1; c < stride; c++) {
    const t = delta[c]!;
    if (t !== 0) {
      fail[t] = 0;
      order[tail++] = t;
    }
  }
  while (head < tail) {
    const s = order[head++]!;
    const f = fail[s]!;
    const own = (terminal[s] ?? []).sort((a, b) => patternLength[b]! - patternLength[a]!);
    outs[s] = own.length ? [...own, ...outs[f]!] : outs[f]!;
    const base = s * stride;
    const fbase = f * stride;
    for (let c = 1; c < stride; c++) {
      const t = delta[base + c]!;
      if (t !== 0) {
        fail[t] = delta[fbase + c]!;
        order[tail++] = t;
      } else delta[base + c] = delta[fbase + c]!;
    }
  }

  const outStart = new Int32Array(states + 1);
  let n = 0;
  for (let s = 0; s < states; s++) {
    outStart[s] = n;
    n += outs[s]!.length;
  }
  outStart[states] = n;
  const outList = new Int32Array(n);
  for (let s = 0; s < states; s++) outList.set(outs[s]!, outStart[s]!);

  // Renumber states breadth-first, so the shallow states that text visits most share cache lines,
  // and encode targets as bases, negated when the target has output.
  const renum = new Int32Array(states);
  for (let r = 0; r < tail; r++) renum[order[r]!] = r + 1;
  const dfa = new Int32Array(states * stride);
  const newStart = new Int32Array(states + 1);
  const newList = new Int32Array(n);
  let m = 0;
  for (let r = 0; r < states; r++) {
    const s = r === 0 ? 0 : order[r - 1]!;
    newStart[r] = m;
    newList.set(outList.subarray(outStart[s]!, outStart[s + 1]!), m);
    m += outStart[s + 1]! - outStart[s]!;
    for (let c = 0; c < stride; c++) {
      const t = delta[s * stride + c]!;
      const nt = renum[t]!;
      dfa[r * stride + c] = outStart[t + 1]! > outStart[t]! ? ~(nt * stride) : nt * stride;
    }
  }
  newStart[states] = m;
  return { cls, stride, delta: dfa, outStart: newStart, outList: newList, patternLength, states };
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
  const { cls, delta, stride } = a;
  let pairs = out.pairs;
  let count = 0;
  let st = 0;
  for (let i = 0; i < len; i++) {
    let nx = delta[st + cls[buf[i]!]!]!;
    if (nx < 0) {
      nx = ~nx;
      if (count + 2 > pairs.length) {
        const bigger = new Int32Array(Math.max(64, pairs.length * 2));
        bigger.set(pairs);
        pairs = bigger;
      }
      pairs[count++] = (nx / stride) | 0;
      pairs[count++] = i;
    }
    st = nx;
  }
  out.pairs = pairs;
  out.count = count;
  return out;
}
