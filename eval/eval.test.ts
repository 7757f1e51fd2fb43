import { describe, expect, it } from 'vitest';
import { bundle } from '../lib/data/bundle';
import { defaultMatcher } from '../lib/lexicon/index';
import { evaluate, formatReport, THRESHOLDS } from './evaluate';
import { loadPassages } from './passages';

describe('evaluation on the labelled passages', () => {
  const passages = loadPassages();
  const result = evaluate(passages, defaultMatcher(), bundle.positions);
  const report = formatReport(passages, result);

  it(`finds the expected positions (recall ≥ ${THRESHOLDS.recall})`, () => {
    expect(result.overall.recall, report).toBeGreaterThanOrEqual(THRESHOLDS.recall);
  });

  it(`predicts few unexpected ones (precision ≥ ${THRESHOLDS.precision})`, () => {
    expect(result.overall.precision, report).toBeGreaterThanOrEqual(THRESHOLDS.precision);
  });
});
