/**
 * Normalise page text once, keeping a map back to the original offsets (the character loop; its
 * output forms are in ./normalized, the line-end lookaheads in ./line-breaks).
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
import * as breaks from './line-breaks';
import {
  BLOCK_CHAR,
  bufferToString,
  createNormalizedBuffer,
  HYPHEN_CHAR,
  SPACE_CHAR,
  type Normalized,
  type NormalizedBuffer,
} from './normalized';

// The output forms and the way back live in ./normalized; re-exported here, the module callers know.
export {
  BLOCK_CHAR,
  bufferToString,
  createNormalizedBuffer,
  HYPHEN_CHAR,
  originalRange,
  SPACE_CHAR,
  type Normalized,
  type NormalizedBuffer,
} from './normalized';

// Module-local copies: reading imported bindings in the hot loop is several times slower under
// some loaders (tsx/esbuild turn them into getters); local consts are plain constants.
const { initBlock } = chars;
const { kindOf, afterSingleBreak, isWordAt, isLowerAt, conjunctionAt } = breaks;
const KIND = chars.KIND;
const LOWER = chars.LOWER;
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

const multiCache = new Map<number, string>();
function multiForm(c: number): string {
  let s = multiCache.get(c);
  if (s === undefined) {
    s = String.fromCharCode(c).normalize('NFC').toLowerCase();
    multiCache.set(c, s);
  }
  return s;
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

/** Normalise `text`; see the module comment for the rules. */
export function normalize(text: string): Normalized {
  const out = normalizeInto(text);
  return { text: bufferToString(out.buf, 0, out.length), map: out.map.slice(0, out.length + 1) };
}
