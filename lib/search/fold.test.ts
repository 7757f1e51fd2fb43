import { describe, expect, it } from 'vitest';
import { fold, foldText } from './fold';

describe('fold', () => {
  it('spells å, æ, ø as Norwegians type them without the letters', () => {
    expect(foldText('Barnehagelærer')).toBe('barnehagelaerer');
    expect(foldText('Særlig ØKONOMI på Åsane')).toBe('saerlig oekonomi paa aasane');
  });

  it('drops other diacritics and folds case', () => {
    expect(foldText('Idéer for KOMMUNE-Norge')).toBe('ideer for kommune-norge');
  });

  it('folds a decomposed å like a composed one', () => {
    expect(foldText('pa\u030a')).toBe(foldText('på'));
  });

  it('maps every folded character back to the original', () => {
    const { text, map } = fold('Lærer på skolen');
    expect(text).toBe('laerer paa skolen');
    expect(map).toHaveLength(text.length);
    // "ae" both come from "æ" (index 1); "aa" both from "å" (index 7).
    expect(map.slice(0, 4)).toEqual([0, 1, 1, 2]);
    expect(map[text.indexOf('paa') + 2]).toBe(7);
    expect(map[text.length - 1]).toBe('Lærer på skolen'.length - 1);
  });
});
