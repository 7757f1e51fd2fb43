import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SCORE, DEFAULT_TOP } from '../lib/mine';
import { InputError, parseArgs } from './mine-args';

describe('mine: parseArgs', () => {
  it('takes files and defaults', () => {
    expect(parseArgs(['a.txt', 'b.html'])).toEqual({
      files: ['a.txt', 'b.html'],
      json: false,
      minScore: DEFAULT_MIN_SCORE,
      top: DEFAULT_TOP,
      realText: false,
    });
  });

  it('reads options with a separate or an inline value, and "-" as a file', () => {
    const a = parseArgs(['--json', '--top=3', '--min-score', '1.5', '--real-text', '--half', 'check', '-']);
    expect(a).toEqual({ files: ['-'], json: true, minScore: 1.5, top: 3, realText: true, half: 'check' });
  });

  it('throws an InputError naming the option for a bad or missing value', () => {
    expect(() => parseArgs(['x', '--top', '1.5'])).toThrow(InputError);
    expect(() => parseArgs(['x', '--top=0'])).toThrow(/--top must be a whole number/);
    expect(() => parseArgs(['x', '--min-score'])).toThrow(/--min-score needs a value/);
    expect(() => parseArgs(['x', '--half', 'all'])).toThrow(/--half must be tuning or check/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option "--bogus"/);
  });

  it('needs an input, and --half only with --real-text', () => {
    expect(() => parseArgs([])).toThrow(/missing input file/);
    expect(() => parseArgs(['x', '--half', 'tuning'])).toThrow(/--half goes with --real-text/);
    expect(parseArgs(['--real-text']).files).toEqual([]);
  });
});
