// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundle } from '@/lib/data/bundle';
import { compiledLexicon } from '@/lib/lexicon';
import { onMessage, removeAllListeners, sendMessage } from '@/utils/messaging';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { routeMessagesThroughFakeBrowser } from '../background/fake-messaging';
import { PREFETCH, prefetchPageData, takePageData } from './page-data';

let asked = 0;
let highlighting = true;
let lexiconFails = false;

beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
  asked = 0;
  highlighting = true;
  lexiconFails = false;
  onMessage('getSettings', () => {
    asked++;
    return { ...DEFAULT_SETTINGS, highlighting };
  });
  onMessage('getLexicon', () => {
    if (lexiconFails) throw new Error('the store is not open yet');
    return { version: 'test', lexicon: compiledLexicon() };
  });
  onMessage('getPositions', () => bundle.positions);
  onMessage('getDatasetInfo', () => ({
    datasetVersion: bundle.datasetVersion,
    documents: bundle.documents,
    chapterCount: 7,
    positionCount: bundle.positions.length,
  }));
  onMessage('getNotes', () => ({ [bundle.positions[0]!.id]: 'Notat' }));
});
afterEach(() => {
  removeAllListeners();
  // A test that prefetched but did not take leaves nothing behind for the next one.
  delete (globalThis as unknown as Record<symbol, unknown>)[PREFETCH];
});

describe('page data for the content script', () => {
  it('without a prefetch, asks the background', async () => {
    const data = await takePageData();
    expect(asked).toBe(1);
    expect(data.positions).toHaveLength(bundle.positions.length);
    expect(data.lexicon.version).toBe('test');
    // No notes in the page data (issue 10): the content script asks for those of the positions it finds.
    expect('notes' in data).toBe(false);
    expect(data.info.positionCount).toBe(bundle.positions.length);
  });

  it('takes the prefetched answer once, without asking again', async () => {
    prefetchPageData();
    const data = await takePageData();
    expect(asked).toBe(1);
    expect(data.settings.highlighting).toBe(true);
    // Taken: a second content script start asks afresh.
    await takePageData();
    expect(asked).toBe(2);
  });

  it('asks again when the settings changed after the prefetch left', async () => {
    prefetchPageData();
    highlighting = false;
    await sendMessage('settingsChanged', { ...DEFAULT_SETTINGS, highlighting: false });
    const data = await takePageData();
    expect(asked).toBe(2);
    expect(data.settings.highlighting).toBe(false);
  });

  it('asks again when the prefetch failed', async () => {
    lexiconFails = true;
    prefetchPageData();
    await Promise.resolve();
    lexiconFails = false;
    const data = await takePageData();
    expect(data.lexicon.version).toBe('test');
  });

  it('hands the change messages over: after taking, the caller can listen for them itself', async () => {
    prefetchPageData();
    await takePageData();
    let heard = 0;
    expect(() => onMessage('lexiconChanged', () => void heard++)).not.toThrow();
    await sendMessage('lexiconChanged', undefined);
    expect(heard).toBe(1);
  });

  it('is not fooled by a page element named like a global of ours', async () => {
    // Elements with an id show on window by name, in our world too; the prefetch is kept under a Symbol.
    (globalThis as Record<string, unknown>).__standpunktPageData = document.createElement('div');
    try {
      const data = await takePageData();
      expect(data.lexicon.version).toBe('test');
    } finally {
      delete (globalThis as Record<string, unknown>).__standpunktPageData;
    }
  });
});
