import type { Position } from '@/lib/corpus/types';
import type { DatasetInfo } from '@/lib/db/queries';
import { onMessage, sendMessage, type LexiconPayload } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';

/** What the content script needs from the background before it can scan a page. */
export interface PageData {
  settings: Settings;
  lexicon: LexiconPayload;
  positions: Position[];
  info: DatasetInfo;
  notes: Record<string, string>;
}

/** Asks the background for everything at once (five messages in parallel). */
export async function requestPageData(): Promise<PageData> {
  const [settings, lexicon, positions, info, notes] = await Promise.all([
    sendMessage('getSettings').catch((): Settings => DEFAULT_SETTINGS),
    sendMessage('getLexicon'),
    sendMessage('getPositions'),
    sendMessage('getDatasetInfo'),
    sendMessage('getNotes').catch(() => ({})),
  ]);
  return { settings, lexicon, positions, info, notes };
}

interface Prefetch {
  data: Promise<PageData>;
  /** Settings or own terms changed after the request left: the answer may be out of date. */
  stale: boolean;
  stopListening: () => void;
}

/** Shared by our content scripts of one frame: they run in the same isolated world. */
const PREFETCH = '__standpunktPageData';

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
  (globalThis as Record<string, unknown>)[PREFETCH] = prefetch;
}

/**
 * The prefetched answer if there is a current one, else a fresh request (a site the user added has no
 * document_start script; the prefetch failed; settings changed meanwhile). Taken once: it stops the
 * prefetch's listeners, so the caller may register its own for the same messages.
 */
export function takePageData(): Promise<PageData> {
  const store = globalThis as Record<string, unknown>;
  const prefetch = store[PREFETCH] as Prefetch | undefined;
  delete store[PREFETCH];
  if (!prefetch) return requestPageData();
  prefetch.stopListening();
  if (prefetch.stale) return requestPageData();
  return prefetch.data.catch(() => requestPageData());
}
