/**
 * Aboutness: which positions a text is about (reported: popup list, badge, CLI `positions`) and which
 * it only mentions (highlighted, not reported). A position is reported when its evidence reaches
 * MIN_RELEVANT_SCORE (lib/match/rank.ts): one specific term, or a weak one repeated, joined by another
 * term of the position, or standing in a heading. A lone passing mention of a weak term — a law cited
 * as legal basis, a committee's name — stays a mention.
 */
import { MIN_RELEVANT_SCORE } from './rank';
import type { RankedPosition } from './types';

export interface Aboutness<T extends { score: number } = RankedPosition> {
  /** What the text is about, strongest first. */
  positions: T[];
  /** Touched in passing: highlighted, not reported. */
  mentions: T[];
}

export function isAbout(score: number): boolean {
  return score >= MIN_RELEVANT_SCORE;
}

/** Splits ranked positions (strongest first) into reported positions and mentions, keeping the order. */
export function byAboutness<T extends { score: number }>(ranked: readonly T[]): Aboutness<T> {
  const positions: T[] = [];
  const mentions: T[] = [];
  for (const r of ranked) (isAbout(r.score) ? positions : mentions).push(r);
  return { positions, mentions };
}

/**
 * Position ids (of one hit) in the order the page ranks them: what the page is about first, strongest
 * first, then mentions, then anything unranked, each group in its given order. The hover card lists a
 * phrase shared by several demands this way.
 */
export function orderByAboutness(ids: readonly string[], about: Aboutness<{ id: string; score: number }>): string[] {
  const rank = new Map([...about.positions, ...about.mentions].map((p, i) => [p.id, i]));
  return ids
    .map((id, i) => ({ id, i, r: rank.get(id) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.id);
}
