/** The matcher's public API. */
// The real lexicon's matcher (defaultMatcher, matchText) is lib/lexicon's: the lexicon depends on the matcher.

export { createMatcher, type MatcherOptions } from './matcher';
export { normalize, originalRange, type Normalized } from './normalize';
export { rankHits } from './rank';
export type { Hit, Matcher, RankedPosition } from './types';
export type { CompiledLexicon } from './compiled';
