/**
 * Parties of the Storting as innstillinger name them: full names in bokmål and nynorsk and the usual
 * abbreviations, mapped to one canonical abbreviation each.
 */

export interface Party {
  /** Canonical abbreviation, as Stortinget writes it after a representative's name. */
  abbr: string;
  /** Full names, bokmål first. Matched case-insensitively except for the first letter. */
  names: readonly string[];
  /** Other abbreviations seen in running text (matched exactly). */
  aliases: readonly string[];
}

export const PARTIES: readonly Party[] = [
  { abbr: 'A', names: ['Arbeiderpartiet', 'Arbeidarpartiet'], aliases: ['Ap'] },
  { abbr: 'H', names: ['Høyre', 'Høgre'], aliases: [] },
  { abbr: 'FrP', names: ['Fremskrittspartiet', 'Framstegspartiet'], aliases: ['Frp', 'FRP'] },
  { abbr: 'Sp', names: ['Senterpartiet'], aliases: ['SP'] },
  { abbr: 'SV', names: ['Sosialistisk Venstreparti'], aliases: [] },
  { abbr: 'R', names: ['Rødt', 'Raudt'], aliases: [] },
  { abbr: 'V', names: ['Venstre'], aliases: [] },
  { abbr: 'KrF', names: ['Kristelig Folkeparti', 'Kristeleg Folkeparti'], aliases: ['Krf', 'KRF'] },
  { abbr: 'MDG', names: ['Miljøpartiet De Grønne', 'Miljøpartiet Dei Grøne'], aliases: [] },
  { abbr: 'PF', names: ['Pasientfokus'], aliases: [] },
  { abbr: 'TF', names: ['Tverrpolitisk Folkevalgte'], aliases: [] },
  { abbr: 'Kp', names: ['Kystpartiet'], aliases: [] },
];

interface Form {
  /** Lower-cased surface form. */
  key: string;
  abbr: string;
  /** Abbreviations must match exactly in case ("V" is a party, "v" is not). */
  exact: boolean;
  surface: string;
}

// Longest first, so «Sosialistisk Venstreparti» wins over «Venstre».
const FORMS: Form[] = PARTIES.flatMap((p) => [
  ...p.names.map((n) => ({ key: n.toLowerCase(), abbr: p.abbr, exact: false, surface: n })),
  ...[p.abbr, ...p.aliases].map((a) => ({ key: a.toLowerCase(), abbr: p.abbr, exact: true, surface: a })),
]).sort((a, b) => b.key.length - a.key.length);

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The party whose name or abbreviation starts at `at` in `text` and ends at a word boundary:
 * its canonical abbreviation and the end offset, or null.
 */
export function partyAt(text: string, at: number): { abbr: string; end: number } | null {
  const first = text[at];
  if (first === undefined || first !== first.toUpperCase() || first === first.toLowerCase()) return null;
  for (const f of FORMS) {
    const end = at + f.key.length;
    if (end > text.length) continue;
    const slice = text.slice(at, end);
    if (f.exact ? slice !== f.surface : slice.toLowerCase() !== f.key) continue;
    const next = text[end];
    if (next !== undefined && LETTER.test(next)) continue;
    // «A.», «H.» or «P Syse» is a person's initial, not a party.
    if (f.exact && f.surface.length === 1 && (next === '.' || /^ \p{Lu}/u.test(text.slice(end, end + 2)))) continue;
    return { abbr: f.abbr, end };
  }
  return null;
}

/** The canonical abbreviation of a full party name or abbreviation, or undefined. */
export function canonicalParty(name: string): string | undefined {
  const t = name.trim();
  const hit = partyAt(t, 0);
  return hit && hit.end === t.length ? hit.abbr : undefined;
}

/** Party abbreviations in canonical (PARTIES) order, without duplicates. */
export function sortParties(parties: Iterable<string>): string[] {
  const set = new Set(parties);
  return PARTIES.map((p) => p.abbr).filter((a) => set.has(a));
}
