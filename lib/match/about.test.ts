import { describe, expect, it } from 'vitest';
import { byAboutness, isAbout, orderByAboutness } from './about';
import { MIN_RELEVANT_SCORE } from './rank';

describe('aboutness', () => {
  it('reports from the relevance score up, keeps the rest as mentions, in order', () => {
    expect(isAbout(MIN_RELEVANT_SCORE)).toBe(true);
    expect(isAbout(MIN_RELEVANT_SCORE - 0.001)).toBe(false);
    const ranked = [
      { id: 'a', score: 2 },
      { id: 'b', score: 0.5 },
      { id: 'c', score: 0.49 },
      { id: 'd', score: 0.1 },
    ];
    const { positions, mentions } = byAboutness(ranked);
    expect(positions.map((p) => p.id)).toEqual(['a', 'b']);
    expect(mentions.map((p) => p.id)).toEqual(['c', 'd']);
  });

  it("orders a shared phrase's positions: reported strongest first, then mentions, then unranked", () => {
    const about = {
      positions: [
        { id: 'b', score: 3 },
        { id: 'c', score: 1 },
      ],
      mentions: [{ id: 'a', score: 0.2 }],
    };
    expect(orderByAboutness(['a', 'x', 'c', 'b'], about)).toEqual(['b', 'c', 'a', 'x']);
    expect(orderByAboutness(['y', 'x'], about)).toEqual(['y', 'x']);
  });
});
