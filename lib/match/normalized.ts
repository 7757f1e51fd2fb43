/** The normaliser's output forms (buffer and string with offset map) and the way back to original offsets. */
import * as chars from './chars';
import { kindOf } from './line-breaks';

const K_DROP = chars.K_DROP;
const K_SOFT = chars.K_SOFT;

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

/** An empty buffer to pass to `normalizeInto` for reuse across calls. */
export function createNormalizedBuffer(capacity = 0): NormalizedBuffer {
  return { buf: new Uint16Array(capacity), map: new Int32Array(capacity + 1), length: 0 };
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
