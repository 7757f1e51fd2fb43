/**
 * The lexicon of the bench-only "10,000 terms" build (bench/browser/build.mjs): the real lexicon plus
 * synthetic compound terms (bench/corpus.ts) up to SCALED_TERMS, as if many KS documents were loaded.
 * Only the background's page handler (entrypoints/background/page.ts) is pointed here, by a Vite
 * resolve hook in that build; the shipped extension never includes this module.
 */
import { lexicon as real } from '../../lib/lexicon/index';
import { syntheticLexicon } from '../corpus';

export const SCALED_TERMS = 10_000;

const realTerms = real.reduce((n, p) => n + p.terms.length, 0);

export const lexicon = [...real, ...syntheticLexicon(SCALED_TERMS - realTerms)];
