/**
 * Run a matcher over the labelled passages and report. Shared by `npm run eval` (eval/run.ts) and the
 * Vitest gate (eval/eval.test.ts).
 *
 * A position is predicted for a passage when its hits (counted ones: context rules met) reach
 * MIN_RELEVANT_SCORE (lib/match/rank.ts): one hit of any specific term is enough — passages are a
 * paragraph or three, and there a single "bemanningsnormer" is the evidence a reader needs — but a
 * lone three-letter abbreviation or a short shared word is not. No relative cut-off (share of the top
 * score): a passage may touch several demands, the minor one with a single mention.
 */
import type { Position } from '../lib/corpus/types';
import { MIN_RELEVANT_SCORE } from '../lib/match/rank';
import type { Matcher } from '../lib/match/types';
import { score, type Counts, type Prediction, type Score } from './score';
import type { Passage } from './types';

export const THRESHOLDS = { recall: 0.95, precision: 0.9 } as const;

export function predict(passages: Passage[], matcher: Matcher): Prediction[] {
  return passages.map((passage) => {
    const hits = matcher.find(passage.text);
    const positions = matcher
      .rank(hits)
      .filter((r) => r.score >= MIN_RELEVANT_SCORE)
      .map((r) => r.id);
    return { passage, hits, positions };
  });
}

/** "3 Gi gode rammer …" for a position id, from the bundled positions. */
export function chapterNamer(positions: Position[]): (id: string) => string {
  const byId = new Map(positions.map((p) => [p.id, `${p.chapterIndex} ${p.chapter}`]));
  return (id) => byId.get(id) ?? '? (unknown position)';
}

export function evaluate(passages: Passage[], matcher: Matcher, positions: Position[]): Score {
  return score(predict(passages, matcher), chapterNamer(positions));
}

export function passes(s: Score): boolean {
  return s.overall.recall >= THRESHOLDS.recall && s.overall.precision >= THRESHOLDS.precision;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (name: string, c: Counts) =>
  `  ${name.padEnd(58)} recall ${pct(c.recall)}  precision ${pct(c.precision)}  (tp ${c.tp}, fn ${c.fn}, fp ${c.fp})`;

export function formatReport(passages: Passage[], s: Score): string {
  const nb = passages.filter((p) => p.lang === 'nb').length;
  const negatives = passages.filter((p) => p.expect.length === 0).length;
  const lines = [
    `Evaluation: ${passages.length} passages (nb ${nb}, nn ${passages.length - nb}; ${negatives} without any position), ` +
      `${s.overall.tp + s.overall.fn} expected positions`,
    '',
    'Position level',
    row('overall', s.overall),
    '',
    'Per chapter',
    ...[...s.byChapter].map(([k, c]) => row(k.length > 58 ? `${k.slice(0, 55)}…` : k, c)),
    '',
    'Per language',
    ...[...s.byLanguage].map(([k, c]) => row(k, c)),
    '',
    `Word level: ${s.words.covered}/${s.words.expected} expected words covered by a hit (${pct(s.words.recall).trim()})`,
    '',
    `Misses (${s.misses.length}):`,
    ...s.misses.map((m) => `  ${m.passage}  ${m.position}  expected: ${m.words.map((w) => JSON.stringify(w)).join(', ')}`),
    '',
    `False positives (${s.falsePositives.length}):`,
    ...s.falsePositives.map((f) => `  ${f.passage}  ${f.position}  from: ${f.words.map((w) => JSON.stringify(w)).join(', ')}`),
    '',
    `Words not covered (${s.wordMisses.length}):`,
    ...s.wordMisses.map((w) => `  ${w.passage}  ${w.position}  ${JSON.stringify(w.word)}`),
    '',
    `Thresholds: recall ≥ ${pct(THRESHOLDS.recall).trim()}, precision ≥ ${pct(THRESHOLDS.precision).trim()} → ${passes(s) ? 'PASS' : 'FAIL'}`,
  ];
  return lines.join('\n');
}
