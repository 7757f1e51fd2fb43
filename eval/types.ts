/** One labelled evaluation passage, written by us in the style of Norwegian government text. */
export interface Passage {
  /** Unique, e.g. "innst-bemanning-01". */
  id: string;
  lang: 'nb' | 'nn';
  genre: 'innstilling' | 'proposisjon' | 'nou' | 'referat' | 'nyhet' | 'melding' | 'høringsnotat';
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  /**
   * What a KS-aware reader expects: each position the passage touches, with the surface words (exactly as in
   * `text`) that should light up for it. Empty for negatives and near-misses.
   */
  expect: { position: string; words: string[] }[];
  /** Why: what the passage tests (near-miss, compound, nynorsk form, …). */
  note?: string;
}
