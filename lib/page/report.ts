/** The page report (what the badge counts and the popup lists) and the pure merge of the scanners' tallies into it. */
import { byAboutness } from '../match/about';
import type { Speaker } from '../speakers/types';
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

/**
 * One highlighted passage on the page (issue 12: the passages list, the note for the report; issue 13: who says it).
 * Built by the content script from its painted hits (lib/page/passages.ts), in page order.
 */
export interface PagePassage {
  /** Index in page order among all passages of this answer: what `revealPassage` takes. */
  index: number;
  positionId: string;
  /** The nearest heading above the hit, as on the page (e.g. "2.2 Bemanningsnormer"); null when none. */
  heading: string | null;
  /** One or two lines of the paragraph around the hit, whitespace collapsed, cut at word boundaries («…» where cut). */
  snippet: string;
  /** The hit inside `snippet` (UTF-16 offsets, end exclusive). */
  mark: { start: number; end: number };
  /** The whole paragraph the hit is in (whitespace collapsed, capped at 1,200 characters): what the note quotes. */
  paragraph: string;
  /** The party group whose remark the paragraph belongs to (Stortinget innstillinger only, lib/speakers); null when not certain. */
  speaker: Speaker | null;
  /** The position is only mentioned in passing on this page (not in the report's `positions`). */
  mention: boolean;
}

/** The content script's answer to `getPagePassages`. */
export interface PagePassages {
  url: string;
  /** The document's title (document.title, else the first h1). */
  title: string;
  passages: PagePassage[];
  /** More passages exist than were sent (capped, e.g. 2,000 on a huge page). */
  truncated: boolean;
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
