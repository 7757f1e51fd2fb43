import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundle } from '@/lib/data/bundle';
import { compiledLexicon } from '@/lib/lexicon';
import { onMessage, removeAllListeners, sendMessage, type PageMatchReport } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { routeMessagesThroughFakeBrowser } from '../background/fake-messaging';
import contentScript from './index';

let reports: PageMatchReport[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
  reports = [];
  delete document.documentElement.dataset.standpunkt;
  document.body.innerHTML = '<h1>Innstilling</h1><p>Komiteen viser til at statlige innsigelser og bindende bemanningsnormer svekker det lokale handlingsrommet.</p>';
  // The background's side of the contract, as the content script uses it.
  onMessage('getSettings', () => DEFAULT_SETTINGS);
  onMessage('getLexicon', () => ({ version: 'test', lexicon: compiledLexicon() }));
  onMessage('getPositions', () => bundle.positions);
  onMessage('getDatasetInfo', () => ({ datasetVersion: bundle.datasetVersion, documents: bundle.documents, chapterCount: 7, positionCount: bundle.positions.length }));
  onMessage('pageMatches', ({ data }) => void reports.push(data));
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
      expect.arrayContaining(['ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser', 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer']),
    );
    expect(report.positions.flatMap((p) => p.words)).toEqual(expect.arrayContaining(['innsigelser', 'bemanningsnormer']));
    // The page text is untouched (happy-dom has no Highlight API: the wrapping painter is used here).
    expect(document.body.textContent).toContain('statlige innsigelser og bindende bemanningsnormer');

    ctx.abort();
    expect(document.documentElement.dataset.standpunkt).toBeUndefined();
    expect(document.querySelectorAll('mark').length).toBe(0);
    await expect(sendMessage('ping', undefined, 1)).rejects.toThrow();
  });
});
