/**
 * Per-code-unit character tables shared by the normaliser and the matcher. Filled lazily, 256 code
 * units at a time, so a page of Latin text initialises only the few blocks it uses (a full table costs
 * ~15 ms, too much for every content-script start).
 */

/** Emit the lowercased NFC form from LOWER. */
export const K_PLAIN = 0;
/** Horizontal whitespace (space, tab, nbsp, thin and narrow spaces …). */
export const K_SPACE = 1;
/** A line break (\n, \r, \v, \f, U+2028). */
export const K_NEWLINE = 2;
/** A paragraph separator (U+2029): always a block boundary. */
export const K_PARA = 3;
/** Invisible: zero-width space/joiners, word joiner, BOM. */
export const K_DROP = 4;
/** Soft hyphen (U+00AD): invisible, and a word break point when a line break follows. */
export const K_SOFT = 5;
/** Hyphen and every typographic dash: emitted as "-". */
export const K_DASH = 6;
/** Combining mark: composed with its base (NFC). */
export const K_MARK = 7;
/** High surrogate: the pair is handled as one character. */
export const K_HIGH = 8;
/** Lowercase or NFC form is longer than one code unit (e.g. "İ"). */
export const K_MULTI = 9;
/** Block of the table not initialised yet. */
export const K_UNKNOWN = 255;

/** Letter, digit or combining mark: part of a word. */
export const F_WORD = 1;
/** A lowercase letter (one that has an uppercase form): "line-break hyphenation continues here". */
export const F_LOWER = 2;

export const KIND = new Uint8Array(65536).fill(K_UNKNOWN);
export const LOWER = new Uint16Array(65536);
export const FLAGS = new Uint8Array(65536);
const ready = new Uint8Array(256);

const RE_MARK = /\p{M}/u;
const RE_WORD = /[\p{L}\p{N}]/u;
const RE_SPACE = /\s/u;

function classify(c: number): number {
  if (c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028) return K_NEWLINE;
  if (c === 0x2029) return K_PARA;
  if (c === 0xad) return K_SOFT;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x180e) return K_DROP;
  if (c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d) return K_DASH;
  if (c >= 0xd800 && c <= 0xdbff) return K_HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return K_PLAIN; // lone low surrogate: kept as is
  const s = String.fromCharCode(c);
  if (RE_SPACE.test(s)) return K_SPACE;
  if (RE_MARK.test(s)) return K_MARK;
  return s.normalize('NFC').toLowerCase().length === 1 ? K_PLAIN : K_MULTI;
}

/** Initialise the table block holding code unit `c`. */
export function initBlock(c: number): void {
  const hi = c >>> 8;
  if (ready[hi]) return;
  ready[hi] = 1;
  for (let u = hi << 8, end = u + 256; u < end; u++) {
    const kind = classify(u);
    KIND[u] = kind;
    if (u >= 0xd800 && u <= 0xdfff) {
      LOWER[u] = u;
      continue;
    }
    const s = String.fromCharCode(u);
    const lower = s.normalize('NFC').toLowerCase();
    LOWER[u] = kind === K_DASH ? 0x2d : lower.length === 1 ? lower.charCodeAt(0) : u;
    let f = 0;
    if (RE_WORD.test(s) || kind === K_MARK) f |= F_WORD;
    if (RE_WORD.test(s) && lower === s && s.toUpperCase() !== s) f |= F_LOWER;
    FLAGS[u] = f;
  }
}

// Latin, Latin-1, Latin Extended-A/B and General Punctuation cover nearly every character of a
// Norwegian page; initialise them up front so the hot loops rarely take the slow path.
for (const c of [0x0000, 0x0100, 0x0200, 0x0300, 0x2000, 0x2200]) initBlock(c);

/** Is code unit `c` part of a word (Unicode letter, digit or mark)? Surrogates are not. */
export function isWordUnit(c: number): boolean {
  if (KIND[c] === K_UNKNOWN) initBlock(c);
  return (FLAGS[c]! & F_WORD) !== 0;
}

/** Is code unit `c` a lowercase letter? */
export function isLowerUnit(c: number): boolean {
  if (KIND[c] === K_UNKNOWN) initBlock(c);
  return (FLAGS[c]! & F_LOWER) !== 0;
}
