import { describe, expect, it } from 'vitest';
import { groupSummary } from './summary';
import type { Speaker } from './types';

const majority: Speaker = { kind: 'majority', parties: ['SV', 'A', 'Sp'], label: 'Komiteens flertall, medlemmene fra …' };
const hFrp: Speaker = { kind: 'party', parties: ['FrP', 'H'], label: 'Komiteens medlemmer fra Høyre og …' };
const proposal: Speaker = { kind: 'proposal', parties: ['H', 'FrP'], label: 'Forslag fra Høyre og Fremskrittspartiet' };

describe('groupSummary', () => {
  it('lists each group once, majority before parties before proposals', () => {
    const line = groupSummary([proposal, null, hFrp, majority, { ...majority, label: 'Flertallet' }]);
    expect(line).toEqual(['Flertallet (A, Sp, SV)', 'H, FrP', 'Forslag fra H og FrP']);
  });

  it('leaves out the summary of the proposition and unknown groups', () => {
    const summary: Speaker = { kind: 'summary', parties: [], label: 'Sammendrag' };
    expect(groupSummary([summary, null])).toEqual([]);
  });

  it('writes nynorsk', () => {
    expect(groupSummary([majority, proposal], 'nn')).toEqual(['Fleirtalet (A, Sp, SV)', 'Forslag frå H og FrP']);
  });
});
