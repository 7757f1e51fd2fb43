import type { PositionTerms } from '../lexicon/types';

/** At most this many readable forms per declared term (a term's `|` alternatives multiply). */
const MAX_FORMS = 8;

/**
 * A lexicon term as readers write it: "statlig|statlige tilsyn" → ["statlig tilsyn", "statlige tilsyn"].
 * The alternatives are spellings of the same words, so every combination is a searchable form.
 */
export function termForms(t: string): string[] {
  let forms = [''];
  for (const word of t.trim().split(/\s+/)) {
    const alternatives = word.split('|').filter(Boolean);
    forms = forms.flatMap((f) => alternatives.map((a) => (f ? `${f} ${a}` : a))).slice(0, MAX_FORMS);
  }
  return forms.filter(Boolean);
}

/** Position id → its readable terms: the curated lexicon's, then the user's own, without duplicates. */
export function searchTermsById(
  lexicon: readonly PositionTerms[],
  ownTerms: readonly { positionId: string; term: string }[] = [],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (id: string, term: string) => {
    const list = (out[id] ??= []);
    if (!list.some((x) => x.toLowerCase() === term.toLowerCase())) list.push(term);
  };
  for (const entry of lexicon)
    for (const spec of entry.terms) for (const form of termForms(spec.t)) add(entry.position, form);
  for (const own of ownTerms) add(own.positionId, own.term);
  return out;
}
