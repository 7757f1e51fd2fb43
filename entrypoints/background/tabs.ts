/** Telling every open tab that something its page depends on changed (settings, the lexicon). */
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/protocol';
import { sendMessage } from '@/utils/messaging';

/** Sends a message to every tab; tabs without our content script (or closed meanwhile) are skipped. */
export async function notifyTabs<K extends 'lexiconChanged' | 'settingsChanged'>(
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<void> {
  let tabs: { id?: number }[] = [];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        await (sendMessage as (t: string, d: unknown, tabId: number) => Promise<unknown>)(type, data[0], id);
      } catch {
        // No content script in that tab (another site, a browser page): nothing to tell.
      }
    }),
  );
}
