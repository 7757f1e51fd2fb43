/** Character kinds on demand and the lookaheads that decide whether a hyphen at a line end joins a word. */
import * as chars from './chars';

// Module-local copies: see normalize.ts (imported bindings are getters under some loaders).
const { initBlock } = chars;
const KIND = chars.KIND;
const FLAGS = chars.FLAGS;
const F_WORD = chars.F_WORD;
const F_LOWER = chars.F_LOWER;
const K_SPACE = chars.K_SPACE;
const K_NEWLINE = chars.K_NEWLINE;
const K_PARA = chars.K_PARA;
const K_UNKNOWN = chars.K_UNKNOWN;

/** The character kind of code unit c (a `chars.K_*`), filling its table block on first use. */
export function kindOf(c: number): number {
  const k = KIND[c]!;
  if (k !== K_UNKNOWN) return k;
  initBlock(c);
  return KIND[c]!;
}

/** After index j, skip horizontal whitespace; return the first index that is not. */
function skipSpaces(text: string, j: number): number {
  const n = text.length;
  while (j < n && kindOf(text.charCodeAt(j)) === K_SPACE) j++;
  return j;
}

/**
 * From just after a hyphen, find where the next line's text starts if exactly one line break (with
 * optional spaces around it) follows; otherwise -1.
 */
export function afterSingleBreak(text: string, j: number): number {
  const n = text.length;
  j = skipSpaces(text, j);
  if (j >= n || kindOf(text.charCodeAt(j)) !== K_NEWLINE) return -1;
  if (text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a) j++;
  j = skipSpaces(text, j + 1);
  if (j >= n) return -1;
  const k = kindOf(text.charCodeAt(j));
  if (k === K_NEWLINE || k === K_PARA) return -1;
  return j;
}

/** Is the character at j part of a word (letter, digit, mark)? False outside the text. */
export function isWordAt(text: string, j: number): boolean {
  if (j < 0 || j >= text.length) return false;
  const c = text.charCodeAt(j);
  kindOf(c);
  return (FLAGS[c]! & F_WORD) !== 0;
}

/** Is the character at j a lowercase letter? False outside the text. */
export function isLowerAt(text: string, j: number): boolean {
  if (j < 0 || j >= text.length) return false;
  const c = text.charCodeAt(j);
  kindOf(c);
  return (FLAGS[c]! & F_LOWER) !== 0;
}

const CONJUNCTIONS = ['og', 'eller', 'samt'];

/** Does a conjunction word ("og", "eller") start at j? Then a hyphen before it is a real one. */
export function conjunctionAt(text: string, j: number): boolean {
  for (const w of CONJUNCTIONS) {
    if (text.substr(j, w.length).toLowerCase() === w && !isWordAt(text, j + w.length)) return true;
  }
  return false;
}
