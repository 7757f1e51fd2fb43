import { describe, expect, it } from 'vitest';
import { makeBundle } from '@/lib/db/test-bundle';
import { groupByChapter } from './chapterGroups';

describe('groupByChapter', () => {
  it('groups by chapter in order of appearance and keeps position order', () => {
    const { positions } = makeBundle('v', [['A', 'B'], ['C'], ['D', 'E', 'F']]);
    const groups = groupByChapter(positions);
    expect(groups.map((g) => [g.chapterIndex, g.title, g.positions.map((p) => p.title)])).toEqual([
      [1, 'Kapittel 1', ['A', 'B']],
      [2, 'Kapittel 2', ['C']],
      [3, 'Kapittel 3', ['D', 'E', 'F']],
    ]);
  });

  it('keeps chapters of different documents apart', () => {
    const a = makeBundle('v', [['A']], 'doc-a').positions;
    const b = makeBundle('v', [['B']], 'doc-b').positions;
    expect(groupByChapter([...a, ...b]).map((g) => g.key)).toEqual(['doc-a#1', 'doc-b#1']);
  });

  it('returns no groups for no positions', () => {
    expect(groupByChapter([])).toEqual([]);
  });
});
