import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StandpunktDb } from '@/lib/db/schema';
import { createStore } from '@/lib/db/store';
import { makeBundle, uniqueDbName } from '@/lib/db/test-bundle';
import { CONTENT_SCRIPT_MAY_ASK, senderKind } from './senders';
import { SEARCH_REQUEST_KEY, searchRequestArea } from '@/utils/search-request';
import { removeAllListeners, sendMessage } from '@/utils/messaging';
import type { ProtocolMap } from '@/lib/protocol';
import { contentScriptSender, extensionPageSender, routeMessagesThroughFakeBrowser } from './fake-messaging';
import { registerBackgroundHandlers } from './handlers';
import { registerPageHandlers } from './page';
import { registerUserDataHandlers } from './user-data';

// Issue 10, finding 2: the background asks who is asking.
const bundle = makeBundle('v1', [['Alpha', 'Beta'], ['Gamma']], 'ks-2021');
const lexicon = [{ position: 'ks-2021:alpha', terms: [{ t: 'bemanningsnorm' }] }];

let name: string;
let db: StandpunktDb | undefined;
let from: () => object = extensionPageSender;
const removers: (() => void)[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  from = extensionPageSender;
  routeMessagesThroughFakeBrowser(() => from());
  name = uniqueDbName('senders');
  for (const api of ['executeScript', 'registerContentScripts', 'unregisterContentScripts'] as const)
    vi.spyOn(fakeBrowser.scripting, api).mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] } as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('' as never);
  const store = createStore(bundle, () => new StandpunktDb(name));
  const ready = async () => (db = await store.ready());
  removers.push(
    registerBackgroundHandlers(ready),
    registerPageHandlers(ready),
    registerUserDataHandlers(ready, { lexicon }),
  );
  const d = await ready();
  await d.notes.bulkPut([
    { positionId: 'ks-2021:alpha', text: 'Notat A', updatedAt: 1 },
    { positionId: 'ks-2021:gamma', text: 'Notat G', updatedAt: 1 },
  ]);
});

afterEach(async () => {
  removers.splice(0).forEach((r) => r());
  removeAllListeners();
  vi.restoreAllMocks();
  db?.close();
  await Dexie.delete(name);
});

/** One plausible request per message the background answers. */
const REQUESTS: { [K in keyof ProtocolMap]?: Parameters<ProtocolMap[K]>[0] | null } = {
  getPositions: null,
  getPosition: 'ks-2021:alpha',
  getDatasetInfo: null,
  getLexicon: null,
  getSettings: null,
  pageMatches: { url: 'https://www.stortinget.no/', enabled: true, positionCount: 1, positions: [] } as never,
  getNotesOf: ['ks-2021:alpha'],
  getCopyPayload: 'ks-2021:alpha',
  openPosition: 'ks-2021:alpha',
  loadCardUi: null,
  setSettings: { look: 'underline' },
  getNotes: null,
  setNote: { positionId: 'ks-2021:alpha', text: 'overskrevet' },
  getOwnTerms: null,
  addOwnTerm: { term: 'pedagognorm', positionId: 'ks-2021:beta' },
  removeOwnTerm: 1,
  getSearchTerms: null,
  exportUserData: null,
  importUserData: { text: '{}', dryRun: true },
  getSiteAccess: null,
  addSite: { site: 'www.ks.no' },
  removeSite: 'www.ks.no',
  openSearch: { query: 'innsigelse' },
};

const send = (type: string, data: unknown) =>
  (sendMessage as (t: string, d: unknown) => Promise<unknown>)(type, data ?? undefined);
const refused = /not answered for this sender/;

describe('sender checks', () => {
  it('tells an extension page, a content script and a stranger apart', () => {
    expect(senderKind(extensionPageSender())).toBe('extension');
    expect(senderKind(contentScriptSender())).toBe('content');
    // A page frame pretending to be ours by its path, another extension, no sender at all.
    expect(senderKind({ ...contentScriptSender('https://evil.example/chrome-extension://test-extension-id/') })).toBe(
      'content',
    );
    expect(senderKind({ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' })).toBe('foreign');
    expect(senderKind(undefined)).toBe('foreign');
  });

  it.each(Object.keys(REQUESTS))('%s: a content script is answered only if it is on the allow-list', async (type) => {
    from = contentScriptSender;
    const outcome = await send(type, REQUESTS[type as keyof ProtocolMap]).then(
      () => 'answered',
      (err: Error) => (refused.test(err.message) ? 'refused' : 'answered'),
    );
    expect(outcome).toBe(CONTENT_SCRIPT_MAY_ASK.has(type as keyof ProtocolMap) ? 'answered' : 'refused');
  });

  it.each(Object.keys(REQUESTS))('%s: an extension page is answered', async (type) => {
    from = extensionPageSender;
    const outcome = await send(type, REQUESTS[type as keyof ProtocolMap]).then(
      () => 'answered',
      (err: Error) => (refused.test(err.message) ? 'refused' : 'answered'),
    );
    expect(outcome).toBe('answered');
  });

  it('refuses export, import and note changes from a content script and leaves the data as it was', async () => {
    from = contentScriptSender;
    await expect(send('exportUserData', null)).rejects.toThrow(refused);
    await expect(send('importUserData', { text: '{}' })).rejects.toThrow(refused);
    await expect(send('setSettings', { highlighting: false })).rejects.toThrow(refused);
    await expect(send('openSearch', { query: 'x' })).rejects.toThrow(refused);
    from = extensionPageSender;
    expect(await sendMessage('getNotes')).toEqual({ 'ks-2021:alpha': 'Notat A', 'ks-2021:gamma': 'Notat G' });
    expect((await sendMessage('getSettings')).highlighting).toBe(true);
  });

  it('a content script gets only the notes of the positions it names', async () => {
    from = contentScriptSender;
    expect(await sendMessage('getNotesOf', ['ks-2021:alpha', 'ks-2021:beta'])).toEqual({ 'ks-2021:alpha': 'Notat A' });
    await expect(sendMessage('getNotesOf', 'ks-2021:alpha' as never)).rejects.toThrow();
  });

  it('a note from the card: a content script may set the note of a known position, validated as from the options page', async () => {
    from = contentScriptSender;
    expect(await sendMessage('setNote', { positionId: 'ks-2021:beta', text: '  Fra kortet  ' })).toEqual({
      ok: true,
      value: null,
    });
    expect((await sendMessage('setNote', { positionId: 'ks-2021:nope', text: 'x' })).ok).toBe(false);
    expect((await sendMessage('setNote', { positionId: 'not an id', text: 'x' })).ok).toBe(false);
    expect((await sendMessage('setNote', { positionId: 'ks-2021:alpha', text: 'x'.repeat(10_001) })).ok).toBe(false);
    from = extensionPageSender;
    expect(await sendMessage('getNotes')).toEqual({
      'ks-2021:alpha': 'Notat A',
      'ks-2021:beta': 'Fra kortet',
      'ks-2021:gamma': 'Notat G',
    });
  });

  it('"Vis mer" from a page: a known position, and at most one tab per moment', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    from = contentScriptSender;
    await sendMessage('openPosition', 'ks-2021:alpha');
    // No side panel in the fake browser: the request is left for a panel, and the popup page opens beside the tab.
    const stored = await searchRequestArea().get(SEARCH_REQUEST_KEY);
    expect(stored[SEARCH_REQUEST_KEY]).toMatchObject({ position: 'ks-2021:alpha' });
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringContaining('popup.html?position=ks-2021%3Aalpha') }),
    );
    await expect(sendMessage('openPosition', 'ks-2021:beta')).rejects.toThrow(/too soon/);
    await expect(sendMessage('openPosition', 'ks-2021:nope')).rejects.toThrow(/unknown/);
    expect(create).toHaveBeenCalledTimes(1);
  });
});
