import type { MarkRange } from '@/lib/search';

/** Text with the given ranges in <mark>: built as elements, never as markup, so data text stays text. */
export function Marked({ text, ranges = [] }: { text: string; ranges?: readonly MarkRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The ranges that fall inside [from, to), shifted to start at `from` (for one paragraph of a text). */
export function rangesWithin(ranges: readonly MarkRange[], from: number, to: number): MarkRange[] {
  return ranges
    .filter(([s, e]) => e > from && s < to)
    .map(([s, e]): MarkRange => [Math.max(s, from) - from, Math.min(e, to) - from]);
}
