import { getAllPositions, getDatasetInfo, getPosition } from '@/lib/db/queries';
import type { StandpunktDb } from '@/lib/db/schema';
import { onBackgroundMessage } from './senders';

/**
 * The background's answers to the message contract. Each handler waits for the store to be open
 * and seeded, so a popup opened right after install never sees a half-filled store; store errors
 * reach the caller as a rejected sendMessage. Senders are checked (./senders.ts: CONTENT_SCRIPT_MAY_ASK).
 */
export function registerBackgroundHandlers(ready: () => Promise<StandpunktDb>): () => void {
  const removers = [
    onBackgroundMessage('getPositions', async () => getAllPositions(await ready())),
    onBackgroundMessage('getPosition', async ({ data }) => getPosition(await ready(), data)),
    onBackgroundMessage('getDatasetInfo', async () => getDatasetInfo(await ready())),
  ];
  return () => removers.forEach((remove) => remove());
}
