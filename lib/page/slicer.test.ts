import { describe, expect, it } from 'vitest';
import { runSliced } from './slicer';

function* steps(n: number, log: number[]) {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield;
  }
}

describe('runSliced', () => {
  it('yields to the page whenever a slice exceeds its budget', async () => {
    let clock = 0;
    const log: number[] = [];
    let yields = 0;
    const stats = await runSliced(
      (function* () {
        for (const s of steps(10, log)) {
          clock += 4; // each step costs 4 ms
          yield s;
        }
      })(),
      { budgetMs: 10, now: () => clock, yieldToPage: async () => void yields++ },
    );
    expect(log).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(stats.slices).toBe(yields + 1);
    expect(stats.longestMs).toBeLessThanOrEqual(12);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const log: number[] = [];
    let clock = 0;
    const stats = await runSliced(
      (function* () {
        for (const s of steps(100, log)) {
          clock += 5;
          yield s;
        }
      })(),
      { budgetMs: 10, now: () => clock, yieldToPage: async () => controller.abort(), signal: controller.signal },
    );
    expect(stats.aborted).toBe(true);
    expect(log.length).toBeLessThan(100);
  });
});
