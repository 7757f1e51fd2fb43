/**
 * Whose words a paragraph of a Stortinget innstilling is.
 *
 * - committee: the whole committee («Komiteen viser til …», «Komiteen, medlemmene fra …»)
 * - majority / minority: a group the text calls so («Komiteens flertall, medlemmene fra …»,
 *   «Et annet mindretall, …», and «Flertallet …» referring back to it)
 * - party: members of one or more named parties not called majority or minority
 *   («Komiteens medlemmer fra Høyre og Fremskrittspartiet …», «Medlemmet fra Rødt …»)
 * - proposal: a minority proposal in «Forslag fra mindretall» («Forslag fra Høyre: …»)
 * - summary: the committee's account of the proposition, report or a minister's letter
 *   («Sammendrag», «Brev fra statsråden»): nobody's position
 */
export type SpeakerKind = 'committee' | 'majority' | 'minority' | 'party' | 'proposal' | 'summary';

export interface Speaker {
  kind: SpeakerKind;
  /** Canonical abbreviations (A, H, FrP, Sp, SV, R, V, KrF, MDG, PF, …) in the order written; empty when
   *  not named (a summary, or the committee without its list of members). */
  parties: string[];
  /** The opening words that name the group, e.g. «Komiteens flertall, medlemmene fra Arbeiderpartiet og
   *  Senterpartiet», or the heading of a summary section. */
  label: string;
}
