/** lib/search: Fuse.js search over KS positions with Norwegian letter folding. */
export { createSearchIndex, FUZZY_THRESHOLD, type MarkRange, type SearchHit, type SearchIndex } from './search';
export { fold, foldText, type Folded } from './fold';
export { searchTermsById, termForms } from './terms';
export { foldCaseVariants } from './variants';
