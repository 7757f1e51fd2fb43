/**
 * The lexicon of every KS document, gathered in one place, and the matcher built from it.
 * Adding a document: write lib/lexicon/<documentId>.ts exporting `lexicon` and add it to LEXICONS.
 */
import { createMatcher } from '../match/matcher';
import type { Hit, Matcher } from '../match/types';
import { compileLexicon, type CompiledLexicon } from './compile';
import { lexicon as ks2021 } from './ks-2021';
import type { PositionTerms } from './types';

const LEXICONS: PositionTerms[][] = [ks2021];

/** Every position's terms, all documents. */
export const lexicon: PositionTerms[] = LEXICONS.flat();

let compiled: CompiledLexicon | null = null;
let matcher: Matcher | null = null;

/** The compiled lexicon (compiled on first use; a few milliseconds). */
export function compiledLexicon(): CompiledLexicon {
  compiled ??= compileLexicon(lexicon);
  return compiled;
}

/** The matcher over the real lexicon, built once. */
export function defaultMatcher(): Matcher {
  matcher ??= createMatcher(compiledLexicon());
  return matcher;
}

/** Every hit of the real lexicon in `text` (original offsets, exact surface text). */
export function matchText(text: string): Hit[] {
  return defaultMatcher().find(text);
}
