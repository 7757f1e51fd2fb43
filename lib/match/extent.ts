/** Where a stem occurrence becomes a hit: the word-boundary, inflection and compound rules of its term. */
import type { CompiledTerm } from './compiled';
import { HYPHEN_CHAR } from './normalized';
import { hyphenatedEnd, isWord, stringOf, wordStart } from './words';

/** Minimum letters of the rest of a compound after the term ("innsigelses|retten"). */
export const MIN_COMPOUND_REST = 3;
/** Minimum letters of the modifier before a compound's head ("lærer|norm"). */
export const MIN_COMPOUND_MODIFIER = 3;

const S = 0x73; // "s"
const E = 0x65; // "e"

/** One term's reading of a pattern: its endings (inflection class) and the rest of its lemma after the stem. */
export interface Rule {
  term: number;
  endings: Set<string>;
  maxEnding: number;
  tail: string;
}

/** The pattern's own edges: does it start / end with a word character (else no boundary test there)? */
export interface PatternEdges {
  startsWord: boolean;
  endsWord: boolean;
}

/**
 * Where a hit of `rule` (term `term`) whose stem pattern was found at [s, e) of the normalised `buf`
 * begins and ends, and whether it is part of a compound; null when the boundary or morphology rules
 * reject it.
 */
export function hitExtent(
  buf: Uint16Array,
  len: number,
  edges: PatternEdges,
  term: CompiledTerm,
  rule: Rule,
  s: number,
  e: number,
): [number, number, boolean] | null {
  let hs = s;
  if (edges.startsWord && s > 0) {
    const before = buf[s - 1]!;
    if (isWord(before)) {
      // Inside a word: only as the head of a compound with a modifier of ≥3 letters.
      if (!term.head) return null;
      let k = s - 1;
      while (k >= 0 && isWord(buf[k]!)) k--;
      if (s - 1 - k < MIN_COMPOUND_MODIFIER) return null;
      hs = wordStart(buf, k + 1);
    } else if (before === HYPHEN_CHAR && s > 1 && isWord(buf[s - 2]!)) {
      // "skole-norm": the head of a hyphenated compound.
      if (!term.head) return null;
      hs = wordStart(buf, s - 1);
    }
  }

  const head = hs !== s;
  if (!edges.endsWord) return [hs, e, head];
  let we = e;
  while (we < len && isWord(buf[we]!)) we++;
  const joint = we + 1 < len && buf[we] === HYPHEN_CHAR && isWord(buf[we + 1]!);
  if (we - e <= rule.maxEnding && rule.endings.has(stringOf(buf, e, we))) {
    if (!joint) return [hs, we, head];
    // "innsigelses-saken", "EØS-avtalen": the first part of a hyphenated compound.
    return term.first || term.infl === 'none' ? [hs, hyphenatedEnd(buf, len, we), true] : null;
  }
  if (!term.first) return null;
  // Compound: the whole lemma (stem + tail), an optional linking s/e, then ≥3 letters.
  let r = e;
  for (let i = 0; i < rule.tail.length; i++, r++) {
    if (r >= we || buf[r] !== rule.tail.charCodeAt(i)) return null;
  }
  if (r < we && (buf[r] === S || buf[r] === E)) r++;
  if (we - r >= MIN_COMPOUND_REST) return [hs, joint ? hyphenatedEnd(buf, len, we) : we, true];
  if (we === r && joint) return [hs, hyphenatedEnd(buf, len, we), true];
  return null;
}
