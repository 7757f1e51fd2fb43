/**
 * Run a matcher over the labelled passages and report. Shared by `npm run eval` (eval/run.ts) and the
 * Vitest gate (eval/eval.test.ts).
 *
 * A position is predicted for a passage when the page would report it (lib/match/about.ts): one hit
 * of any specific term is enough — passages are a paragraph or three, and there a single
 * "bemanningsnormer" is the evidence a reader needs — but a lone passing mention is not. No relative
 * cut-off (share of the top score): a passage may touch several demands, the minor one with a single
 * mention.
 */
import type { Position } from '../lib/corpus/types';
import { byAboutness } from '../lib/match/about';
import type { Matcher } from '../lib/match/types';
import { scorePhrases, type Excerpt, type PhraseScore } from './real-text';
import { score, type Counts, type Prediction, type Score } from './score';
import type { Passage } from './types';

export const THRESHOLDS = { recall: 0.95, precision: 0.9 } as const;

export function predict(passages: Passage[], matcher: Matcher): Prediction[] {
  return passages.map((passage) => {
    const hits = matcher.find(passage.text);
    // Exactly what the popup lists and the CLI reports as `positions` (lib/match/about.ts).
    const positions = byAboutness(matcher.rank(hits)).positions.map((r) => r.id);
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

/** The per-chapter and per-language rows, shared by the own sets' and the real-text set's reports. */
function breakdown(s: Score): string[] {
  return [
    'Per chapter',
    ...[...s.byChapter].map(([k, c]) => row(k.length > 58 ? `${k.slice(0, 55)}…` : k, c)),
    '',
    'Per language',
    ...[...s.byLanguage].map(([k, c]) => row(k, c)),
  ];
}

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
    ...breakdown(s),
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

/** The targets of issue 9 for the real-text set: the whole set, and the check half within 0.05 of them. */
export const REAL_THRESHOLDS = { recall: 0.9, precision: 0.85, phrases: 0.9, checkMargin: 0.05 } as const;

/**
 * What `npm test` enforces on the whole real-text set (eval/real-text.test.ts): the targets where they
 * are met, and for phrase coverage, which a term lexicon cannot reach (README: most unmarked phrases
 * are clauses of generic words such as «KS er kritisk»), a floor just under today's figure so that no
 * change may lose ground.
 */
export const REAL_GATE = { recall: 0.9, precision: 0.85, phrases: 0.72 } as const;

export interface RealTextResult {
  excerpts: number;
  score: Score;
  phrases: PhraseScore;
  negatives: { total: number; clean: number; dirty: string[] };
}

/** The real-text excerpts as passages for score(): expected positions without word lists (phrases are scored apart). */
function asPassage(e: Excerpt): Passage {
  return { id: e.id, lang: e.language, genre: 'nyhet', text: e.text, expect: e.relevantDemands.map((position) => ({ position, words: [] })) };
}

export function evaluateRealText(excerpts: readonly Excerpt[], matcher: Matcher, positions: Position[]): RealTextResult {
  const predictions = predict(excerpts.map(asPassage), matcher);
  const negatives = predictions.filter((p) => p.passage.expect.length === 0);
  const dirty = negatives.filter((p) => p.positions.length > 0).map((p) => `${p.passage.id} (${p.positions.join(', ')})`);
  return {
    excerpts: excerpts.length,
    score: score(predictions, chapterNamer(positions)),
    phrases: scorePhrases(predictions.map((p, i) => ({ excerpt: excerpts[i]!, hits: p.hits }))),
    negatives: { total: negatives.length, clean: negatives.length - dirty.length, dirty },
  };
}

export function realTextPasses(
  r: RealTextResult,
  bar: { recall: number; precision: number; phrases: number } = REAL_THRESHOLDS,
): boolean {
  return (
    r.score.overall.recall >= bar.recall &&
    r.score.overall.precision >= bar.precision &&
    r.phrases.coverage >= bar.phrases &&
    r.negatives.clean === r.negatives.total
  );
}

/** The check half within the margin of the thresholds (it is smaller, so it may wobble a little). */
export function checkHalfPasses(r: RealTextResult): boolean {
  const m = REAL_THRESHOLDS.checkMargin;
  return (
    r.score.overall.recall >= REAL_THRESHOLDS.recall - m &&
    r.score.overall.precision >= REAL_THRESHOLDS.precision - m &&
    r.phrases.coverage >= REAL_THRESHOLDS.phrases - m
  );
}

export function pick(excerpts: readonly Excerpt[], ids: readonly string[]): Excerpt[] {
  const wanted = new Set(ids);
  return excerpts.filter((e) => wanted.has(e.id));
}

export function formatRealTextReport(name: string, r: RealTextResult, verbose: boolean): string {
  const s = r.score;
  const lines = [
    `${name}: ${r.excerpts} excerpts, ${s.overall.tp + s.overall.fn} expected positions, ${r.negatives.total} negatives`,
    row('overall', s.overall),
    `  phrases marked ${r.phrases.marked}/${r.phrases.expected} (${pct(r.phrases.coverage).trim()})   negatives clean ${r.negatives.clean}/${r.negatives.total}`,
  ];
  if (!verbose) return lines.join('\n');
  lines.push(
    '',
    ...breakdown(s),
    '',
    `Misses (${s.misses.length}):`,
    ...s.misses.map((m) => `  ${m.passage}  ${m.position}`),
    '',
    `Extras (${s.falsePositives.length}):`,
    ...s.falsePositives.map((f) => `  ${f.passage}  ${f.position}  from: ${f.words.map((w) => JSON.stringify(w)).join(', ')}`),
    '',
    `Negatives not clean (${r.negatives.dirty.length}):`,
    ...r.negatives.dirty.map((d) => `  ${d}`),
    '',
    `Phrases not marked (${r.phrases.misses.length}):`,
    ...r.phrases.misses.map((m) => `  ${m.excerpt}  ${JSON.stringify(m.phrase)}  (${m.positions.join(', ') || 'negative'})`),
  );
  return lines.join('\n');
}
