import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { removeAllListeners, sendMessage } from '@/lib/messages';
import { routeMessagesThroughFakeBrowser } from '../background/fake-messaging';
import contentScript from './index';

beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
  delete document.documentElement.dataset.standpunkt;
});
afterEach(() => removeAllListeners());

describe('content script', () => {
  it('is registered for Stortinget and Regjeringen only', () => {
    expect(contentScript.matches).toEqual(['*://*.stortinget.no/*', '*://*.regjeringen.no/*']);
  });

  it('marks the page and answers ping; cleans up when invalidated', async () => {
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);
    expect(document.documentElement.dataset.standpunkt).toBe('ready');
    expect(await sendMessage('ping', undefined, 1)).toEqual({ ready: true, url: location.href });

    ctx.abort();
    expect(document.documentElement.dataset.standpunkt).toBeUndefined();
    await expect(sendMessage('ping', undefined, 1)).rejects.toThrow();
  });
});
