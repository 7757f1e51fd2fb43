import { describe, expect, it } from 'vitest';
import { searchTermsById, termForms } from './terms';

describe('termForms', () => {
  it('expands | alternatives into every readable form', () => {
    expect(termForms('statlig|statleg tilsyn')).toEqual(['statlig tilsyn', 'statleg tilsyn']);
    expect(termForms('Hagen-utvalget|Hagenutvalget')).toEqual(['Hagen-utvalget', 'Hagenutvalget']);
    expect(termForms('  innsigelse ')).toEqual(['innsigelse']);
  });

  it('caps the product of alternatives', () => {
    expect(termForms('a|b|c d|e|f g|h|i')).toHaveLength(8);
  });
});

describe('searchTermsById', () => {
  it('merges lexicon and own terms per position without case duplicates', () => {
    const out = searchTermsById(
      [
        { position: 'ks-2021:a', terms: [{ t: 'bemanningsnorm' }, { t: 'lærernorm|lærarnorm' }] },
        { position: 'ks-2021:b', terms: [{ t: 'innsigelse' }] },
      ],
      [
        { positionId: 'ks-2021:a', term: 'Bemanningsnorm' },
        { positionId: 'ks-2021:a', term: 'pedagognorm' },
        { positionId: 'ks-2021:c', term: 'eget ord' },
      ],
    );
    expect(out).toEqual({
      'ks-2021:a': ['bemanningsnorm', 'lærernorm', 'lærarnorm', 'pedagognorm'],
      'ks-2021:b': ['innsigelse'],
      'ks-2021:c': ['eget ord'],
    });
  });
});
