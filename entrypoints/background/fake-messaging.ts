import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Test helper: @webext-core/messaging sends with the callback form of
 * `chrome.runtime.sendMessage` / `chrome.tabs.sendMessage` and answers through `sendResponse`,
 * neither of which WXT's fake browser implements. This routes both to the fake
 * `runtime.onMessage` listeners and resolves the callback with their `sendResponse`, so tests
 * exercise the real library on both ends of the contract.
 */
/** The sender of a message from one of our extension pages (the default) or from a content script in tab 7. */
export const extensionPageSender = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});
export const contentScriptSender = (url = 'https://www.stortinget.no/sak') => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: 7, index: 0, url },
  frameId: 0,
});

export function routeMessagesThroughFakeBrowser(sender?: () => object): void {
  // The fake browser's lastError is a truthy placeholder, which the library reads as a failure.
  (fakeBrowser.runtime as { lastError?: unknown }).lastError = undefined;
  const deliver = (message: unknown, callback: (response: unknown) => void) => {
    let answered = false;
    const sendResponse = (response: unknown) => {
      answered = true;
      callback(response);
    };
    // The fake's typings omit sendResponse, but it passes every argument on to the listeners.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, sender ? sender() : extensionPageSender(), sendResponse).then((results) => {
      // Like a real browser: no listener kept the channel open → the caller gets undefined.
      if (!answered && !results.some((r) => r === true)) callback(undefined);
    });
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown, callback: (r: unknown) => void) =>
    deliver(message, callback)) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    _tabId: number,
    message: unknown,
    _options: unknown,
    callback: (r: unknown) => void,
  ) => deliver(message, callback)) as never);
}
