/**
 * How strongly a page is about each position, from its hits:
 * - each distinct term adds weight × (1 + ln count): repeats count, with diminishing returns;
 * - weight is the term's specificity (short terms and terms shared by several positions weigh less);
 * - several distinct terms of one position together multiply the sum (1 + 0.25 per extra term),
 *   since independent evidence is worth more than one word repeated.
 */
import type { Hit, RankedPosition } from './types';

export const DISTINCT_TERM_BONUS = 0.25;

/**
 * Below this score a position is not "what the text is about": a lone hit of a weak term (a
 * three-letter abbreviation like "NAV", or a short word shared by several positions) is too little
 * evidence on its own, while one hit of any specific term (weight ≥ 0.5) or a weak term repeated or
 * joined by another term of the position is enough. Hits stay highlighted either way.
 */
export const MIN_RELEVANT_SCORE = 0.5;

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
      entry.counts.set(hit.term, (entry.counts.get(hit.term) ?? 0) + 1);
    }
  }
  const ranked: RankedPosition[] = [];
  for (const [id, { hits: own, counts }] of byPosition) ranked.push({ id, score: scoreTerms(counts, weightOf), hits: own });
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A position's score from how often each of its terms occurs (the formula above). */
export function scoreTerms(counts: ReadonlyMap<string, number>, weightOf: (term: string) => number): number {
  let sum = 0;
  for (const [term, count] of counts) sum += weightOf(term) * (1 + Math.log(count));
  const score = sum * (1 + DISTINCT_TERM_BONUS * (counts.size - 1));
  return Math.round(score * 1000) / 1000;
}
