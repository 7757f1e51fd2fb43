import { describe, expect, it } from 'vitest';
import { formatSpeaker, speakerKey } from './format';
import type { Speaker } from './types';

const s = (kind: Speaker['kind'], parties: string[], label = ''): Speaker => ({ kind, parties, label });

describe('formatSpeaker', () => {
  it('names each kind briefly, parties in the canonical order', () => {
    expect(formatSpeaker(s('majority', ['SV', 'A', 'Sp']))).toBe('Flertallet (A, Sp, SV)');
    expect(formatSpeaker(s('majority', ['A', 'Sp']), 'nn')).toBe('Fleirtalet (A, Sp)');
    expect(formatSpeaker(s('minority', ['R']))).toBe('Mindretallet (R)');
    expect(formatSpeaker(s('party', ['FrP', 'H']))).toBe('H, FrP');
    expect(formatSpeaker(s('proposal', ['FrP', 'H', 'KrF']))).toBe('Forslag fra H, FrP og KrF');
    expect(formatSpeaker(s('proposal', ['R']), 'nn')).toBe('Forslag frå R');
    expect(formatSpeaker(s('committee', ['A', 'H']))).toBe('Komiteen');
    expect(formatSpeaker(s('summary', [], 'Brev fra statsråden'))).toBe('Brev fra statsråden');
  });

  it('keys groups by kind and parties, not by how they were written', () => {
    expect(speakerKey(s('majority', ['Sp', 'A'], 'Flertallet'))).toBe(speakerKey(s('majority', ['A', 'Sp'], 'Komiteens flertall')));
    expect(speakerKey(s('majority', ['A']))).not.toBe(speakerKey(s('minority', ['A'])));
    expect(speakerKey(s('summary', [], 'Sammendrag'))).toBe(speakerKey(s('summary', [], 'Bakgrunn')));
  });
});
