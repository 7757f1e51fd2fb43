/** A stem occurrence that passed its term's rules, and the choice between overlapping ones. */
import { lowerBound } from './lower-bound';

export interface Candidate {
  /** Normalised [s, e). */
  s: number;
  e: number;
  /** Read as part of a compound (not just an inflected form)? */
  compound: boolean;
  /** Length of the pattern (stem) that produced it: the tie-breaker for equal extents. */
  core: number;
  terms: number[];
  /** Per term (same order), per position slot: does the hit count there? */
  live: boolean[][];
  /** Per term, per slot, set only where a context-bound hit has only weak company (counts half). */
  weak?: (boolean[] | undefined)[];
}

/** Does a candidate in `list` lie within [from, to) without overlapping `c`? */
export function occursIn(
  list: number[] | undefined,
  cands: Candidate[],
  from: number,
  to: number,
  c: Candidate,
): boolean {
  if (!list) return false;
  const lo = lowerBound(list.length, (k) => cands[list[k]!]!.s < from);
  for (let k = lo; k < list.length; k++) {
    const o = cands[list[k]!]!;
    if (o.s >= to) return false;
    // The same words read another way are no independent evidence.
    if (o.s >= from && (o.e <= c.s || o.s >= c.e)) return true;
  }
  return false;
}

/** Does a candidate in `list` (ascending by start) start within [from, to)? Overlaps count too. */
export function occursAnywhereIn(list: number[] | undefined, cands: Candidate[], from: number, to: number): boolean {
  if (!list) return false;
  const lo = lowerBound(list.length, (k) => cands[list[k]!]!.s < from);
  return lo < list.length && cands[list[lo]!]!.s < to;
}

/**
 * Longest hit wins, then the leftmost, then the longer stem. Works cluster by cluster (runs of
 * mutually overlapping candidates), so the cost stays linear in the number of candidates.
 */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  let i = 0;
  while (i < cands.length) {
    let j = i + 1;
    let end = cands[i]!.e;
    while (j < cands.length && cands[j]!.s < end) {
      end = Math.max(end, cands[j]!.e);
      j++;
    }
    if (j === i + 1) chosen.push(cands[i]!);
    else {
      const cluster = cands
        .slice(i, j)
        .sort(
          (a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s || Number(a.compound) - Number(b.compound) || b.core - a.core,
        );
      const picked: Candidate[] = [];
      for (const c of cluster) {
        const same = picked.find((p) => p.s === c.s && p.e === c.e);
        if (same) {
          // The same word as an inflected form of two terms ("tilsynet" of "tilsyn" and "tilsynet"):
          // both readings hold. A compound reading is weaker and yields to the other.
          if (!same.compound && !c.compound) absorb(same, c);
        } else if (picked.every((p) => c.e <= p.s || c.s >= p.e)) picked.push(c);
      }
      chosen.push(...picked.sort((a, b) => a.s - b.s));
    }
    i = j;
  }
  return chosen;
}

function absorb(into: Candidate, from: Candidate): void {
  from.terms.forEach((t, j) => {
    const k = into.terms.indexOf(t);
    const fromWeak = from.weak?.[j];
    if (k < 0) {
      into.terms.push(t);
      into.live.push(from.live[j]!);
      if (fromWeak) (into.weak ??= [])[into.terms.length - 1] = fromWeak;
    } else {
      const intoWeak = into.weak?.[k];
      // Strong in either reading wins over weak.
      if (intoWeak || fromWeak) {
        (into.weak ??= [])[k] = into.live[k]!.map((l, slot) =>
          (l && !intoWeak?.[slot]) || (from.live[j]![slot]! && !fromWeak?.[slot]) ? false : true,
        );
      }
      into.live[k] = into.live[k]!.map((l, slot) => l || from.live[j]![slot]!);
    }
  });
}
