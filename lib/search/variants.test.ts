import { describe, expect, it } from 'vitest';
import { foldCaseVariants } from './variants';

describe('foldCaseVariants', () => {
  it('keeps the first (most frequent) form of each word, in order', () => {
    expect(
      foldCaseVariants(['statlig tilsyn', 'Statlig tilsyn', 'innsigelser', 'STATLIG TILSYN', 'Innsigelser']),
    ).toEqual(['statlig tilsyn', 'innsigelser']);
    expect(foldCaseVariants(['Bemanningsnormer', 'bemanningsnormer'])).toEqual(['Bemanningsnormer']);
  });

  it('folds Norwegian letters by case too, and keeps different words apart', () => {
    expect(foldCaseVariants(['Økonomi', 'økonomi', 'økonomien', 'ÆRE', 'ære'])).toEqual([
      'Økonomi',
      'økonomien',
      'ÆRE',
    ]);
  });
});
