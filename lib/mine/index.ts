/** Review helpers for the lexicon (npm run mine): pure TypeScript, no extension APIs. */
export { createBm25, type Bm25Doc, type Bm25Index, type Bm25Options, type Bm25Result } from './bm25';
export {
  createMiner,
  DEFAULT_MIN_SCORE,
  DEFAULT_MIN_WORDS,
  DEFAULT_TOP,
  splitParagraphs,
  type MinedPage,
  type MinedParagraph,
  type MinedPosition,
  type MineOptions,
  type MinePosition,
  type Miner,
  type MinerOptions,
  type Paragraph,
} from './mine';
export { stem, tokenize, type Token } from './stem';
export { isStopWord, STOP_WORDS } from './stopwords';
