import { browser } from 'wxt/browser';
import { bundle } from '@/lib/data/bundle';
import { createStore } from '@/lib/db/store';
import { registerBackgroundHandlers } from './handlers';
import { registerPageHandlers } from './page';
import { registerUserDataHandlers } from './user-data';

export default defineBackground(() => {
  const store = createStore(bundle);

  function seed(reason: string) {
    store.reseed().catch((err: unknown) => {
      // Also surfaces to every message caller through store.ready(); logged here for the console.
      console.error(`[standpunkt] seeding on ${reason} failed:`, err);
    });
  }

  registerBackgroundHandlers(store.ready);
  registerPageHandlers(store.ready);
  registerUserDataHandlers(store.ready);
  // Install and update replace the bundled data; startup catches a store that was cleared while the
  // browser was closed. Seeding is idempotent, so the overlap with the first message is harmless.
  browser.runtime.onInstalled.addListener(({ reason }) => seed(reason));
  browser.runtime.onStartup.addListener(() => seed('startup'));
});
