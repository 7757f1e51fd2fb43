import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StoreError } from '@/lib/db/errors';
import { StandpunktDb } from '@/lib/db/schema';
import { createStore } from '@/lib/db/store';
import { makeBundle, uniqueDbName } from '@/lib/db/test-bundle';
import { removeAllListeners, sendMessage } from '@/utils/messaging';
import { routeMessagesThroughFakeBrowser } from './fake-messaging';
import { registerBackgroundHandlers } from './handlers';

// Chapter 2 is listed first in the bundle on purpose: answers must come back in document order.
const bundle = makeBundle('v7', [['Alpha', 'Beta'], ['Gamma']]);
bundle.positions.reverse();

let name: string;
let db: StandpunktDb | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
  name = uniqueDbName('handlers');
});
afterEach(async () => {
  removeAllListeners();
  db?.close();
  await Dexie.delete(name);
});

function register() {
  const store = createStore(bundle, () => new StandpunktDb(name));
  registerBackgroundHandlers(async () => (db = await store.ready()));
}

describe('background message handlers', () => {
  it('getPositions answers every seeded position in document order', async () => {
    register();
    const positions = await sendMessage('getPositions');
    expect(positions.map((p) => p.title)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(positions[2]).toEqual(bundle.positions.find((p) => p.title === 'Gamma'));
  });

  it('getPosition answers one position, or null for an unknown id', async () => {
    register();
    expect((await sendMessage('getPosition', 'doc-a:beta'))?.title).toBe('Beta');
    expect(await sendMessage('getPosition', 'doc-a:nope')).toBeNull();
  });

  it('getDatasetInfo reports version and counts', async () => {
    register();
    expect(await sendMessage('getDatasetInfo')).toEqual({
      datasetVersion: 'v7',
      documents: bundle.documents,
      chapterCount: 2,
      positionCount: 3,
    });
  });

  it('a store failure reaches the sender as an error, not an empty answer', async () => {
    registerBackgroundHandlers(() =>
      Promise.reject(new StoreError('quota', 'Could not open the Standpunkt store: full')),
    );
    await expect(sendMessage('getPositions')).rejects.toThrow('Could not open the Standpunkt store: full');
  });

  it('stops answering after the returned remover is called', async () => {
    const remove = registerBackgroundHandlers(async () => {
      throw new Error('not reached');
    });
    remove();
    await expect(sendMessage('getDatasetInfo')).rejects.toThrow();
  });
});
