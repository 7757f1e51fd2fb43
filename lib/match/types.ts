/** One occurrence of a lexicon term in a text. Offsets are into the ORIGINAL text given to the matcher. */
export interface Hit {
  start: number;
  end: number;
  /** The surface string exactly as it appears in the original text (text.slice(start, end)). */
  text: string;
  /** The lexicon term (its `t`) that matched. */
  term: string;
  /** Position ids this term points to (a term may belong to several positions). */
  positions: string[];
}

/** How strongly a text is about one position. */
export interface RankedPosition {
  id: string;
  score: number;
  hits: Hit[];
}

export interface Matcher {
  /** Every hit in the text, sorted by start, non-overlapping (longest match wins). */
  find(text: string): Hit[];
  /** Positions found in the hits, strongest first. */
  rank(hits: Hit[]): RankedPosition[];
  /** One position's score from its term counts (what `rank` computes), for callers that keep counts. */
  scoreTerms(counts: ReadonlyMap<string, number>): number;
  /** Number of distinct surface patterns the matcher runs (for benchmarks). */
  readonly size: number;
}
