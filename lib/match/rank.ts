/**
 * How strongly a page is about each position, from its hits:
 * - each distinct piece of evidence adds weight × (1 + ln count): repeats count, with diminishing returns;
 * - weight is the term's specificity (short terms and terms shared by several positions weigh less);
 * - a hit in a heading weighs double (the section is about it); a context-bound hit with only weak
 *   company (matcher: elsewhere on the page, or an anchor of the same chapter) weighs WEAK_FACTOR;
 * - several distinct terms of one position together multiply the sum (1 + 0.25 per extra term),
 *   since independent evidence is worth more than one word repeated.
 */
import type { Hit, RankedPosition } from './types';

export const DISTINCT_TERM_BONUS = 0.25;
export const HEADING_FACTOR = 2;
export const WEAK_FACTOR = 0.25;
export const LONE_FACTOR = 0.7;

/**
 * Below this score a position is not "what the text is about" (lib/match/about.ts): a lone hit of a
 * weak term (a three-letter abbreviation like "NAV", a law named in passing) is too little evidence
 * on its own, while one hit of any specific term (weight ≥ 0.5) or a weak term repeated or joined by
 * another term of the position, or standing in a heading, is enough. Hits stay highlighted either way.
 */
export const MIN_RELEVANT_SCORE = 0.5;

const HEADING_MARK = '^';
const WEAK_MARK = '~';
const LONE_MARK = '!';

/**
 * The key a hit counts under for one of its positions: the term, marked when the hit stands in a
 * heading or has only weak company there. Running tallies (lib/page) count by this key too.
 */
export function evidenceKey(hit: Hit, position: string): string {
  const weak = hit.weak !== undefined && hit.weak.includes(position);
  const lone = hit.lone !== undefined && hit.lone.includes(position);
  return (hit.heading ? HEADING_MARK : '') + (weak ? WEAK_MARK : '') + (lone ? LONE_MARK : '') + hit.term;
}

/** The weight of an evidence key, from the weight of its term. */
function keyWeight(key: string, weightOf: (term: string) => number): number {
  let factor = 1;
  let i = 0;
  if (key[i] === HEADING_MARK) {
    factor *= HEADING_FACTOR;
    i++;
  }
  if (key[i] === WEAK_MARK) {
    factor *= WEAK_FACTOR;
    i++;
  }
  if (key[i] === LONE_MARK) {
    factor *= LONE_FACTOR;
    i++;
  }
  return factor * weightOf(i ? key.slice(i) : key);
}

/** The term of an evidence key. */
export function termOfKey(key: string): string {
  let i = 0;
  while (key[i] === HEADING_MARK || key[i] === WEAK_MARK || key[i] === LONE_MARK) i++;
  return i ? key.slice(i) : key;
}

export function rankHits(hits: Hit[], weightOf: (term: string) => number): RankedPosition[] {
  const byPosition = new Map<string, { hits: Hit[]; counts: Map<string, number> }>();
  for (const hit of hits) {
    for (const id of hit.positions) {
      let entry = byPosition.get(id);
      if (!entry) {
        entry = { hits: [], counts: new Map() };
        byPosition.set(id, entry);
      }
      entry.hits.push(hit);
      const key = evidenceKey(hit, id);
      entry.counts.set(key, (entry.counts.get(key) ?? 0) + 1);
    }
  }
  const ranked: RankedPosition[] = [];
  for (const [id, { hits: own, counts }] of byPosition)
    ranked.push({ id, score: scoreTerms(counts, weightOf), hits: own });
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A position's score from how often each piece of evidence occurs (the formula above). Keys are
 * evidence keys (evidenceKey); the distinct-term bonus counts distinct terms, not keys.
 */
export function scoreTerms(counts: ReadonlyMap<string, number>, weightOf: (term: string) => number): number {
  let sum = 0;
  const terms = new Set<string>();
  for (const [key, count] of counts) {
    if (count <= 0) continue;
    sum += keyWeight(key, weightOf) * (1 + Math.log(count));
    terms.add(termOfKey(key));
  }
  const score = sum * (1 + DISTINCT_TERM_BONUS * (terms.size - 1));
  return Math.round(score * 1000) / 1000;
}
