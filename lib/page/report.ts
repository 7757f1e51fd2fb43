/** The page report (what the badge counts and the popup lists) and the pure merge of the scanners' tallies into it. */
import { byAboutness } from '../match/about';
import type { PositionTally } from './hit-index';

export type ContentCommand = 'toggle-highlights' | 'next-highlight' | 'previous-highlight';

export interface RevealResult {
  /** Which occurrence is now focused (0-based) and how many there are; total 0 when none. */
  index: number;
  total: number;
}

/** Positions found on one page, strongest first. */
export interface PageMatchReport {
  url: string;
  /** Highlighting is on for this page (off after the toggle command, or when the user turned it off). */
  enabled: boolean;
  /** Positions the page is about (lib/match/about.ts): what the badge counts and the popup lists. */
  positionCount: number;
  positions: PagePosition[];
  /** Positions only touched in passing: highlighted, not reported, strongest first. */
  mentions: PagePosition[];
}

export interface PagePosition {
  id: string;
  score: number;
  /** Occurrences on the page. */
  count: number;
  /** The distinct surface words found, as on the page, most frequent first. */
  words: string[];
}

/** The tallies of several scanners (the page and its frames) as one. */
export function mergeTallies(tallies: Iterable<ReadonlyMap<string, PositionTally>>): Map<string, PositionTally> {
  const merged = new Map<string, PositionTally>();
  for (const tally of tallies) {
    for (const [id, t] of tally) {
      const into = merged.get(id) ?? { count: 0, terms: new Map(), words: new Map() };
      into.count += t.count;
      for (const [k, n] of t.terms) into.terms.set(k, (into.terms.get(k) ?? 0) + n);
      for (const [k, n] of t.words) into.words.set(k, (into.words.get(k) ?? 0) + n);
      merged.set(id, into);
    }
  }
  return merged;
}

/**
 * The report from the scanners' running tallies: no pass over every hit (a 10 MB page has 100,000+).
 * Reported is what the page is about; a passing mention stays highlighted but is not listed.
 */
export function pageReport(
  url: string,
  enabled: boolean,
  tallies: Iterable<ReadonlyMap<string, PositionTally>>,
  scoreTerms: (terms: ReadonlyMap<string, number>) => number,
): PageMatchReport {
  const merged = enabled ? mergeTallies(tallies) : new Map<string, PositionTally>();
  const ranked = [...merged].map(([id, t]) => ({
    id,
    score: scoreTerms(t.terms),
    count: t.count,
    words: [...t.words].sort((a, b) => b[1] - a[1]).map(([w]) => w),
  }));
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { positions, mentions } = byAboutness(ranked);
  return { url, enabled, positionCount: positions.length, positions, mentions };
}
