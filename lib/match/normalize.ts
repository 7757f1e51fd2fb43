/**
 * Normalise page text once, keeping a map back to the original offsets.
 *
 * - lowercase (locale-independent) and NFC; å/æ/ø stay as they are;
 * - soft hyphens and zero-width characters vanish;
 * - every whitespace run (nbsp, thin and narrow spaces, tabs, a single line break) becomes one space,
 *   but a run with two or more line breaks (a blank line, what lib/dom puts between blocks) or a
 *   paragraph separator becomes "\n": a block boundary that no term crosses;
 * - typographic dashes become "-";
 * - a word hyphenated across a line break ("bemannings-\nnormer") is joined again, unless the next
 *   word is "og"/"eller" ("plan-\nog bygningsloven") or the hyphen follows an abbreviation or a single
 *   letter ("EØS-\navtalen", "e-\nhelse"), where the hyphen is kept and only the break removed.
 */
import * as chars from './chars';

// Module-local copies: reading imported bindings in the hot loop is several times slower under
// some loaders (tsx/esbuild turn them into getters); local consts are plain constants.
const { initBlock } = chars;
const KIND = chars.KIND;
const LOWER = chars.LOWER;
const FLAGS = chars.FLAGS;
const F_WORD = chars.F_WORD;
const F_LOWER = chars.F_LOWER;
const K_PLAIN = chars.K_PLAIN;
const K_SPACE = chars.K_SPACE;
const K_NEWLINE = chars.K_NEWLINE;
const K_PARA = chars.K_PARA;
const K_DROP = chars.K_DROP;
const K_SOFT = chars.K_SOFT;
const K_DASH = chars.K_DASH;
const K_MARK = chars.K_MARK;
const K_HIGH = chars.K_HIGH;
const K_UNKNOWN = chars.K_UNKNOWN;

/** Normalised code units in reusable typed arrays (the matcher's internal form). */
export interface NormalizedBuffer {
  /** Normalised UTF-16 code units; only [0, length) is meaningful. */
  buf: Uint16Array;
  /** map[i] = index in the original text of the character that produced normalised unit i;
   *  map[length] = the original text's length. */
  map: Int32Array;
  length: number;
}

/** The normalised text as a string, with its offset map (map.length === text.length + 1). */
export interface Normalized {
  text: string;
  map: Int32Array;
}

export const BLOCK_CHAR = 10; // "\n"
export const SPACE_CHAR = 32;
export const HYPHEN_CHAR = 45;

function kindOf(c: number): number {
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
function afterSingleBreak(text: string, j: number): number {
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

function isWordAt(text: string, j: number): boolean {
  if (j < 0 || j >= text.length) return false;
  const c = text.charCodeAt(j);
  kindOf(c);
  return (FLAGS[c]! & F_WORD) !== 0;
}

function isLowerAt(text: string, j: number): boolean {
  if (j < 0 || j >= text.length) return false;
  const c = text.charCodeAt(j);
  kindOf(c);
  return (FLAGS[c]! & F_LOWER) !== 0;
}

const CONJUNCTIONS = ['og', 'eller', 'samt'];

/** Does a conjunction word ("og", "eller") start at j? Then a hyphen before it is a real one. */
function conjunctionAt(text: string, j: number): boolean {
  for (const w of CONJUNCTIONS) {
    if (text.substr(j, w.length).toLowerCase() === w && !isWordAt(text, j + w.length)) return true;
  }
  return false;
}

const multiCache = new Map<number, string>();
function multiForm(c: number): string {
  let s = multiCache.get(c);
  if (s === undefined) {
    s = String.fromCharCode(c).normalize('NFC').toLowerCase();
    multiCache.set(c, s);
  }
  return s;
}

/** An empty buffer to pass to `normalizeInto` for reuse across calls. */
export function createNormalizedBuffer(capacity = 0): NormalizedBuffer {
  return { buf: new Uint16Array(capacity), map: new Int32Array(capacity + 1), length: 0 };
}

/**
 * Normalise `text` into `out` (grown when too small) and return it. The hot path of the matcher:
 * one table lookup per character, no allocation except for rare characters.
 */
export function normalizeInto(text: string, out: NormalizedBuffer = createNormalizedBuffer()): NormalizedBuffer {
  const n = text.length;
  let buf = out.buf;
  let map = out.map;
  if (buf.length < n + 8) {
    buf = new Uint16Array(n + 8);
    map = new Int32Array(n + 9);
  }
  // Rare characters expand (lowercase "İ" is two units). Where one does, check that it and the rest
  // of the text (at most one unit per unit from here on, until the next expansion checks again) fit;
  // otherwise start over with a bigger buffer. The hot path then needs no capacity check.

  let len = 0;
  // The last base character emitted, for composing a following combining mark (NFC).
  let baseOut = -1;
  let baseOrig = 0;
  let baseEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = KIND[c]!;
    if (k === K_UNKNOWN) {
      initBlock(c);
      k = KIND[c]!;
    }
    if (k === K_PLAIN) {
      baseOut = len;
      baseOrig = i;
      buf[len] = LOWER[c]!;
      map[len++] = i++;
      baseEnd = len;
      continue;
    }
    switch (k) {
      case K_SPACE:
      case K_NEWLINE:
      case K_PARA: {
        let breaks = 0;
        let block = false;
        let j = i;
        while (j < n) {
          const d = text.charCodeAt(j);
          const kd = kindOf(d);
          if (kd === K_SPACE || kd === K_DROP || kd === K_SOFT) j++;
          else if (kd === K_NEWLINE) {
            if (!(d === 0x0a && j > i && text.charCodeAt(j - 1) === 0x0d)) breaks++;
            j++;
          } else if (kd === K_PARA) {
            block = true;
            j++;
          } else break;
        }
        buf[len] = block || breaks >= 2 ? BLOCK_CHAR : SPACE_CHAR;
        map[len++] = i;
        i = j;
        baseEnd = -1;
        break;
      }
      case K_DASH: {
        const next = isWordAt(text, i - 1) ? afterSingleBreak(text, i + 1) : -1;
        if (next >= 0 && isWordAt(text, next) && !conjunctionAt(text, next)) {
          if (isLowerAt(text, next) && isLowerAt(text, i - 1) && isLowerAt(text, i - 2)) {
            // "bemannings-\nnormer": a word broken at a line end; drop hyphen and break.
            i = next;
            continue;
          }
          // "EØS-\navtalen", "e-\nhelse": a real hyphen; drop only the break.
          buf[len] = HYPHEN_CHAR;
          map[len++] = i;
          i = next;
          baseEnd = -1;
          continue;
        }
        buf[len] = HYPHEN_CHAR;
        map[len++] = i++;
        baseEnd = -1;
        break;
      }
      case K_SOFT: {
        // A soft hyphen at a line end inside a lowercase word: the word continues on the next line
        // (the same test as for a hyphen, so "Oslo\u00AD\nKommune" stays two words).
        const next = afterSingleBreak(text, i + 1);
        const joins = next >= 0 && isLowerAt(text, next) && isLowerAt(text, i - 1) && isLowerAt(text, i - 2);
        i = joins ? next : i + 1;
        baseEnd = -1;
        break;
      }
      case K_DROP:
        i++;
        baseEnd = -1;
        break;
      case K_MARK: {
        let j = i + 1;
        while (j < n && kindOf(text.charCodeAt(j)) === K_MARK) j++;
        if (baseEnd === len && baseOut >= 0) {
          const s = text.slice(baseOrig, j).normalize('NFC').toLowerCase();
          len = baseOut;
          if (len + s.length + (n - j) >= buf.length)
            return normalizeInto(text, createNormalizedBuffer(buf.length * 2 + 16));
          for (let u = 0; u < s.length; u++) {
            buf[len] = s.charCodeAt(u);
            map[len++] = baseOrig;
          }
        } else {
          for (let u = i; u < j; u++) {
            buf[len] = LOWER[text.charCodeAt(u)]!;
            map[len++] = u;
          }
        }
        baseEnd = -1;
        i = j;
        break;
      }
      case K_HIGH: {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        baseOut = len;
        baseOrig = i;
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          // Emoji and symbols (U+1F000 and up) have no case; only letters need lowercasing.
          const s = cp < 0x1f000 ? text.slice(i, i + 2).toLowerCase() : '';
          if (s.length === 2 || cp >= 0x1f000) {
            buf[len] = s ? s.charCodeAt(0) : c;
            map[len++] = i;
            buf[len] = s ? s.charCodeAt(1) : d;
            map[len++] = i + 1;
          } else {
            if (len + s.length + (n - i) >= buf.length)
              return normalizeInto(text, createNormalizedBuffer(buf.length * 2 + 16));
            for (let u = 0; u < s.length; u++) {
              buf[len] = s.charCodeAt(u);
              map[len++] = i;
            }
          }
          i += 2;
        } else {
          buf[len] = c;
          map[len++] = i++;
        }
        baseEnd = len;
        break;
      }
      default: {
        // K_MULTI
        const s = multiForm(c);
        if (len + s.length + (n - i) >= buf.length)
          return normalizeInto(text, createNormalizedBuffer(buf.length * 2 + 16));
        baseOut = len;
        baseOrig = i;
        for (let u = 0; u < s.length; u++) {
          buf[len] = s.charCodeAt(u);
          map[len++] = i;
        }
        baseEnd = len;
        i++;
      }
    }
  }
  map[len] = n;
  out.buf = buf;
  out.map = map;
  out.length = len;
  return out;
}

/** The code units [start, end) of a buffer as a string. */
export function bufferToString(buf: Uint16Array, start: number, end: number): string {
  const CHUNK = 8192;
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  const parts: string[] = [];
  for (let s = start; s < end; s += CHUNK) {
    parts.push(String.fromCharCode.apply(null, buf.subarray(s, Math.min(end, s + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Normalise `text`; see the module comment for the rules. */
export function normalize(text: string): Normalized {
  const out = normalizeInto(text);
  return { text: bufferToString(out.buf, 0, out.length), map: out.map.slice(0, out.length + 1) };
}

/**
 * Original offsets of the normalised range [start, end). The end is trimmed back over invisible
 * characters (soft hyphen, zero-width) that sit between the last character and the next one, so
 * `original.slice(from, to)` is exactly the visible surface.
 */
export function originalRange(original: string, map: Int32Array, start: number, end: number): [number, number] {
  const from = map[start]!;
  if (end <= start) return [from, from];
  const lastStart = map[end - 1]!;
  let to = map[end]!;
  while (to > lastStart + 1) {
    const k = kindOf(original.charCodeAt(to - 1));
    if (k !== K_DROP && k !== K_SOFT) break;
    to--;
  }
  return [from, to];
}
