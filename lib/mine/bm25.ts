/**
 * Okapi BM25 over a small fixed set of documents (the positions), each query a bag of stems.
 * Small and exact: 73 documents need no inverted index tricks.
 */

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1?: number;
  /** Length normalisation (0: none, 1: full). */
  b?: number;
}

export interface Bm25Doc {
  id: string;
  terms: readonly string[];
}

export interface Bm25Result {
  id: string;
  score: number;
  /** The query terms the document shares, strongest contribution first. */
  terms: { term: string; score: number }[];
}

export interface Bm25Index {
  readonly size: number;
  /** Inverse document frequency (BM25's, never negative); a term no document holds gets the highest. */
  idf(term: string): number;
  /** Documents in the index holding the term. */
  df(term: string): number;
  /** Every document with a score above 0, best first (ties by id). Repeated query terms count once. */
  search(query: Iterable<string>): Bm25Result[];
}

export function createBm25(docs: readonly Bm25Doc[], options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const n = docs.length;
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  });
  const lengths = docs.map((d) => d.terms.length);
  const avgLength = n === 0 ? 0 : lengths.reduce((a, c) => a + c, 0) / n || 1;
  const dfs = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) dfs.set(t, (dfs.get(t) ?? 0) + 1);

  const df = (term: string) => dfs.get(term) ?? 0;
  // The "+1" form (Lucene's) keeps idf positive for terms in more than half of the documents.
  const idf = (term: string) => Math.log(1 + (n - df(term) + 0.5) / (df(term) + 0.5));

  return {
    size: n,
    idf,
    df,
    search(query) {
      const terms = [...new Set(query)].filter((t) => df(t) > 0);
      const results: Bm25Result[] = [];
      docs.forEach((doc, i) => {
        const tf = tfs[i]!;
        const norm = k1 * (1 - b + (b * lengths[i]!) / avgLength);
        const shared: Bm25Result['terms'] = [];
        let score = 0;
        for (const t of terms) {
          const f = tf.get(t);
          if (!f) continue;
          const s = (idf(t) * f * (k1 + 1)) / (f + norm);
          score += s;
          shared.push({ term: t, score: s });
        }
        if (score > 0) {
          shared.sort((x, y) => y.score - x.score || (x.term < y.term ? -1 : 1));
          results.push({ id: doc.id, score, terms: shared });
        }
      });
      return results.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    },
  };
}
