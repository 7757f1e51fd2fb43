import { describe, expect, it } from 'vitest';
import { buildPatterns } from './compile-patterns';
import { addGuards, mergeTerms } from './compile-terms';
import { readDeclarations } from './declarations';
import type { PositionTerms } from './types';

function patternsOf(lexicon: PositionTerms[]) {
  const { decls } = readDeclarations(lexicon);
  const merged = mergeTerms(decls);
  const guardOf = addGuards(decls, merged);
  return buildPatterns(decls, merged.terms, merged.declTerm, guardOf);
}

describe('buildPatterns', () => {
  it('gives one pattern per spelling up to the stem, sharing identical ending sets', () => {
    const { patterns, suffixSets } = patternsOf([
      { position: 'doc:a', terms: [{ t: 'statlig|statleg tilsyn' }, { t: 'innsigelse' }] },
    ]);
    expect(patterns.map((p) => p.s)).toEqual(['statlig tilsyn', 'statleg tilsyn', 'innsigels']);
    const [ruleA, ruleB, ruleC] = patterns.map((p) => p.rules[0]!);
    expect(ruleA![1]).toBe(ruleB![1]);
    expect(ruleC).toEqual([1, ruleC![1], 'e']);
    expect(suffixSets[ruleC![1]]).toContain('ene');
  });

  it('adds the patterns of guard words after those of the terms', () => {
    const { patterns } = patternsOf([{ position: 'doc:a', terms: [{ t: 'norm', unless: ['vei'] }] }]);
    expect(patterns.map((p) => [p.s, p.rules.map((r) => r[0])])).toEqual([
      ['norm', [0]],
      ['vei', [1]],
    ]);
  });

  it('rejects compounding on a last word that ends in no letter, naming the position', () => {
    expect(() => patternsOf([{ position: 'doc:a', terms: [{ t: 'Klimakur 2030!', compound: 'first' }] }])).toThrow(
      /doc:a.*ends in a letter/,
    );
  });
});
