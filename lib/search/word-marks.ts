/**
 * Which search marks are worth showing. Fuse marks every fragment its fuzzy match used, so a search for
 * «innsigelse» marked «ingelse» inside «rammebetingelser», and «bemanningsnorm» marked «og». A mark is
 * kept only where it starts a word, is at least three characters long (or a whole query word), and
 * begins like one of the query's words (its first four letters).
 */
import { foldText } from './fold';
import type { MarkRange } from './search';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MIN_MARK = 3;
/** How far a mark must begin like a query word (or all of the shorter one): «inn» alone is too little. */
const SAME_START = 4;

export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function wordMarks(text: string, ranges: readonly MarkRange[], words: readonly string[]): MarkRange[] {
  return ranges.filter(([start, end]) => {
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) return false;
    const marked = foldText(text.slice(start, end));
    if (words.includes(marked)) return true;
    if (marked.length < MIN_MARK) return false;
    return words.some((w) => sharedPrefix(w, marked) >= Math.min(SAME_START, w.length, marked.length));
  });
}
