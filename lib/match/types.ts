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
  /**
   * Positions (of `positions`) for which this context-bound hit has only weak company: elsewhere in the
   * text, or an anchor of the same chapter in its section. It lights up and counts half. Absent: none.
   */
  weak?: string[];
  /**
   * Positions (of `positions`) for which this hit stands alone in its section: no other hit there
   * points to a position of the same chapter. A lone mention is weaker evidence (a law cited in
   * passing). Absent: none.
   */
  lone?: string[];
  /** The hit stands in a heading (a short block without closing punctuation, followed by another block). */
  heading?: true;
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
