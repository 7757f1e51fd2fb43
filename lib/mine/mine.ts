/**
 * Mining a page for the lexicon's reviewers: the paragraphs where the lexicon found nothing, each
 * with the positions whose own text (title + body) fits it best by BM25 over light Norwegian stems,
 * and the paragraph's distinctive words. A review list, never a matcher in the page: what it
 * surfaces is a question for a reviewer ("is this how the subject is written?"), not a hit.
 */
import { createBm25, type Bm25Index, type Bm25Options } from './bm25';
import { stem, tokenize, type Token } from './stem';
import { isStopWord } from './stopwords';

export interface MinePosition {
  id: string;
  title: string;
  body: string;
}

export interface MineOptions {
  /** A position is listed for a paragraph only from this BM25 score on. */
  minScore?: number;
  /** Positions listed per paragraph. */
  top?: number;
  /** Paragraphs with fewer words are skipped (headings, captions, list labels). */
  minWords?: number;
}

export const DEFAULT_MIN_SCORE = 6;
export const DEFAULT_TOP = 3;
export const DEFAULT_MIN_WORDS = 12;
/** Distinctive words per paragraph: at least MIN, up to MAX while they stay near the strongest. */
const WORDS_MIN = 5;
const WORDS_MAX = 8;
/** Shared words shown for a position (why BM25 put it there). */
const VIA_MAX = 4;

export interface Paragraph {
  /** 0-based among the page's blocks. */
  index: number;
  /** Offsets into the page text. */
  start: number;
  end: number;
  text: string;
}

export interface MinedPosition {
  id: string;
  title: string;
  score: number;
  /** The paragraph's words (as written) that the position's text shares, strongest first. */
  via: string[];
}

export interface MinedParagraph extends Paragraph {
  /** The paragraph's words (as first written) with the highest tf·idf against the page and the positions. */
  words: string[];
  /** Positions at or above minScore, best first, at most `top`. */
  positions: MinedPosition[];
}

export interface MinedPage {
  /** Blocks of the page with any text. */
  paragraphs: number;
  /** Blocks with at least one lexicon hit. */
  withHits: number;
  /** Blocks without a hit skipped as too short. */
  short: number;
  /** Blocks without a hit, long enough to mine, in page order. */
  unmatched: MinedParagraph[];
}

/**
 * Blocks of a page's text: separated by a blank line, which is what lib/dom puts between blocks
 * (BLOCK_SEPARATOR) and how a plain-text file separates paragraphs (CRLF and blank lines with
 * spaces included). Blocks with only whitespace are dropped; offsets exclude surrounding whitespace.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\r?\n(?:[ \t\f\v\u00a0]*\r?\n)+/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body)
      paragraphs.push({ index: paragraphs.length, start: start + lead, end: start + lead + body.length, text: body });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** Content tokens: words of three letters or more that are not function words. */
function content(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.lower.length >= 3 && !isStopWord(t.lower));
}

/** How the positions are indexed; the defaults are what `npm run mine` uses. */
export interface MinerOptions {
  /** Word → index term; the light Norwegian stemmer unless given (an identity shows what stemming buys). */
  stem?: (lower: string) => string;
  /** Times the title's terms count in a position's document. */
  titleWeight?: number;
  bm25?: Bm25Options;
}

export interface Miner {
  /** The BM25 index over the positions (title + body). */
  readonly index: Bm25Index;
  /**
   * Mines one page: `hits` are the lexicon's hits in `text` (only their offsets matter), so a
   * paragraph is unmatched when no hit overlaps it.
   */
  minePage(text: string, hits: readonly { start: number; end: number }[], options?: MineOptions): MinedPage;
}

export function createMiner(positions: readonly MinePosition[], miner: MinerOptions = {}): Miner {
  const stemOf = miner.stem ?? stem;
  const titleWeight = miner.titleWeight ?? 1;
  const stems = (text: string) => content(tokenize(text)).map((t) => stemOf(t.lower));
  const docs = positions.map((p) => ({
    id: p.id,
    terms: [...Array.from({ length: titleWeight }, () => stems(p.title)).flat(), ...stems(p.body)],
  }));
  const index = createBm25(docs, miner.bm25);
  const titles = new Map(positions.map((p) => [p.id, p.title]));
  const positionDf = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.terms)) positionDf.set(t, (positionDf.get(t) ?? 0) + 1);

  return {
    index,
    minePage(text, hits, options = {}) {
      const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
      const top = options.top ?? DEFAULT_TOP;
      const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
      const paragraphs = splitParagraphs(text);
      const sorted = [...hits].sort((a, b) => a.start - b.start);

      // Each paragraph's stems, and for each stem its first surface form (what a reviewer reads).
      const tokenized = paragraphs.map((p) => {
        const all = tokenize(p.text);
        const tf = new Map<string, number>();
        const surface = new Map<string, string>();
        for (const t of content(all)) {
          const s = stemOf(t.lower);
          tf.set(s, (tf.get(s) ?? 0) + 1);
          if (!surface.has(s)) surface.set(s, t.surface);
        }
        return { words: all.length, tf, surface };
      });

      // Background for distinctive words: the page's blocks and the positions, as one collection.
      const pageDf = new Map<string, number>();
      for (const { tf } of tokenized) for (const s of tf.keys()) pageDf.set(s, (pageDf.get(s) ?? 0) + 1);
      const n = paragraphs.length + positions.length;
      const idf = (s: string) => Math.log((n + 1) / ((pageDf.get(s) ?? 0) + (positionDf.get(s) ?? 0) + 1)) + 1;

      let withHits = 0;
      let short = 0;
      let h = 0;
      const unmatched: MinedParagraph[] = [];
      paragraphs.forEach((p, i) => {
        while (h < sorted.length && sorted[h]!.end <= p.start) h++;
        // Hits are sorted by start; any hit overlapping the paragraph starts before its end.
        let hit = false;
        for (let j = h; j < sorted.length && sorted[j]!.start < p.end; j++) {
          if (sorted[j]!.end > p.start) {
            hit = true;
            break;
          }
        }
        if (hit) {
          withHits++;
          return;
        }
        const { words, tf, surface } = tokenized[i]!;
        if (words < minWords) {
          short++;
          return;
        }
        const ranked = [...tf]
          .map(([s, f]) => ({ s, score: f * idf(s) }))
          .sort((a, b) => b.score - a.score || (a.s < b.s ? -1 : 1));
        const best = ranked[0]?.score ?? 0;
        const distinctive = ranked
          .filter((r, k) => k < WORDS_MIN || (k < WORDS_MAX && r.score >= best / 2))
          .map((r) => surface.get(r.s)!);
        const found = index
          .search(tf.keys())
          .filter((r) => r.score >= minScore)
          .slice(0, top)
          .map((r) => ({
            id: r.id,
            title: titles.get(r.id) ?? '',
            score: r.score,
            via: r.terms.slice(0, VIA_MAX).map((t) => surface.get(t.term)!),
          }));
        unmatched.push({ ...p, words: distinctive, positions: found });
      });
      return { paragraphs: paragraphs.length, withHits, short, unmatched };
    },
  };
}
