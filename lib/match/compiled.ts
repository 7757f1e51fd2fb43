/**
 * The compiled lexicon: what lib/lexicon/compile.ts produces and the matcher runs. A leaf module, so that
 * the matcher needs nothing from lib/lexicon (the lexicon depends on the matcher, not the other way round).
 */
/** How the LAST word of a term inflects. */
export type Inflection =
  /** Nouns, bokmål and nynorsk alike: -en -et -a -er -ar -ene -ane -a(pl.) and genitive -s
   *  (final -e of the lemma is elided: innsigelse → innsigelsen, innsigelser, innsigelsene). */
  | 'noun'
  /** Nouns in -er/-el/-en that drop the e in the plural (lærer → lærere, lærerne; regel → regler). */
  | 'noun-er'
  /** Adjectives and participles: -e -t -ere -est -este (statlig → statlige; statleg → statlege). */
  | 'adj'
  /** Verbs: -e -er -es -et -te -de -a -ar (lovfeste → lovfester, lovfestet, lovfesta). */
  | 'verb'
  /** Exactly as written (names, abbreviations: "NAV", "EØS", "MTA", "Klimakur 2030"). */
  | 'none';

export const COMPILED_VERSION = 4;

export interface CompiledTerm {
  /** The term as declared (first declaration's spelling). */
  t: string;
  infl: Inflection;
  /** May start a compound ("innsigelsesretten"); absent = no. */
  first?: true;
  /** May end a compound ("lærernormen"); absent = no. */
  head?: true;
  /** Positions the term points to, as indices into CompiledLexicon.positions (keeps the JSON small). */
  positions: number[];
  /** Per position (same order): null = always counts; else indices of terms of which one must occur
   *  in the same block for the hit to count there. */
  needs: (number[] | null)[];
  /** Per position (same order), present only when some slot says `needs: ["*"]`: true there. Only such
   *  terms take an anchor of the same chapter as (weak) company; a named list is deliberate. */
  needsAny?: boolean[];
  /** Per position (same order), present only when some position has one: null = no negative
   *  context; else indices of guard terms of which none may occur in the same block. */
  unless?: (number[] | null)[];
  /** Specificity 0..1 for ranking (3 decimals). */
  weight: number;
  lang?: 'nb' | 'nn';
  /** A word of a negative context (`unless`), not a term: found by the automaton, never a hit. */
  guard?: true;
}

/** One way a pattern can be read: as the stem of this term's last word. */
export type PatternRule = [term: number, suffixSet: number, tail: string];

export interface CompiledPattern {
  /** Normalised surface up to the stem of the last word. */
  s: string;
  rules: PatternRule[];
}

export interface CompiledLexicon {
  version: number;
  /** Every position id, once. */
  positions: string[];
  /** Per position (same order): its chapter, 0 when not declared. */
  chapters: number[];
  terms: CompiledTerm[];
  patterns: CompiledPattern[];
  /** Endings allowed after a stem, per inflection class (indexed by PatternRule's suffixSet). */
  suffixSets: string[][];
}
