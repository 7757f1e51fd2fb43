/**
 * Runs long work in slices so that the page stays responsive: the work is a generator that yields at
 * safe points; after each step the slicer checks the clock and, past the budget, gives the event loop back
 * to the page before going on. No task of ours then lasts much longer than the budget plus one step.
 */
export interface SliceOptions {
  /** Time a slice may take before we yield, in ms. */
  budgetMs: number;
  now?: () => number;
  /** Gives control back to the page; resolves when we may continue. */
  yieldToPage?: () => Promise<void>;
  /** Stop early (teardown, a newer scan). */
  signal?: AbortSignal;
}

/** scheduler.yield() where the browser has it (continuation keeps its priority), else a macrotask. */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceStats {
  slices: number;
  /** Longest slice, in ms. */
  longestMs: number;
  aborted: boolean;
}

/**
 * Waits for the page to render a frame (rAF, then a task after it), or at most `maxMs` (a hidden tab gets
 * no frames). scheduler.yield() alone keeps our continuation ahead of rendering, so the page would only
 * paint when the browser's starvation guard steps in (~10 fps during a long scan).
 */
export function yieldForFrame(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, maxMs);
  });
}

/** How much of our work may run between two frames of the page, in ms. */
const FRAME_EVERY_MS = 32;

export async function runSliced(work: Iterator<unknown>, options: SliceOptions): Promise<SliceStats> {
  const now = options.now ?? (() => performance.now());
  const custom = options.yieldToPage;
  let sinceFrame = 0;
  const yieldToPage = async () => {
    if (custom) return custom();
    if (sinceFrame >= FRAME_EVERY_MS) {
      sinceFrame = 0;
      return yieldForFrame();
    }
    return defaultYield();
  };
  const stats: SliceStats = { slices: 0, longestMs: 0, aborted: false };
  for (;;) {
    if (options.signal?.aborted) {
      stats.aborted = true;
      work.return?.();
      return stats;
    }
    const start = now();
    let done = false;
    // At least one step per slice, however small the budget: a slice always makes progress.
    do done = !!work.next().done;
    while (!done && now() - start < options.budgetMs);
    stats.slices++;
    const took = now() - start;
    stats.longestMs = Math.max(stats.longestMs, took);
    sinceFrame += took;
    if (done) return stats;
    await yieldToPage();
  }
}

/** Runs a stepwise computation in slices and resolves with its result. */
export async function computeSliced<T>(steps: Generator<void, T>, options: SliceOptions): Promise<T> {
  let result: { value: T } | null = null;
  await runSliced(
    (function* () {
      result = { value: yield* steps };
    })(),
    options,
  );
  if (!result) throw new Error('stopped before it was done');
  return (result as { value: T }).value;
}
