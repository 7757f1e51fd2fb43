// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundle } from '@/lib/data/bundle';
import { compiledLexicon } from '@/lib/lexicon';
import { onMessage, removeAllListeners, sendMessage } from '@/utils/messaging';
import type { PageMatchReport } from '@/lib/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { useLocale } from '@/components/test-i18n';
import { routeMessagesThroughFakeBrowser } from '../background/fake-messaging';
import { ownGlobal } from './guard';
import contentScript from './index';

let reports: PageMatchReport[] = [];
let notesAsked: string[][] = [];

beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
  // The card's strings come from browser.i18n (the fake browser has none of its own).
  useLocale('nb');
  reports = [];
  delete document.documentElement.dataset.standpunkt;
  document.body.innerHTML =
    '<h1>Innstilling</h1><p>Komiteen viser til at statlige innsigelser og bindende bemanningsnormer svekker det lokale handlingsrommet.</p>';
  // The background's side of the contract, as the content script uses it.
  onMessage('getSettings', () => DEFAULT_SETTINGS);
  onMessage('getLexicon', () => ({ version: 'test', lexicon: compiledLexicon() }));
  onMessage('getPositions', () => bundle.positions);
  onMessage('getDatasetInfo', () => ({
    datasetVersion: bundle.datasetVersion,
    documents: bundle.documents,
    chapterCount: 7,
    positionCount: bundle.positions.length,
  }));
  onMessage('pageMatches', ({ data }) => void reports.push(data));
  notesAsked = [];
  onMessage('getNotesOf', ({ data }) => {
    notesAsked.push(data);
    return {};
  });
  onMessage('getNotes', () => {
    throw new Error('a content script must not ask for every note');
  });
});
afterEach(() => removeAllListeners());

describe('content script', () => {
  it('is registered for Stortinget and Regjeringen only', () => {
    expect(contentScript.matches).toEqual(['*://*.stortinget.no/*', '*://*.regjeringen.no/*']);
  });

  it('scans the page, answers ping and getPageMatches, and cleans up when invalidated', async () => {
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);
    expect(document.documentElement.dataset.standpunkt).toBe('scanned');
    expect(await sendMessage('ping', undefined, 1)).toEqual({ ready: true, url: location.href });

    const report = await sendMessage('getPageMatches', undefined, 1);
    expect(report.enabled).toBe(true);
    expect(report.positions.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser',
        'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer',
      ]),
    );
    expect(report.positions.flatMap((p) => p.words)).toEqual(
      expect.arrayContaining(['innsigelser', 'bemanningsnormer']),
    );
    // The page text is untouched (happy-dom has no Highlight API: the wrapping painter is used here).
    expect(document.body.textContent).toContain('statlige innsigelser og bindende bemanningsnormer');

    ctx.abort();
    expect(document.documentElement.dataset.standpunkt).toBeUndefined();
    expect(document.querySelectorAll('mark').length).toBe(0);
    await expect(sendMessage('ping', undefined, 1)).rejects.toThrow();
  });

  it('asks only for the notes of the positions it found (issue 10)', async () => {
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);
    for (let i = 0; i < 100 && notesAsked.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const report = await sendMessage('getPageMatches', undefined, 1);
    const asked = new Set(notesAsked.flat());
    expect(asked).toEqual(
      new Set(
        report.positions
          .map((p) => p.id)
          .concat(((report as { mentions?: { id: string }[] }).mentions ?? []).map((p) => p.id)),
      ),
    );
    expect(asked.size).toBeGreaterThan(0);
    ctx.abort();
  });

  it("a page cannot switch it off with WXT's started event; a second copy in the same world replaces the first", async () => {
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);
    const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    expect(ctx.isValid).toBe(true);
    expect(document.documentElement.dataset.standpunkt).toBe('scanned');

    const second = new ContentScriptContext('content');
    const running = contentScript.main(second);
    expect(ctx.isValid).toBe(false);
    await running;
    expect(second.isValid).toBe(true);
    second.abort();
  });
});

describe('globals of ours', () => {
  it('a named element is not taken for the card UI', () => {
    // Named elements live on the global object's prototype chain (WindowProperties), never as own properties.
    const proto = Object.getPrototypeOf(globalThis) as object;
    const form = document.createElement('form');
    Object.defineProperty(proto, '__standpunktCardUi', { value: form, configurable: true, writable: true });
    try {
      expect(
        ownGlobal('__standpunktCardUi', (ui) => typeof (ui as { createCard?: unknown }).createCard === 'function'),
      ).toBeUndefined();
      (globalThis as Record<string, unknown>).__standpunktCardUi = { createCard: () => null };
      expect(
        ownGlobal('__standpunktCardUi', (ui) => typeof (ui as { createCard?: unknown }).createCard === 'function'),
      ).toBeDefined();
    } finally {
      delete (globalThis as Record<string, unknown>).__standpunktCardUi;
      delete (proto as Record<string, unknown>).__standpunktCardUi;
    }
  });
});

describe('release builds (issue 10)', () => {
  it('set no readiness attribute and no performance marks the page could read', async () => {
    vi.resetModules();
    (globalThis as Record<string, unknown>).__STANDPUNKT_TEST_HOOKS__ = false;
    performance.clearMarks();
    try {
      const release = (await import('./index')).default;
      const ctx = new ContentScriptContext('content');
      await release.main(ctx);
      expect((await sendMessage('getPageMatches', undefined, 1)).positions.length).toBeGreaterThan(0);
      expect(document.documentElement.dataset.standpunkt).toBeUndefined();
      expect(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('standpunkt:'))).toEqual([]);
      ctx.abort();
    } finally {
      delete (globalThis as Record<string, unknown>).__STANDPUNKT_TEST_HOOKS__;
      vi.resetModules();
    }
  });
});
