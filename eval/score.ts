/**
 * Scoring of the evaluation: labelled passages + what the matcher predicted → recall and precision
 * at position level (overall, per chapter, per language), word-level recall, and every miss and false
 * positive. Pure: no matcher, no file access, so it can be tested on its own.
 */
import type { Hit } from '../lib/match/types';
import type { Passage } from './types';

/** What the matcher said about one passage. */
export interface Prediction {
  passage: Passage;
  hits: Hit[];
  /** Positions predicted for the passage. */
  positions: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  recall: number;
  precision: number;
}

export interface Miss {
  passage: string;
  position: string;
  /** The words that should have lit up for it. */
  words: string[];
}

export interface FalsePositive {
  passage: string;
  position: string;
  /** The surface words whose hits pointed to it. */
  words: string[];
}

export interface WordMiss {
  passage: string;
  position: string;
  word: string;
}

export interface Score {
  overall: Counts;
  byChapter: Map<string, Counts>;
  byLanguage: Map<string, Counts>;
  words: { expected: number; covered: number; recall: number };
  misses: Miss[];
  falsePositives: FalsePositive[];
  wordMisses: WordMiss[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function counts({ tp, fp, fn }: Tally): Counts {
  // No expectation met and none made: nothing missed (recall 1); no prediction: nothing wrong (precision 1).
  return { tp, fp, fn, recall: tp + fn === 0 ? 1 : tp / (tp + fn), precision: tp + fp === 0 ? 1 : tp / (tp + fp) };
}

function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) {
    t = { tp: 0, fp: 0, fn: 0 };
    map.set(key, t);
  }
  return t;
}

/** Every [start, end) where `word` occurs in `text`. */
function occurrences(text: string, word: string): [number, number][] {
  const out: [number, number][] = [];
  if (!word) return out;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push([i, i + word.length]);
  return out;
}

/**
 * Score predictions. `chapterOf` names the chapter of a position (unknown positions go under "?").
 * A word counts as covered when some hit overlaps one of its occurrences in the passage.
 */
export function score(predictions: Prediction[], chapterOf: (position: string) => string): Score {
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  const byChapter = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const wordMisses: WordMiss[] = [];
  let expectedWords = 0;
  let coveredWords = 0;

  for (const { passage, hits, positions } of predictions) {
    const predicted = new Set(positions);
    const expected = new Set(passage.expect.map((e) => e.position));
    const lang = tallyOf(byLanguage, passage.lang);
    for (const e of passage.expect) {
      const chapter = tallyOf(byChapter, chapterOf(e.position));
      const hit = predicted.has(e.position);
      for (const t of [overall, chapter, lang]) {
        if (hit) t.tp++;
        else t.fn++;
      }
      if (!hit) misses.push({ passage: passage.id, position: e.position, words: e.words });
      for (const word of e.words) {
        expectedWords++;
        const covered = occurrences(passage.text, word).some(([s, t]) => hits.some((h) => h.start < t && h.end > s));
        if (covered) coveredWords++;
        else wordMisses.push({ passage: passage.id, position: e.position, word });
      }
    }
    for (const p of predicted) {
      if (expected.has(p)) continue;
      for (const t of [overall, tallyOf(byChapter, chapterOf(p)), lang]) t.fp++;
      const words = [...new Set(hits.filter((h) => h.positions.includes(p)).map((h) => h.text))];
      falsePositives.push({ passage: passage.id, position: p, words });
    }
  }

  const toCounts = (m: Map<string, Tally>) => new Map([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, counts(v)]));
  return {
    overall: counts(overall),
    byChapter: toCounts(byChapter),
    byLanguage: toCounts(byLanguage),
    words: { expected: expectedWords, covered: coveredWords, recall: expectedWords === 0 ? 1 : coveredWords / expectedWords },
    misses,
    falsePositives,
    wordMisses,
  };
}
