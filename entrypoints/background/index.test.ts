import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundle } from '@/lib/data/bundle';
import { DATASET_VERSION_KEY, DB_NAME, StandpunktDb } from '@/lib/db/schema';
import { removeAllListeners, sendMessage } from '@/utils/messaging';
import background from './index';
import { routeMessagesThroughFakeBrowser } from './fake-messaging';

// Deleted once: the stores opened by main() stay open, and deleting under them only makes Dexie warn.
beforeAll(() => Dexie.delete(DB_NAME));
beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
});
afterEach(() => removeAllListeners());

async function storedVersion(): Promise<string | undefined> {
  const db = new StandpunktDb();
  await db.open();
  const row = await db.meta.get(DATASET_VERSION_KEY);
  db.close();
  return row?.value;
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}

describe('background entrypoint', () => {
  it('seeds the bundled data on install', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await until(async () => (await storedVersion()) === bundle.datasetVersion);
    const db = new StandpunktDb();
    expect(await db.positions.count()).toBe(bundle.positions.length);
    db.close();
  });

  it('answers the message contract from the real bundle', async () => {
    background.main();
    const positions = await sendMessage('getPositions');
    expect(positions).toHaveLength(bundle.positions.length);
    expect(new Set(positions.map((p) => p.id))).toEqual(new Set(bundle.positions.map((p) => p.id)));
    expect((await sendMessage('getDatasetInfo')).datasetVersion).toBe(bundle.datasetVersion);
  });
});
