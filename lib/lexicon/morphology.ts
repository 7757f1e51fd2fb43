/**
 * Norwegian morphology of the lexicon's terms: the stem of a term's last word and the endings its inflection
 * class allows (bokmål and nynorsk), and the spellings of the words before it (dash variants).
 */
import { isWordUnit } from '../match/chars';
import type { Inflection } from './types';

/** The product of `|` alternatives and dash variants a term may expand to. */
export const MAX_VARIANTS = 64;

const withGenitive = (forms: string[]): string[] => [
  ...forms,
  ...forms.filter((f) => !f.endsWith('s')).map((f) => `${f}s`),
];
const NOUN_ENDINGS = ['en', 'et', 'a', 'er', 'ar', 'ene', 'ane'];

/** Endings of a noun relative to its stem: bokmål and nynorsk, definite/plural, genitive -s. */
function nounEndings(tail: string): string[] {
  return withGenitive([tail, ...NOUN_ENDINGS]);
}

/** noun-er: lærer → lærere, lærerne; regel → regler, reglene, reglar. `tail` is "er"/"el"/"en". */
function nounErEndings(tail: string): string[] {
  const x = tail[1]!;
  const full = ['', 'en', 'e', 'ne', 'et', 'a'].map((e) => tail + e);
  const contracted = ['er', 'ene', 'ar', 'ane', 'a', 'e'].map((e) => x + e);
  return withGenitive([...full, ...contracted]);
}

const ADJ_ENDINGS = ['', 'e', 't', 'ere', 'est', 'este', 'are', 'ast', 'aste'];
/** Verb endings after the stem (lemma minus infinitive -e/-a): bokmål and nynorsk. */
const VERB_ENDINGS = ['e', 'a', 'er', 'ar', 'es', 'ast', 'et', 'ete', 'ede', 'te', 'de', 't', 'ende', 'ande', 'ing'];
/** Verbs whose infinitive ends in another vowel or a consonant ("nå", "bo"). */
const VERB_ENDINGS_PLAIN = ['', 'r', 's', 'dd', 'dde', 'tt', 'ende', 'ing'];

export interface Stem {
  stem: string;
  tail: string;
  endings: string[];
}

/** Split the normalised last word into stem + the endings its class allows. */
export function stemOf(word: string, infl: Inflection, fail: (reason: string) => never): Stem {
  const last = word.charCodeAt(word.length - 1);
  if (infl !== 'none' && !isWordUnit(last))
    fail(`the last word "${word}" must end in a letter to inflect as '${infl}' (use infl: 'none')`);
  switch (infl) {
    case 'none':
      return { stem: word, tail: '', endings: [''] };
    case 'noun': {
      if (word.endsWith('e') && word.length > 2)
        return { stem: word.slice(0, -1), tail: 'e', endings: nounEndings('e') };
      const endings = nounEndings('');
      // program → programmet, rom → rommet: a short vowel before final m doubles it.
      if (/[aeiouyæøå]m$/.test(word)) endings.push(...withGenitive(NOUN_ENDINGS.map((e) => `m${e}`)));
      return { stem: word, tail: '', endings };
    }
    case 'noun-er': {
      const tail = word.slice(-2);
      if (!['er', 'el', 'en'].includes(tail) || word.length < 4)
        fail(`'noun-er' needs a lemma ending in -er, -el or -en, not "${word}"`);
      return { stem: word.slice(0, -2), tail, endings: nounErEndings(tail) };
    }
    case 'adj':
      if (word.endsWith('e')) return { stem: word, tail: '', endings: [''] };
      return { stem: word, tail: '', endings: ADJ_ENDINGS };
    case 'verb': {
      if ((word.endsWith('e') || word.endsWith('a')) && word.length > 2) {
        const tail = word.slice(-1);
        return { stem: word.slice(0, -1), tail, endings: VERB_ENDINGS };
      }
      return { stem: word, tail: '', endings: VERB_ENDINGS_PLAIN };
    }
  }
}

/** Every surface spelling of the words before the last one, joined, with the dash variants. */
export function prefixVariants(words: string[][], fail: (reason: string) => never): string[] {
  let out = [''];
  for (const alts of words) {
    const next: string[] = [];
    for (const prefix of out) {
      for (const alt of alts) {
        // A suspended compound "plan-" is written "plan- og", "plan-og" and "plan og" on the web.
        if (alt.endsWith('-') && alt.length > 1) {
          next.push(`${prefix}${alt} `, `${prefix}${alt}`, `${prefix}${alt.slice(0, -1)} `);
        } else next.push(`${prefix}${alt} `);
      }
    }
    out = [...new Set(next)];
    if (out.length > MAX_VARIANTS) fail(`expands to more than ${MAX_VARIANTS} spellings; split it into several terms`);
  }
  return out;
}
