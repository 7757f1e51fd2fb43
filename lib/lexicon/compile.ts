/**
 * Lexicon declarations (types.ts) → the compiled lexicon the matcher runs: surface patterns with the
 * morphology of their last word, and per term its positions, compounding, context rules and weight.
 *
 * A pattern is the normalised term up to the STEM of its last word (the lemma minus an elided final
 * -e, say). The matcher finds stems with one automaton pass and then checks what follows the stem
 * against the inflection class's endings or the compounding rule. That keeps the automaton small
 * (one pattern per spelling instead of one per inflected form) and lets a compound run to the end
 * of its word.
 *
 * The result is plain JSON (no Maps, no functions): it can be bundled into the content script. This module
 * runs the phases (1: ./declarations, 2–5: ./compile-terms, 6: ./compile-patterns) and writes the result.
 */
import { COMPILED_VERSION, type CompiledLexicon, type CompiledPattern, type CompiledTerm } from '../match/compiled';
import { buildPatterns } from './compile-patterns';
import { addGuards, assignWeights, mergeTerms, resolveNeeds, type Draft } from './compile-terms';
import { readDeclarations } from './declarations';
import type { PositionTerms } from './types';

export { LexiconError, termKey } from './declarations';
export {
  COMPILED_VERSION,
  type CompiledLexicon,
  type CompiledPattern,
  type CompiledTerm,
  type PatternRule,
} from '../match/compiled';

/** Compile the lexicons of all documents. Throws LexiconError on a nonsensical declaration. */
export function compileLexicon(lexicon: PositionTerms[]): CompiledLexicon {
  const { decls, positionIds, chapterOf } = readDeclarations(lexicon);
  const merged = mergeTerms(decls);
  resolveNeeds(decls, merged);
  const guardOf = addGuards(decls, merged);
  assignWeights(decls, merged);
  const { patterns, suffixSets } = buildPatterns(decls, merged.terms, merged.declTerm, guardOf);
  return finish(positionIds, chapterOf, merged.terms, patterns, suffixSets);
}

/** Phase 7: the plain-JSON result, terms referring to positions by index. */
function finish(
  positionIds: string[],
  chapterOf: Map<string, number>,
  terms: Draft[],
  patterns: CompiledPattern[],
  suffixSets: string[][],
): CompiledLexicon {
  const positionIndex = new Map(positionIds.map((id, i) => [id, i]));
  const compiledTerms: CompiledTerm[] = terms.map(({ first, head, positions, weight, ...rest }) => ({
    ...rest,
    ...(first ? { first: true as const } : {}),
    ...(head ? { head: true as const } : {}),
    positions: positions.map((id) => positionIndex.get(id)!),
    weight: Math.round(weight * 1000) / 1000,
  }));
  const chapters = positionIds.map((id) => chapterOf.get(id) ?? 0);
  return { version: COMPILED_VERSION, positions: positionIds, chapters, terms: compiledTerms, patterns, suffixSets };
}
