import { onMessage } from '@/lib/messages';

/** Marker a browser test (and a curious developer) can read; a data attribute changes nothing visible. */
const READY_ATTRIBUTE = 'standpunkt';

// Never opens IndexedDB: here it would be the page's origin. Data comes from the background.
export default defineContentScript({
  matches: ['*://*.stortinget.no/*', '*://*.regjeringen.no/*'],
  main(ctx) {
    const removePing = onMessage('ping', () => ({ ready: true as const, url: location.href }));
    document.documentElement.dataset[READY_ATTRIBUTE] = 'ready';
    ctx.onInvalidated(() => {
      removePing();
      delete document.documentElement.dataset[READY_ATTRIBUTE];
    });
  },
});
