/**
 * A light Norwegian stemmer for bokmål and nynorsk, for ranking only (lib/mine): it lowercases and
 * strips one common inflectional or derivational ending, so that «kommunane», «kommunene» and
 * «kommune» meet, and «lærarane», «lærere» and «lærer» do too. It folds nothing else (no accents,
 * no æ/ø/å, no compound splitting): a wrong merge would put words under a reviewer's nose that
 * the page never used.
 */

/**
 * Endings, tried longest first. Nynorsk forms (-ane, -ar, -inga, -arane) sit beside the bokmål
 * ones so both standards land on one stem; agent nouns (-er/-ar, -ere/-arar) meet their verb.
 */
const ENDINGS = [
  // Verbal nouns: «finansiering», «finansieringa», «finansieringane».
  'ingane',
  'ingene',
  'ingar',
  'inger',
  'ingen',
  'inga',
  'ing',
  // Agent nouns, plural and definite: «lærarane», «lærerne» (the indefinite «lærere» takes two steps).
  'arane',
  'arene',
  'arar',
  'erne',
  // Nouns: plural and definite, genitive.
  'ande',
  'ende',
  'ane',
  'ene',
  'ens',
  'ets',
  'ers',
  'ars',
  'es',
  'en',
  'et',
  'er',
  'ar',
  'a',
  'e',
] as const;

/**
 * Weak past tense -te/-de only after the consonants that make it («økte», «kjøpte», «levde»,
 * «bygde»): «liste», «rente», «ansatte» and «kvote» are nouns whose -te is part of the word.
 */
const PAST = /(?<=[kpf])te$|(?<=[vg])de$/;

/** The stem keeps at least this many letters: «hus», «lov», «NAV» are left alone. */
const MIN_STEM = 3;

/** Letters after which a genitive or compound -s may be stripped (not «prosess», «tilsyns» → «tilsyn»). */
const S_BEFORE = /[bcdfghjlmnoprtvyzæøå]$/;

const ORDERED = [...ENDINGS].sort((a, b) => b.length - a.length);

/**
 * The stem of one word; the word is lowercased first. A residual -er/-ar is stripped once more, so
 * verbs in -ere meet their verbal nouns («vurdere», «vurderer», «vurdering» → «vurd») and agent nouns
 * meet their plural («lærer», «lærere»).
 */
export function stem(word: string): string {
  const once = stripOne(word.toLowerCase());
  return /(?:er|ar)$/.test(once) && once.length - 2 >= MIN_STEM ? once.slice(0, -2) : once;
}

function stripOne(w: string): string {
  if (w.length - 2 >= MIN_STEM && PAST.test(w)) return w.slice(0, -2);
  for (const ending of ORDERED) {
    if (w.length - ending.length >= MIN_STEM && w.endsWith(ending)) return w.slice(0, -ending.length);
  }
  if (w.endsWith('s') && w.length - 1 >= MIN_STEM && S_BEFORE.test(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

export interface Token {
  /** The word as written. */
  surface: string;
  /** Lowercased. */
  lower: string;
  start: number;
  end: number;
}

/**
 * Words: runs of letters (any script), with inner apostrophes or hyphens kept when letters follow
 * («KS'», «e-helse»), so a word broken only by a hyphen stays one token. Digits are not words here.
 */
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ surface: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
