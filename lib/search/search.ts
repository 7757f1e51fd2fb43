import Fuse, { type FuseResult, type FuseResultMatch } from 'fuse.js';
import type { Position } from '../corpus/types';
import { fold, foldText, type Folded } from './fold';
import { queryWords, wordMarks } from './word-marks';

/**
 * Search over every KS position: title, justification, chapter and the terms that point to it
 * (the curated lexicon's and the user's own). Typo-tolerant, with Norwegian letters folded (see
 * fold.ts). Two tiers: exact (folded) word matches first; fuzzy matches only fill up when there are
 * few exact ones, so a short word like "norm" lists the demands that say "norm", not every "nom".
 */

/** [start, end) in the original text. */
export type MarkRange = readonly [start: number, end: number];

export interface SearchHit {
  position: Position;
  /** 0 = perfect, 1 = barely; exact hits always come before fuzzy ones. */
  score: number;
  exact: boolean;
  marks: { title: MarkRange[]; body: MarkRange[]; chapter: MarkRange[] };
  /** Terms (as written) that matched the query. */
  terms: string[];
}

interface Doc {
  position: Position;
  terms: string[];
  title: Folded;
  body: Folded;
  chapter: Folded;
  foldedTerms: string[];
}

const KEYS = [
  { name: 'title', weight: 3, getFn: (d: Doc) => d.title.text },
  { name: 'terms', weight: 2, getFn: (d: Doc) => d.foldedTerms },
  { name: 'chapter', weight: 1, getFn: (d: Doc) => d.chapter.text },
  { name: 'body', weight: 1, getFn: (d: Doc) => d.body.text },
];

/** Fuzzy results only fill up to this many; beyond that, exact results are enough. */
const FUZZY_FILL_BELOW = 5;
export const FUZZY_THRESHOLD = 0.3;

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

export function createSearchIndex(
  positions: readonly Position[],
  termsById: Readonly<Record<string, readonly string[]>> = {},
): SearchIndex {
  const docs: Doc[] = positions.map((position) => {
    const terms = [...new Set(termsById[position.id] ?? [])];
    return {
      position,
      terms,
      title: fold(position.title),
      body: fold(position.body),
      chapter: fold(position.chapter),
      foldedTerms: terms.map(foldText),
    };
  });
  const base = {
    keys: KEYS,
    includeMatches: true,
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    tokenMatch: 'all' as const,
    minMatchCharLength: 2,
  };
  const index = Fuse.createIndex(KEYS, docs);
  const exact = new Fuse(docs, { ...base, threshold: 0 }, index);
  const fuzzy = new Fuse(docs, { ...base, threshold: FUZZY_THRESHOLD }, index);

  return {
    search(query: string, limit = 50): SearchHit[] {
      const q = foldText(query).trim().replace(/\s+/g, ' ');
      if (!q) return [];
      const words = queryWords(q);
      const hits = exact.search(q).map((r) => toHit(r, true, words));
      if (hits.length < FUZZY_FILL_BELOW) {
        const seen = new Set(hits.map((h) => h.position.id));
        for (const r of fuzzy.search(q)) if (!seen.has(r.item.position.id)) hits.push(toHit(r, false, words));
      }
      return hits.slice(0, limit);
    },
  };
}

function toHit(result: FuseResult<Doc>, exact: boolean, words: readonly string[]): SearchHit {
  const doc = result.item;
  const marks: SearchHit['marks'] = { title: [], body: [], chapter: [] };
  const terms = new Set<string>();
  for (const m of result.matches ?? []) {
    if (m.key === 'terms') {
      if (m.refIndex !== undefined && doc.terms[m.refIndex] !== undefined) terms.add(doc.terms[m.refIndex]!);
    } else if (m.key === 'title' || m.key === 'body' || m.key === 'chapter') {
      marks[m.key] = wordMarks(doc.position[m.key], toOriginal(m, doc[m.key]), words);
    }
  }
  return { position: doc.position, score: result.score ?? 1, exact, marks, terms: [...terms] };
}

/** Folded match indices (inclusive) → merged, sorted ranges of the original text. */
function toOriginal(match: FuseResultMatch, folded: Folded): MarkRange[] {
  const ranges = match.indices
    .map(([s, e]): [number, number] => [folded.map[s]!, folded.map[e]! + 1])
    .filter(([s, e]) => Number.isFinite(s) && e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
