/** Blocks of the normalised text and the context scopes the evidence step asks for: block with heading, section. */
import { closesText, HEADING_MAX } from './heading';
import { lowerBound } from './lower-bound';
import { BLOCK_CHAR, type NormalizedBuffer } from './normalize';

/** Blocks of the normalised text ("\n"-separated) and the context scope of a position in it. */
export class BlockScopes {
  /** Index of every block boundary, ascending. */
  private readonly breaks: Int32Array;

  constructor(private readonly norm: NormalizedBuffer) {
    const text = norm.buf.subarray(0, norm.length);
    const found: number[] = [];
    for (let i = text.indexOf(BLOCK_CHAR); i >= 0; i = text.indexOf(BLOCK_CHAR, i + 1)) found.push(i);
    this.breaks = Int32Array.from(found);
  }

  /** Number of the block holding index i (= boundaries before it). */
  private blockNo(i: number): number {
    const br = this.breaks;
    return lowerBound(br.length, (k) => br[k]! < i);
  }

  private start(b: number): number {
    return b === 0 ? 0 : this.breaks[b - 1]! + 1;
  }

  private end(b: number): number {
    return b < this.breaks.length ? this.breaks[b]! : this.norm.length;
  }

  private isHeading(b: number): boolean {
    const { buf } = this.norm;
    const a = this.start(b);
    const e = this.end(b);
    if (e - a > HEADING_MAX || e <= a) return false;
    let k = e - 1;
    while (k > a && buf[k] === 0x20) k--;
    return !closesText(buf[k]!);
  }

  /** After `scope(i)` or `section(i)`: the normalised range of that scope. */
  from = 0;
  to = 0;

  /** The block of index i, with the heading right above it or, for a heading, the block below. */
  scope(i: number): void {
    const b = this.blockNo(i);
    this.from = b > 0 && this.isHeading(b - 1) ? this.start(b - 1) : this.start(b);
    this.to = b < this.breaks.length && this.isHeading(b) ? this.end(b + 1) : this.end(b);
  }

  /** Per block: heading flag, and the first and last block of its section (computed on first use, one pass each way). */
  private headings: Uint8Array | null = null;
  private sectionFirst: Int32Array | null = null;
  private sectionLast: Int32Array | null = null;

  private headingFlags(): Uint8Array {
    if (!this.headings) {
      const n = this.breaks.length + 1;
      const flags = new Uint8Array(n);
      // The last block heads nothing: a heading needs a block below it.
      for (let b = 0; b < n - 1; b++) flags[b] = this.isHeading(b) ? 1 : 0;
      const first = new Int32Array(n);
      const last = new Int32Array(n);
      for (let b = 0; b < n; b++) first[b] = flags[b] || b === 0 ? b : first[b - 1]!;
      for (let b = n - 1; b >= 0; b--) last[b] = b === n - 1 || flags[b + 1] ? b : last[b + 1]!;
      this.headings = flags;
      this.sectionFirst = first;
      this.sectionLast = last;
    }
    return this.headings;
  }

  /** The section of index i: from the heading at or above its block to the block before the next heading. */
  section(i: number): void {
    this.headingFlags();
    const b = this.blockNo(i);
    this.from = this.start(this.sectionFirst![b]!);
    this.to = this.end(this.sectionLast![b]!);
  }

  /** Number of the section holding index i (its first block). */
  sectionOf(i: number): number {
    this.headingFlags();
    return this.sectionFirst![this.blockNo(i)]!;
  }

  /** Does index i lie in a heading that heads a section (a block follows it)? */
  headsSection(i: number): boolean {
    if (this.breaks.length === 0) return false;
    return this.headingFlags()[this.blockNo(i)] === 1;
  }
}
