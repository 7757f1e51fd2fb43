/** A window of a paragraph around a hit: whitespace collapsed, cut at word boundaries, «…» where cut. Pure. */

export interface Snippet {
  text: string;
  /** The hit inside `text` (UTF-16 offsets, end exclusive). */
  mark: { start: number; end: number };
}

const ELLIPSIS = '…';
/** Share of the room before the hit: a reader needs more of what follows (the verb, the claim). */
const BEFORE_SHARE = 0.4;

/**
 * `text` with each whitespace run as one space and the ends trimmed, and [start, end) moved to match.
 * Soft hyphens go too: they are invisible on the page and break words in a snippet.
 */
export function collapse(text: string, start: number, end: number): Snippet {
  let out = '';
  let s = -1;
  let e = -1;
  let space = false;
  for (let i = 0; i <= text.length; i++) {
    if (i === start) s = out.length + (space && out.length > 0 ? 1 : 0);
    if (i === end) e = out.length;
    if (i === text.length) break;
    const c = text[i]!;
    if (c === '\u00ad') continue;
    if (/\s/.test(c)) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += c;
  }
  if (s < 0) s = out.length;
  if (e < s) e = s;
  return { text: out, mark: { start: Math.min(s, out.length), end: Math.min(e, out.length) } };
}

/**
 * About `max` characters of `text` (already collapsed) around [start, end): whole words only, «…» at each
 * cut end. A hit longer than the room is kept whole.
 */
export function snippetAround(text: string, start: number, end: number, max: number): Snippet {
  if (text.length <= max) return { text, mark: { start, end } };
  const room = Math.max(0, max - (end - start));
  let from = Math.max(0, start - Math.floor(room * BEFORE_SHARE));
  let to = Math.min(text.length, end + (room - (start - from)));
  // Room left at the end goes back to the start.
  from = Math.max(0, Math.min(from, to - max));
  if (from > 0) {
    const space = text.indexOf(' ', from - 1);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : end;
  }
  const head = from > 0 ? ELLIPSIS : '';
  const tail = to < text.length ? ELLIPSIS : '';
  // `from` follows a space and `to` stands on one (the text is collapsed): the slice needs no trimming.
  const shift = head.length - from;
  return { text: head + text.slice(from, to) + tail, mark: { start: start + shift, end: end + shift } };
}
