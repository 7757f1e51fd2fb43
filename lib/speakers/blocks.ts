/**
 * Blocks of an extracted page text (lib/dom joins blocks with a blank line) with their offsets, and the
 * block an offset falls in, so a hit's `start` finds its paragraph's speaker.
 */

export interface TextBlock {
  /** Offset of the block's first character in the text. */
  start: number;
  /** Offset after its last character. */
  end: number;
  text: string;
}

/** A blank line (possibly with spaces) separates blocks, as BLOCK_SEPARATOR does in lib/dom. */
const SEPARATOR = /\n[ \t\r\f\u00a0]*\n\s*/g;

/** The non-empty blocks of `text`, in order. */
export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let from = 0;
  const push = (to: number) => {
    const slice = text.slice(from, to);
    if (slice.trim() !== '') blocks.push({ start: from, end: to, text: slice });
  };
  for (const m of text.matchAll(SEPARATOR)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return blocks;
}

/**
 * Index of the block containing `offset` (start ≤ offset < end), or of the block just before it when
 * the offset falls in a separator; -1 before the first block. Binary search: O(log n) per lookup.
 */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
