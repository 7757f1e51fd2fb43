import { describe, expect, it } from 'vitest';
import type { PositionTally } from './hit-index';
import { mergeTallies, pageReport } from './report';

const tally = (count: number, terms: [string, number][], words: [string, number][]): PositionTally => ({
  count,
  terms: new Map(terms),
  words: new Map(words),
});

describe('page report', () => {
  it('merges the tallies of the page and its frames', () => {
    const merged = mergeTallies([
      new Map([['a', tally(1, [['t', 1]], [['T', 1]])]]),
      new Map([['a', tally(2, [['t', 2]], [['t', 2]])]]),
    ]);
    expect(merged.get('a')).toEqual(
      tally(
        3,
        [['t', 3]],
        [
          ['T', 1],
          ['t', 2],
        ],
      ),
    );
  });

  it('ranks by score, words by frequency; reports nothing while off', () => {
    const tallies = [
      new Map([
        [
          'b',
          tally(
            3,
            [['x', 3]],
            [
              ['x', 1],
              ['X', 2],
            ],
          ),
        ],
        ['a', tally(1, [['y', 1]], [['y', 1]])],
      ]),
    ];
    const score = (terms: ReadonlyMap<string, number>) => [...terms.values()].reduce((s, n) => s + n, 0);
    const on = pageReport('https://www.stortinget.no/', true, tallies, score);
    expect(on.url).toBe('https://www.stortinget.no/');
    expect([...on.positions, ...on.mentions].map((p) => p.id)).toEqual(expect.arrayContaining(['a', 'b']));
    const b = [...on.positions, ...on.mentions].find((p) => p.id === 'b')!;
    expect(b).toMatchObject({ count: 3, score: 3, words: ['X', 'x'] });
    const off = pageReport('https://www.stortinget.no/', false, tallies, score);
    expect(off).toEqual({
      url: 'https://www.stortinget.no/',
      enabled: false,
      positionCount: 0,
      positions: [],
      mentions: [],
    });
  });
});
