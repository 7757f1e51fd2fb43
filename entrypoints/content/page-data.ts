import type { Position } from '@/lib/corpus/types';
import type { DatasetInfo } from '@/lib/db/queries';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { LexiconPayload } from '@/lib/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';

/** What the content script needs from the background before it can scan a page. */
export interface PageData {
  settings: Settings;
  lexicon: LexiconPayload;
  positions: Position[];
  info: DatasetInfo;
}

/**
 * Asks the background for everything at once (four messages in parallel). No notes: the background gives
 * a content script only the notes of positions it has found (getNotesOf, asked after the scan).
 */
export async function requestPageData(): Promise<PageData> {
  const [settings, lexicon, positions, info] = await Promise.all([
    sendMessage('getSettings').catch((): Settings => DEFAULT_SETTINGS),
    sendMessage('getLexicon'),
    sendMessage('getPositions'),
    sendMessage('getDatasetInfo'),
  ]);
  return { settings, lexicon, positions, info };
}

interface Prefetch {
  data: Promise<PageData>;
  /** Settings or own terms changed after the request left: the answer may be out of date. */
  stale: boolean;
  stopListening: () => void;
}

/**
 * Shared by our content scripts of one frame: they run in the same isolated world. A Symbol, not a name:
 * an element `<div id="__standpunktPageData">` would show up under a name on `window` (issue 10).
 */
export const PREFETCH = Symbol.for('standpunkt.pageData');

const isPrefetch = (v: unknown): v is Prefetch =>
  v !== null &&
  typeof v === 'object' &&
  typeof (v as Prefetch).stopListening === 'function' &&
  (v as Prefetch).data instanceof Promise;

/**
 * Started at document_start by the stylesheet script, so that the round trip to the background
 * (20–50 ms, more while the page loads) is over by the time the main content script starts at
 * document_idle. The answer is held until `takePageData` collects it.
 */
export function prefetchPageData(): void {
  const data = requestPageData();
  // Collected later; a failure is handled there (by asking again), not reported as unhandled here.
  data.catch(() => {});
  const prefetch: Prefetch = { data, stale: false, stopListening: () => {} };
  const markStale = () => {
    prefetch.stale = true;
  };
  // Until the main script takes over these messages, a change makes the prefetched answer stale.
  const removers = [onMessage('settingsChanged', markStale), onMessage('lexiconChanged', markStale)];
  prefetch.stopListening = () => removers.forEach((remove) => remove());
  (globalThis as unknown as Record<symbol, unknown>)[PREFETCH] = prefetch;
}

/**
 * The prefetched answer if there is a current one, else a fresh request (a site the user added has no
 * document_start script; the prefetch failed; settings changed meanwhile). Taken once: it stops the
 * prefetch's listeners, so the caller may register its own for the same messages.
 */
export function takePageData(): Promise<PageData> {
  const store = globalThis as unknown as Record<symbol, unknown>;
  const prefetch = store[PREFETCH];
  delete store[PREFETCH];
  if (!isPrefetch(prefetch)) return requestPageData();
  prefetch.stopListening();
  if (prefetch.stale) return requestPageData();
  return prefetch.data.catch(() => requestPageData());
}
