import { describe, expect, it } from 'vitest';
import { overviewMarks } from './overview';

const hit = (top: number, chapterIndex = 1, item = String(top)) => ({ top, chapterIndex, item });

describe('overview marks', () => {
  it('maps document positions onto the strip, top to bottom', () => {
    const marks = overviewMarks([hit(5000, 2), hit(0, 1), hit(10000, 3)], {
      documentHeight: 10000,
      stripHeight: 504,
      markHeight: 4,
    });
    expect(marks.map((m) => [m.y, m.chapterIndex, m.items])).toEqual([
      [0, 1, ['0']],
      [250, 2, ['5000']],
      [500, 3, ['10000']],
    ]);
    expect(marks.every((m) => m.height === 4)).toBe(true);
  });

  it('merges marks that would touch; the group takes its most frequent chapter and jumps to its first hit', () => {
    const marks = overviewMarks([hit(100, 4, 'a'), hit(110, 2, 'b'), hit(120, 2, 'c'), hit(5000, 5, 'd')], {
      documentHeight: 10000,
      stripHeight: 1004,
      markHeight: 4,
      mergeGap: 2,
    });
    expect(marks).toHaveLength(2);
    expect(marks[0]).toMatchObject({ y: 10, chapterIndex: 2, items: ['a', 'b', 'c'] });
    expect(marks[0]!.height).toBe(6);
    expect(marks[1]).toMatchObject({ chapterIndex: 5, items: ['d'] });
  });

  it('keeps every mark on the strip, and gives none without a page or a strip', () => {
    const marks = overviewMarks([hit(-50), hit(20000)], { documentHeight: 1000, stripHeight: 100, markHeight: 4 });
    expect(marks.map((m) => m.y)).toEqual([0, 96]);
    expect(overviewMarks([hit(1)], { documentHeight: 0, stripHeight: 100 })).toEqual([]);
    expect(overviewMarks([hit(1)], { documentHeight: 100, stripHeight: 2 })).toEqual([]);
    expect(overviewMarks([], { documentHeight: 100, stripHeight: 100 })).toEqual([]);
  });
});
