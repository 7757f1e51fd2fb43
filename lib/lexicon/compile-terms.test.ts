import { describe, expect, it } from 'vitest';
import { addGuards, assignWeights, mergeTerms, resolveNeeds } from './compile-terms';
import { readDeclarations } from './declarations';
import type { PositionTerms } from './types';

const declsOf = (lexicon: PositionTerms[]) => readDeclarations(lexicon).decls;

describe('mergeTerms', () => {
  it('merges the same spelling, inflection and compounding across positions, and keeps other readings apart', () => {
    const decls = declsOf([
      { position: 'doc:a', terms: [{ t: 'Norm', compound: 'head' }, { t: 'tilsyn' }] },
      {
        position: 'doc:b',
        terms: [
          { t: 'norm', compound: 'head' },
          { t: 'tilsyn', infl: 'none' },
        ],
      },
    ]);
    const m = mergeTerms(decls);
    expect(m.terms.map((t) => [t.t, t.infl, t.head, t.positions])).toEqual([
      ['Norm', 'noun', true, ['doc:a', 'doc:b']],
      ['tilsyn', 'noun', false, ['doc:a']],
      ['tilsyn', 'none', false, ['doc:b']],
    ]);
    expect(m.declTerm).toEqual([0, 1, 0, 2]);
    expect(m.termsByKey.get('tilsyn')).toEqual([1, 2]);
    expect([...m.sharedBy.get('norm')!]).toEqual(['doc:a', 'doc:b']);
  });

  it('keeps a language only when every declaration of the term agrees', () => {
    const m = mergeTerms(
      declsOf([
        {
          position: 'doc:a',
          terms: [
            { t: 'skule', lang: 'nn' },
            { t: 'skole', lang: 'nb' },
          ],
        },
        { position: 'doc:b', terms: [{ t: 'skule', lang: 'nn' }, { t: 'skole' }] },
      ]),
    );
    expect(m.terms.map((t) => t.lang)).toEqual(['nn', undefined]);
  });
});

describe('resolveNeeds', () => {
  it('turns named company into term indices and "*" into the other terms of the position', () => {
    const decls = declsOf([
      { position: 'doc:a', terms: [{ t: 'norm', needs: ['*'] }, { t: 'lærer' }, { t: 'skole' }] },
      { position: 'doc:b', terms: [{ t: 'rammer', needs: ['skole'] }] },
    ]);
    const m = mergeTerms(decls);
    resolveNeeds(decls, m);
    expect(m.terms.map((t) => t.needs)).toEqual([[[1, 2]], [null], [null], [[2]]]);
    expect(m.terms[0]!.needsAny).toEqual([true]);
    expect(m.terms[3]!.needsAny).toBeUndefined();
  });

  it('rejects company that is no term of the lexicon', () => {
    const decls = declsOf([{ position: 'doc:a', terms: [{ t: 'norm', needs: ['ukjent'] }] }]);
    expect(() => resolveNeeds(decls, mergeTerms(decls))).toThrow(/no term of the lexicon/);
  });
});

describe('addGuards', () => {
  it('adds each distinct guard word once, after the real terms, and lists it per position', () => {
    const decls = declsOf([
      { position: 'doc:a', terms: [{ t: 'norm', unless: ['Presidenten:', 'vei'] }] },
      { position: 'doc:b', terms: [{ t: 'regel', unless: ['vei'] }] },
    ]);
    const m = mergeTerms(decls);
    const guardOf = addGuards(decls, m);
    expect([...guardOf.entries()]).toEqual([
      ['presidenten:', 2],
      ['vei', 3],
    ]);
    expect(m.terms.slice(2).map((t) => [t.t, t.infl, t.first, t.guard, t.positions])).toEqual([
      ['Presidenten:', 'none', false, true, []],
      ['vei', 'noun', true, true, []],
    ]);
    expect(m.terms[0]!.unless).toEqual([[2, 3]]);
    expect(m.terms[1]!.unless).toEqual([[3]]);
  });
});

describe('assignWeights', () => {
  it('derives weights from length and sharing; a declared weight wins over any default', () => {
    const decls = declsOf([
      { position: 'doc:a', terms: [{ t: 'bemanningsnorm' }, { t: 'norm' }, { t: 'lov', weight: 0.1 }] },
      { position: 'doc:b', terms: [{ t: 'bemanningsnorm' }, { t: 'lov' }] },
    ]);
    const m = mergeTerms(decls);
    assignWeights(decls, m);
    const [shared, short, declared] = m.terms.map((t) => t.weight);
    expect(short).toBeCloseTo(0.5); // 0.3 + 0.05 × 4 letters, one position
    expect(shared).toBeCloseTo(1 / Math.sqrt(2)); // long enough for 1, shared by two positions
    expect(declared).toBe(0.1);
  });
});
