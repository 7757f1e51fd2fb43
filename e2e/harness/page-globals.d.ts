// What the browser tests' own scripts leave on a page's window (init scripts and evaluate calls), so
// that the functions passed to page.evaluate type-check.
interface Window {
  /** perf.mjs's PAGE_PERF_INIT. */
  __standpunktPerf?: Record<string, unknown>;
  /** main-thread.mjs's LONG_WORK_INIT. */
  __standpunktLong?: {
    longTasks: { start: number; duration: number }[];
    frames: {
      start: number;
      duration: number;
      blocking: number;
      scripts: { duration: number; fn?: string; url?: string }[];
    }[];
  };
  /** firefox-page.mjs's clipboard page: what the last paste carried. */
  __pasted?: { plain: string; html: string } | null;
}
