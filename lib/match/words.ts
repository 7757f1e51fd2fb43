/** Words in the normalised buffer: what counts as a word character, and where a (hyphenated) word starts and ends. */
import * as chars from './chars';
import { HYPHEN_CHAR } from './normalize';

// Local copies of the character tables (see normalize.ts for why).
const { initBlock } = chars;
const KIND = chars.KIND;
const FLAGS = chars.FLAGS;
const F_WORD = chars.F_WORD;
const K_UNKNOWN = chars.K_UNKNOWN;

export function isWord(c: number): boolean {
  if (KIND[c] === K_UNKNOWN) initBlock(c);
  return (FLAGS[c]! & F_WORD) !== 0;
}

export function stringOf(buf: Uint16Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

/** Start of the (possibly hyphenated) word containing index i. */
export function wordStart(buf: Uint16Array, i: number): number {
  for (;;) {
    while (i > 0 && isWord(buf[i - 1]!)) i--;
    if (i > 1 && buf[i - 1] === HYPHEN_CHAR && isWord(buf[i - 2]!)) i--;
    else return i;
  }
}

/** End of a hyphenated word whose hyphen joint is at `we`. */
export function hyphenatedEnd(buf: Uint16Array, len: number, we: number): number {
  let j = we;
  while (j + 1 < len && buf[j] === HYPHEN_CHAR && isWord(buf[j + 1]!)) {
    j++;
    while (j < len && isWord(buf[j]!)) j++;
  }
  return j;
}
