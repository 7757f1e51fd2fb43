import { describe, expect, it } from 'vitest';
import { positionId } from './id';

describe('positionId', () => {
  it('uses the document id and the first six words, folded to ASCII', () => {
    expect(positionId('ks-2021', 'Unngå nye og utvidede bindende bemanningsnormer i kommunesektoren.')).toBe(
      'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer',
    );
  });
  it('does not change when the end of the title changes', () => {
    const a = positionId('d', 'Styrke plan- og bygningsloven som verktøy for lokal politisk styring');
    const b = positionId('d', 'Styrke plan- og bygningsloven som verktøy for lokal politisk styring og samordning.');
    expect(a).toBe(b);
  });
  it('folds æ, ø and å', () => {
    expect(positionId('d', 'Sørge for økt læring på Åsen')).toBe('d:sorge-for-okt-laering-pa-asen');
  });
});
