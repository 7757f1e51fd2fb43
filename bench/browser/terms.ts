/**
 * The term list fed to mark.js (the benchmark's baseline): the surface strings our own automaton
 * searches for, i.e. every compiled pattern of the real lexicon (each term's normalised spelling up to
 * the stem of its last word, every `|` alternative and dash variant expanded), without the guard words
 * of negative contexts (those never light up). With mark.js's `accuracy: 'complementary'` a stem is
 * extended to the whole word around it, which covers inflection and compounding about as our matcher
 * does (minus context rules, so mark.js marks somewhat more).
 */
import { compiledLexicon } from '../../lib/lexicon/index';

export function markJsTerms(): string[] {
  const c = compiledLexicon();
  const out = new Set<string>();
  for (const p of c.patterns) {
    if (p.rules.some(([term]) => !c.terms[term]!.guard)) out.add(p.s);
  }
  return [...out];
}
