/**
 * Aho–Corasick over UTF-16 code units. Characters that occur in no pattern share class 0, which always
 * leads back to the root.
 *
 * States are numbered breadth-first. The shallow ones (depth ≤ `denseDepth`), where text spends most of
 * its time, have a full row of transitions with failure links folded in: one table read per character.
 * The deep ones keep only their children and a failure link. A dense table for every state cost 4.9 MB
 * and ~40 ms to build per tab with the real lexicon; dense rows for the shallow ~900 states cost 150 KB
 * and scan at the same speed, since a deep state is left after a character or two.
 *
 * Targets are stored bitwise-negated when that state ends at least one pattern, so the scan loop tests
 * for output with one sign check.
 */

import type { Automaton } from './automaton-scan';

// The table layout and the scan over it live in ./automaton-scan; re-exported for callers of this module.
export { scan, type Automaton, type ScanOutput } from './automaton-scan';

export interface AutomatonOptions {
  /** States up to this depth get full transition rows (tests vary it to exercise both kinds). */
  denseDepth?: number;
}

const DEFAULT_DENSE_DEPTH = 4;

/** Builds the automaton in one go. */
export function buildAutomaton(patterns: readonly string[], options: AutomatonOptions = {}): Automaton {
  const steps = buildAutomatonSteps(patterns, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** States handled between two yields of the stepwise build. */
const STEP = 2048;

/**
 * The same build, yielding now and then: in a content script the build runs in slices (lib/page/slicer),
 * so that a big lexicon never makes one long task on the page.
 */
export function* buildAutomatonSteps(
  patterns: readonly string[],
  options: AutomatonOptions = {},
): Generator<void, Automaton> {
  const denseDepth = Math.max(0, options.denseDepth ?? DEFAULT_DENSE_DEPTH);
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
  yield;

  // 2. Breadth-first order = the final state numbers; depth never decreases along it, so the dense
  //    states are a prefix. Children of deep states go to compressed rows in the same order.
  const order = new Int32Array(nodes);
  const id = new Int32Array(nodes);
  let dense = 0;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = order[head]!;
    id[s] = head;
    if (depth[s]! <= denseDepth) dense = head + 1;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) order[tail++] = t;
  }
  const sparse = nodes - dense;
  const childStart = new Int32Array(sparse + 1);
  const childLabel = new Uint16Array(Math.max(0, nodes - 1));
  const childNext = new Int32Array(Math.max(0, nodes - 1));
  let edges = 0;
  for (let r = dense; r < nodes; r++) {
    childStart[r - dense] = edges;
    for (let t = firstChild[order[r]!]!; t >= 0; t = nextSibling[t]!) {
      childLabel[edges] = label[t]!;
      childNext[edges++] = id[t]!;
    }
  }
  childStart[sparse] = edges;

  // 3. Failure links, and the dense rows with them folded in. A state's failure state is shallower, so
  //    it comes earlier in breadth-first order and its transitions are final when we need them.
  const delta = new Int32Array(dense * stride);
  const failOf = new Int32Array(nodes); // by final id, every state
  const step = (from: number, c: number): number => {
    let st = from;
    for (;;) {
      if (st < dense) return delta[st * stride + c]!;
      for (let j = childStart[st - dense]!; j < childStart[st - dense + 1]!; j++)
        if (childLabel[j] === c) return childNext[j]!;
      st = failOf[st]!;
    }
  };
  // dict[s] = nearest state on the failure chain (s itself included) that ends a pattern, or -1.
  const dict = new Int32Array(nodes).fill(-1);
  const own = new Int32Array(nodes).fill(-1); // first own pattern, by final id
  for (let r = 0; r < nodes; r++) {
    const s = order[r]!;
    const f = failOf[r]!;
    if (r < dense && r !== 0) delta.set(delta.subarray(f * stride, f * stride + stride), r * stride);
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
      const c = label[t]!;
      const tr = id[t]!;
      failOf[tr] = r === 0 ? 0 : step(f, c);
      if (r < dense) delta[r * stride + c] = tr;
    }
    own[r] = ownHead[s]!;
    dict[r] = own[r]! >= 0 ? r : r === 0 ? -1 : dict[f]!;
    if (r % STEP === STEP - 1) yield;
  }

  // 4. Output lists: own patterns (longest first), then those of the failure chain.
  const outStart = new Int32Array(nodes + 1);
  let n = 0;
  const count = (r: number): number => {
    let k = 0;
    for (let d = dict[r]!; d >= 0; d = d === 0 ? -1 : dict[failOf[d]!]!)
      for (let p = own[d]!; p >= 0; p = ownNext[p]!) k++;
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
    for (let d = dict[r]!; d >= 0; d = d === 0 ? -1 : dict[failOf[d]!]!)
      for (let p = own[d]!; p >= 0; p = ownNext[p]!) outList[k++] = p;
  }
  yield;

  // 5. Mark targets that have output (negated), in the dense rows and the children alike.
  for (let k = 0; k < delta.length; k++) {
    const t = delta[k]!;
    if (dict[t]! >= 0) delta[k] = ~t;
  }
  for (let j = 0; j < edges; j++) {
    const t = childNext[j]!;
    if (dict[t]! >= 0) childNext[j] = ~t;
  }
  return {
    cls,
    stride,
    dense,
    delta,
    childStart,
    childLabel: childLabel.subarray(0, edges),
    childNext: childNext.subarray(0, edges),
    fail: failOf.slice(dense),
    outStart,
    outList,
    patternLength,
    states: nodes,
  };
}
