import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, removeAllListeners } from '@/utils/messaging';
import type { PageMatchReport } from '@/lib/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { routeMessagesThroughFakeBrowser } from '../background/fake-messaging';
import { activeTab, inactiveReason, pageService } from './services';

beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
});
afterEach(() => removeAllListeners());

describe('inactiveReason', () => {
  it.each([
    [undefined, { reason: 'unknown', host: null }],
    ['chrome://extensions/', { reason: 'unsupported', host: null }],
    ['file:///home/x.html', { reason: 'unsupported', host: null }],
    ['https://www.stortinget.no/no/sak', { reason: 'reload', host: 'www.stortinget.no' }],
    ['https://data.regjeringen.no/', { reason: 'reload', host: 'data.regjeringen.no' }],
    ['https://www.ks.no/fag', { reason: 'offer', host: 'www.ks.no' }],
  ] as const)('%s → %o', (url, expected) => {
    expect(inactiveReason(url, DEFAULT_SETTINGS)).toEqual(expected);
  });

  it('a site the user added but that does not answer needs a reload, not another offer', () => {
    expect(inactiveReason('https://www.ks.no/', { extraSites: ['www.ks.no'] })).toEqual({
      reason: 'reload',
      host: 'www.ks.no',
    });
  });
});

describe('pageService', () => {
  const report: PageMatchReport = {
    url: 'https://www.stortinget.no/',
    enabled: true,
    positionCount: 0,
    positions: [],
    mentions: [],
  };

  it('asks the tab for its matches', async () => {
    onMessage('getPageMatches', () => report);
    expect(await pageService(async () => ({ id: 3, url: report.url })).load()).toEqual({ status: 'ready', report });
    expect(vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls[0]![0]).toBe(3);
  });

  it('explains a tab without a content script', async () => {
    onMessage('getSettings', () => ({ ...DEFAULT_SETTINGS, extraSites: [] }));
    expect(await pageService(async () => ({ id: 3, url: 'https://www.ks.no/' })).load()).toEqual({
      status: 'inactive',
      reason: 'offer',
      host: 'www.ks.no',
    });
    expect(await pageService(async () => null).load()).toEqual({ status: 'inactive', reason: 'unknown', host: null });
  });

  it('asks for the permission first, then has the background add the site and inject into the tab', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const added: unknown[] = [];
    onMessage('addSite', ({ data }) => (added.push(data), { ok: true as const, value: DEFAULT_SETTINGS }));
    expect(await pageService(async () => ({ id: 5 })).enableSite('www.ks.no')).toBe('enabled');
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.www.ks.no/*'] });
    expect(added).toEqual([{ site: 'www.ks.no', tabId: 5 }]);
    request.mockResolvedValue(false as never);
    expect(await pageService(async () => ({ id: 5 })).enableSite('www.ks.no')).toBe('denied');
    expect(added).toHaveLength(1);
  });
});

describe('activeTab', () => {
  it('uses ?tabId= when given', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.stortinget.no/' });
    expect(await activeTab(new URLSearchParams(`tabId=${tab.id}`))).toMatchObject({
      id: tab.id,
      url: 'https://www.stortinget.no/',
    });
  });
});
