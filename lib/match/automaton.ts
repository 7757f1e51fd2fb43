/**
 * Aho–Corasick over UTF-16 code units, compiled to a dense DFA in typed arrays: one table read per
 * character of text whatever the number of patterns. Characters that occur in no pattern share class
 * 0, which always leads back to the root.
 *
 * `delta[base + class]` holds the next state's base (state × stride); it is stored bitwise-negated
 * when that state ends at least one pattern, so the scan loop tests for output with one sign check.
 * States are numbered breadth-first, so the shallow states that text visits most share cache lines.
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

/** Builds the automaton in one go. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const steps = buildAutomatonSteps(patterns);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Work between two yields of the stepwise build (states, or delta entries / 64). */
const STEP = 2048;

/**
 * The same build, yielding now and then: in a content script the build runs in slices (lib/page/slicer),
 * so that a big lexicon never makes one long task on the page.
 */
export function* buildAutomatonSteps(patterns: readonly string[]): Generator<void, Automaton> {
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

  // 1. Trie with children as linked lists (compact while the state count is unknown).
  const firstChild = new Int32Array(total).fill(-1);
  const nextSibling = new Int32Array(total).fill(-1);
  const label = new Int32Array(total);
  const depth = new Int32Array(total);
  // Own patterns of a trie node, as a linked list through ownNext (longest first: one per node).
  const ownHead = new Int32Array(total).fill(-1);
  const ownNext = new Int32Array(patterns.length).fill(-1);
  const patternLength = new Int32Array(patterns.length);
  let nodes = 1;
  patterns.forEach((p, pi) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = cls[p.charCodeAt(i)]!;
      let t = firstChild[s]!;
      while (t >= 0 && label[t] !== c) t = nextSibling[t]!;
      if (t < 0) {
        t = nodes++;
        label[t] = c;
        depth[t] = depth[s]! + 1;
        nextSibling[t] = firstChild[s]!;
        firstChild[s] = t;
      }
      s = t;
    }
    ownNext[pi] = ownHead[s]!;
    ownHead[s] = pi;
    patternLength[pi] = p.length;
  });

  // 2. Breadth-first order = the final state numbers.
  const order = new Int32Array(nodes);
  const id = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = order[head]!;
    id[s] = head;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) order[tail++] = t;
  }

  // 3. Dense transitions with failure links folded in. A state's failure state is shallower, so it
  //    comes earlier in breadth-first order and its row is complete when we need it.
  const delta = new Int32Array(nodes * stride);
  const fail = new Int32Array(nodes); // by final id
  // dict[s] = nearest state on the failure chain (s itself included) that ends a pattern, or -1.
  const dict = new Int32Array(nodes).fill(-1);
  const own = new Int32Array(nodes).fill(-1); // first own pattern, by final id
  for (let r = 0; r < nodes; r++) {
    const s = order[r]!;
    const base = r * stride;
    const fbase = fail[r]! * stride;
    if (r !== 0) delta.set(delta.subarray(fbase, fbase + stride), base);
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
      const c = label[t]!;
      const tr = id[t]!;
      fail[tr] = r === 0 ? 0 : delta[fbase + c]!;
      delta[base + c] = tr;
    }
    own[r] = ownHead[s]!;
    dict[r] = own[r]! >= 0 ? r : r === 0 ? -1 : dict[fail[r]!]!;
    if (r % STEP === STEP - 1) yield;
  }

  // 4. Output lists: own patterns (longest first), then those of the failure chain.
  const outStart = new Int32Array(nodes + 1);
  let n = 0;
  const count = (r: number): number => {
    let k = 0;
    for (let d = dict[r]!; d >= 0; d = d === 0 ? -1 : dict[fail[d]!]!) for (let p = own[d]!; p >= 0; p = ownNext[p]!) k++;
    return k;
  };
  for (let r = 0; r < nodes; r++) {
    outStart[r] = n;
    if (dict[r]! >= 0) n += count(r);
  }
  outStart[nodes] = n;
  const outList = new Int32Array(n);
  for (let r = 0; r < nodes; r++) {
    let k = outStart[r]!;
    for (let d = dict[r]!; d >= 0; d = d === 0 ? -1 : dict[fail[d]!]!) for (let p = own[d]!; p >= 0; p = ownNext[p]!) outList[k++] = p;
  }

  // 5. Encode targets as bases, negated when the target has output.
  for (let k = 0; k < delta.length; k++) {
    const t = delta[k]!;
    delta[k] = dict[t]! >= 0 ? ~(t * stride) : t * stride;
    if ((k & (STEP * 64 - 1)) === STEP * 64 - 1) yield;
  }
  return { cls, stride, delta, outStart, outList, patternLength, states: nodes };
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
