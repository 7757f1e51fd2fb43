/** The matcher's public API. */
import { defaultMatcher } from '../lexicon/index';
import type { Hit } from './types';

export { createMatcher, type MatcherOptions } from './matcher';
export { normalize, originalRange, type Normalized } from './normalize';
export { rankHits } from './rank';
export type { Hit, Matcher, RankedPosition } from './types';
export { defaultMatcher };

/** Every hit of the real lexicon in `text` (original offsets, exact surface text). */
export function matchText(text: string): Hit[] {
  return defaultMatcher().find(text);
}
