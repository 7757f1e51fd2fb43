import { describe, expect, it } from 'vitest';
import { canonicalParty, partyAt, PARTIES, sortParties } from './parties';

describe('parties', () => {
  it.each([
    ['Arbeiderpartiet', 'A'],
    ['Arbeidarpartiet', 'A'],
    ['Ap', 'A'],
    ['Høgre', 'H'],
    ['Framstegspartiet', 'FrP'],
    ['Frp', 'FrP'],
    ['Sosialistisk Venstreparti', 'SV'],
    ['Venstre', 'V'],
    ['Raudt', 'R'],
    ['Kristeleg Folkeparti', 'KrF'],
    ['Miljøpartiet De Grønne', 'MDG'],
    ['Miljøpartiet de Grønne', 'MDG'],
    ['Miljøpartiet Dei Grøne', 'MDG'],
    ['Pasientfokus', 'PF'],
  ])('%s is %s', (name, abbr) => {
    expect(canonicalParty(name)).toBe(abbr);
  });

  it('prefers the longest name: «Sosialistisk Venstreparti» is not Venstre', () => {
    expect(partyAt('Sosialistisk Venstreparti og Rødt', 0)).toEqual({ abbr: 'SV', end: 25 });
  });

  it('needs a word boundary and a capital', () => {
    expect(partyAt('Venstrepartiets', 0)).toBeNull();
    expect(partyAt('høyre side', 0)).toBeNull();
    expect(partyAt('Rødtvin', 0)).toBeNull();
  });

  it('reads a single capital before a full stop or a name as an initial, not a party', () => {
    expect(partyAt('H. Nordmann', 0)).toBeNull();
    expect(partyAt('P Syse', 0)).toBeNull();
    expect(partyAt('H og FrP', 0)).toEqual({ abbr: 'H', end: 1 });
    expect(partyAt('V, KrF', 0)).toEqual({ abbr: 'V', end: 1 });
  });

  it('sorts abbreviations in the canonical order without duplicates', () => {
    expect(sortParties(['SV', 'A', 'SV', 'H'])).toEqual(['A', 'H', 'SV']);
    expect(new Set(PARTIES.map((p) => p.abbr)).size).toBe(PARTIES.length);
  });
});
