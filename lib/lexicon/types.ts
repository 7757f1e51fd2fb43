/**
 * The lexicon's declaration language. Curated by hand, one source file per KS document
 * (lib/lexicon/<documentId>.ts), one entry per position, so an adviser can review it demand by demand.
 * The matcher (lib/match) derives the surface forms; nothing here lists inflected forms by hand
 * unless the inflection is irregular.
 */

import type { Inflection } from '../match/compiled';

/** How the LAST word of a term inflects (defined with the compiled form the matcher reads). */
export type { Inflection };

export interface TermSpec {
  /**
   * The lemma as a reader would write it. Several words are separated by single spaces and match
   * across any whitespace or inline markup. A word may list alternatives with `|`:
   * "statlig|statlige|statleg|statlege tilsyn". Only the last word inflects (see `infl`).
   * Hyphens are literal but match every dash the web uses: "plan- og bygningsloven".
   */
  t: string;
  /** Inflection of the last word; default 'noun'. */
  infl?: Inflection;
  /**
   * Compounding of the last word:
   * - 'first': the term may start a compound ("innsigelse" → "innsigelsesretten", "innsigelsessaker");
   *   the rest of the word must be at least 3 letters after an optional linking -s-/-e-.
   * - 'head': the term may end a compound ("lærernorm" ← "norm"; "barnehagenorma");
   *   the modifier before it must be at least 3 letters.
   * - 'both'.
   * Default: none — the term must stand as a whole word (inflected).
   */
  compound?: 'first' | 'head' | 'both';
  /** Language of this form, for the evaluation's per-language figures. Omitted: both. */
  lang?: 'nb' | 'nn';
  /**
   * Context rule for an ambiguous term: it counts only with company — one of these other terms (given
   * as their `t`, any term of the lexicon) or, with the single entry "*", any other term of the same
   * position. Evidence, strongest first: the company occurs in the same section (the blocks from the
   * heading above the hit to the next heading); weaker: it occurs elsewhere in the text matched
   * together (the page), or an anchor of another position of the same chapter occurs in the section.
   * A hit with only weak company still lights up, but counts half for the position's score.
   */
  needs?: string[];
  /**
   * Negative context for a false friend: the hit does not count for this position when one of these
   * words or phrases occurs in the same section (heading to next heading), anywhere in it — also around the
   * hit itself ("ingen motsegn"). Written like `t` (single spaces, `|` alternatives, dashes); the last
   * word inflects as a noun and may start a compound ("inkasso" → "inkassoloven", "inkassoselskapet"),
   * or, when it ends in a non-letter, is matched exactly as written ("Presidenten:").
   * These words are no terms: they never light up and count for no position. Checked after `needs`.
   */
  unless?: string[];
  /** Specificity 0..1 used in ranking; default derived from length and how many positions share it. */
  weight?: number;
}

export interface PositionTerms {
  /** Position id (lib/corpus/id.ts), e.g. "ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer". */
  position: string;
  /** Short note for reviewers: why these terms, what was left out and why. */
  note?: string;
  /**
   * Chapter of the position in its document (1-based). Anchors of positions of the same chapter are
   * weaker company for a context-bound term (see `needs`). Set by the document's lexicon index.
   */
  chapter?: number;
  terms: TermSpec[];
}
