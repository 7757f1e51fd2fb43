// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { runSliced, yieldForFrame } from './slicer';

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

describe("runSliced and the page's frames", () => {
  it('waits for a frame after every ~32 ms of work, not only for a task', async () => {
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame');
    let clock = 0;
    await runSliced(
      (function* () {
        for (let i = 0; i < 12; i++) {
          clock += 11; // one 11 ms step per slice (budget 10 ms)
          yield;
        }
      })(),
      { budgetMs: 10, now: () => clock },
    );
    // 12 slices of 11 ms: a frame after every third slice.
    expect(raf.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(raf.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('does not wait forever where no frame comes (a hidden tab)', async () => {
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    const started = Date.now();
    await yieldForFrame(30);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('computeSliced', () => {
  it('resolves with the result of a stepwise computation run in slices', async () => {
    const { computeSliced } = await import('./slicer');
    let yields = 0;
    const value = await computeSliced(
      (function* () {
        let sum = 0;
        for (let i = 1; i <= 100; i++) {
          sum += i;
          yield;
        }
        return sum;
      })(),
      { budgetMs: 0, yieldToPage: async () => void yields++ },
    );
    expect(value).toBe(5050);
    expect(yields).toBeGreaterThan(10);
  });
});
