import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StandpunktDb } from '@/lib/db/schema';
import { createStore } from '@/lib/db/store';
import { makeBundle, uniqueDbName } from '@/lib/db/test-bundle';
import { removeAllListeners, sendMessage } from '@/utils/messaging';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { routeMessagesThroughFakeBrowser } from './fake-messaging';
import { SEARCH_REQUEST_KEY } from '@/utils/search-request';
import { CONTEXT_MENU_ID } from './search';
import { SITE_SCRIPT_PREFIX } from './sites';
import { registerUserDataHandlers } from './user-data';

const bundle = makeBundle('v1', [['Alpha', 'Beta'], ['Gamma']], 'ks-2021');
const lexicon = [{ position: 'ks-2021:alpha', terms: [{ t: 'bemanningsnorm' }, { t: 'statlig|statleg tilsyn' }] }];

type MenuClick = (
  info: { menuItemId: string; selectionText?: string },
  tab?: { id?: number; windowId?: number },
) => void;

let name: string;
let db: StandpunktDb | undefined;
let granted: Set<string>;
let registered: { id: string; matches: string[]; js: string[] }[];
let menuClick: MenuClick | undefined;
let remove: () => void = () => {};
let permissionAdded: ((p: { origins?: string[] }) => void) | undefined;
let permissionCalls = 0;

beforeEach(() => {
  fakeBrowser.reset();
  routeMessagesThroughFakeBrowser();
  name = uniqueDbName('user-data');
  granted = new Set();
  registered = [];
  menuClick = undefined;
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(((p: string) => `chrome-extension://test${p}`) as never);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, sub?: string) =>
    key === 'contextMenuSearch' ? `Finn KS-standpunkt for «${sub}»` : '') as never);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(CONTEXT_MENU_ID as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(
    ((l: MenuClick) => (menuClick = l)) as never,
  );
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'removeListener').mockImplementation((() => {}) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) =>
    p.origins.every((o) => granted.has(o))) as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(
    (async (p: { origins: string[] }) => (p.origins.forEach((o) => granted.delete(o)), true)) as never,
  );
  permissionAdded = undefined;
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation((async () => {
    permissionCalls++;
    return { origins: [...granted], permissions: [] };
  }) as never);
  permissionCalls = 0;
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(
    ((l: (p: { origins?: string[] }) => void) => (permissionAdded = l)) as never,
  );
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((() => {}) as never);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation((() => {}) as never);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation((() => {}) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () =>
    registered.map((r) => ({ ...r }))) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(
    (async (s: typeof registered) => void registered.push(...s)) as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async ({
    ids,
  }: {
    ids: string[];
  }) => {
    registered = registered.filter((r) => !ids.includes(r.id));
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
});

afterEach(async () => {
  delete (fakeBrowser as unknown as { sidePanel?: object }).sidePanel;
  remove();
  removeAllListeners();
  db?.close();
  await Dexie.delete(name);
});

async function register() {
  const store = createStore(bundle, () => new StandpunktDb(name));
  remove = registerUserDataHandlers(async () => (db = await store.ready()), { lexicon });
  await store.ready();
}

/** Types of the messages sent to tabs so far. */
const tabMessages = () =>
  vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.map((c) => (c[1] as { type: string }).type);

async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('settings', () => {
  it('answers the defaults, stores changes and tells every tab', async () => {
    await register();
    expect(await sendMessage('getSettings')).toEqual(DEFAULT_SETTINGS);
    const next = await sendMessage('setSettings', { look: 'underline', hiddenChapters: ['ks-2021#2'] });
    expect(next).toMatchObject({ look: 'underline', hiddenChapters: ['ks-2021#2'] });
    expect(await sendMessage('getSettings')).toEqual(next);
    await settle();
    expect(tabMessages()).toContain('settingsChanged');
  });

  it("rejects a bad value with the validator's message and keeps the old settings", async () => {
    await register();
    await expect(sendMessage('setSettings', { copyFormat: 'pdf' as never })).rejects.toThrow(/copyFormat/);
    expect((await sendMessage('getSettings')).copyFormat).toBe('plain');
  });
});

describe('notes and own terms', () => {
  it('sets and reads notes', async () => {
    await register();
    expect(await sendMessage('setNote', { positionId: 'ks-2021:alpha', text: ' Husk dette ' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await sendMessage('getNotes')).toEqual({ 'ks-2021:alpha': 'Husk dette' });
    expect(await sendMessage('setNote', { positionId: 'Bad Id', text: 'x' })).toMatchObject({
      ok: false,
      problem: { code: 'badPositionId' },
    });
  });

  it('adds own terms, tells tabs to rescan, and feeds them to search', async () => {
    await register();
    const added = await sendMessage('addOwnTerm', { term: 'pedagognorm', positionId: 'ks-2021:beta' });
    expect(added).toMatchObject({ ok: true, value: { term: 'pedagognorm', positionId: 'ks-2021:beta' } });
    await settle();
    expect(tabMessages()).toContain('lexiconChanged');
    expect(await sendMessage('getSearchTerms')).toEqual({
      'ks-2021:alpha': ['bemanningsnorm', 'statlig tilsyn', 'statleg tilsyn'],
      'ks-2021:beta': ['pedagognorm'],
    });
    expect(await sendMessage('addOwnTerm', { term: 'pedagognorm', positionId: 'ks-2021:beta' })).toMatchObject({
      ok: false,
      problem: { code: 'duplicateTerm' },
    });
    if (!added.ok) throw new Error('not added');
    await sendMessage('removeOwnTerm', added.value.id);
    expect(await sendMessage('getOwnTerms')).toEqual([]);
  });
});

describe('export and import', () => {
  it('exports all user data and imports it back after a dry run that writes nothing', async () => {
    await register();
    await sendMessage('setSettings', { copyFormat: 'html' });
    await sendMessage('addOwnTerm', { term: 'lærertetthet', positionId: 'ks-2021:gamma' });
    await sendMessage('setNote', { positionId: 'ks-2021:gamma', text: 'Notat' });
    const file = await sendMessage('exportUserData');
    expect(file).toMatchObject({ format: 'standpunkt-brukerdata', version: 1, settings: { copyFormat: 'html' } });

    await sendMessage('setSettings', { copyFormat: 'plain' });
    await sendMessage('setNote', { positionId: 'ks-2021:gamma', text: '' });
    const text = JSON.stringify(file);
    expect(await sendMessage('importUserData', { text, dryRun: true })).toEqual({
      ok: true,
      value: { ownTerms: 1, notes: 1, extraSites: [] },
    });
    expect(await sendMessage('getNotes')).toEqual({});
    expect(await sendMessage('importUserData', { text })).toMatchObject({ ok: true });
    expect(await sendMessage('getNotes')).toEqual({ 'ks-2021:gamma': 'Notat' });
    expect((await sendMessage('getSettings')).copyFormat).toBe('html');
  });

  it('refuses a foreign file and changes nothing', async () => {
    await register();
    await sendMessage('setNote', { positionId: 'ks-2021:alpha', text: 'Beholdes' });
    const result = await sendMessage('importUserData', {
      text: JSON.stringify({ format: 'annet-program', version: 1 }),
    });
    expect(result).toEqual({ ok: false, problem: { code: 'foreign', where: 'format', detail: 'annet-program' } });
    expect(await sendMessage('getNotes')).toEqual({ 'ks-2021:alpha': 'Beholdes' });
  });
});

describe('extra sites', () => {
  it('adds a site only with its permission, registers the content script and injects it into the tab', async () => {
    await register();
    expect(await sendMessage('addSite', { site: 'www.ks.no' })).toEqual({
      ok: false,
      problem: { code: 'permission', detail: 'www.ks.no' },
    });
    expect(await sendMessage('addSite', { site: 'ikke gyldig' })).toMatchObject({
      ok: false,
      problem: { code: 'badSite' },
    });

    granted.add('*://*.www.ks.no/*');
    const result = await sendMessage('addSite', { site: 'https://WWW.KS.NO/fag', tabId: 7 });
    expect(result).toMatchObject({ ok: true, value: { extraSites: ['www.ks.no'] } });
    expect(registered).toEqual([
      {
        id: `${SITE_SCRIPT_PREFIX}www.ks.no`,
        matches: ['*://*.www.ks.no/*'],
        js: ['/content-scripts/content.js'],
        runAt: 'document_idle',
      },
    ]);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: ['/content-scripts/content.js'],
    });
    expect(await sendMessage('getSiteAccess')).toEqual([{ site: 'www.ks.no', granted: true, registered: true }]);
  });

  it('a permission event during addSite registers the script once (Firefox fires both together)', async () => {
    // As Firefox: registering an id twice throws, and registration takes a moment.
    const refused: string[] = [];
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (s: typeof registered) => {
      await new Promise((r) => setTimeout(r, 50));
      for (const script of s) {
        if (!registered.some((r) => r.id === script.id)) continue;
        refused.push(script.id);
        throw new Error(`Content script with id "${script.id}" is already registered.`);
      }
      registered.push(...s);
    }) as never);
    await register();
    granted.add('*://*.www.ks.no/*');
    const adding = sendMessage('addSite', { site: 'www.ks.no' });
    permissionAdded?.({ origins: ['*://*.www.ks.no/*'] });
    const result = await adding;
    await new Promise((r) => setTimeout(r, 200));
    await settle();
    expect(result).toMatchObject({ ok: true, value: { extraSites: ['www.ks.no'] } });
    expect(registered.map((r) => r.id)).toEqual([`${SITE_SCRIPT_PREFIX}www.ks.no`]);
    expect(refused).toEqual([]);
  });

  it('removing a site unregisters the script and gives the permission back', async () => {
    await register();
    granted.add('*://*.www.ks.no/*');
    await sendMessage('addSite', { site: 'www.ks.no' });
    const settings = await sendMessage('removeSite', 'www.ks.no');
    expect(settings.extraSites).toEqual([]);
    expect(registered).toEqual([]);
    expect(granted.has('*://*.www.ks.no/*')).toBe(false);
  });

  it('a site whose permission was taken back is listed but not registered', async () => {
    await register();
    granted.add('*://*.www.ks.no/*');
    await sendMessage('addSite', { site: 'www.ks.no' });
    granted.clear();
    await sendMessage('setSettings', {});
    expect(registered).toEqual([]);
    expect(await sendMessage('getSiteAccess')).toEqual([{ site: 'www.ks.no', granted: false, registered: false }]);
  });
});

describe('search from the context menu', () => {
  it('creates one menu item on selected text, with the selection in the title', async () => {
    await register();
    await settle();
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({
      id: CONTEXT_MENU_ID,
      title: 'Finn KS-standpunkt for «%s»',
      contexts: ['selection'],
    });
  });

  it('opens the side panel of the tab with the selection as query', async () => {
    const open = vi.fn(async () => {});
    (fakeBrowser as unknown as { sidePanel?: object }).sidePanel = { open };
    await register();
    menuClick!({ menuItemId: CONTEXT_MENU_ID, selectionText: '  innsigelse\n mot planer ' }, { id: 4, windowId: 1 });
    await settle();
    expect(open).toHaveBeenCalledWith({ tabId: 4 });
    expect(await fakeBrowser.storage.session.get(SEARCH_REQUEST_KEY)).toEqual({
      [SEARCH_REQUEST_KEY]: { query: 'innsigelse mot planer', at: expect.any(Number) },
    });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(1);
  });

  it('falls back to the popup page in a tab where the side panel does not open', async () => {
    (fakeBrowser as unknown as { sidePanel?: object }).sidePanel = {
      open: () => Promise.reject(new Error('needs a user gesture')),
    };
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await register();
    expect(await sendMessage('openSearch', { query: 'barnehagelærer', tabId: 4 })).toEqual({ where: 'tab' });
    expect(create).toHaveBeenCalledWith({
      url: `chrome-extension://test/popup.html?q=${encodeURIComponent('barnehagelærer')}`,
    });
  });

  it('ignores other menu items', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await register();
    menuClick!({ menuItemId: 'something-else', selectionText: 'x' });
    await settle();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('issue 10: permissions given back and checked in one call (finding 4)', () => {
  it('a permission granted after the popup closed adds its site, for the *://*.site/* pattern we request', async () => {
    await register();
    granted.add('*://*.www.ks.no/*');
    permissionAdded!({ origins: ['*://*.www.ks.no/*'] });
    for (let i = 0; i < 50 && !(await sendMessage('getSettings')).extraSites.length; i++) await settle();
    expect((await sendMessage('getSettings')).extraSites).toEqual(['www.ks.no']);
    // A built-in subdomain is never an extra site.
    permissionAdded!({ origins: ['*://*.data.stortinget.no/*'] });
    await settle();
    expect((await sendMessage('getSettings')).extraSites).toEqual(['www.ks.no']);
  });

  it('an import that drops a site gives its permission back', async () => {
    await register();
    granted.add('*://*.www.ks.no/*');
    await sendMessage('addSite', { site: 'www.ks.no' });
    const file = { ...(await sendMessage('exportUserData')), settings: { ...DEFAULT_SETTINGS, extraSites: [] } };
    expect(await sendMessage('importUserData', { text: JSON.stringify(file) })).toMatchObject({ ok: true });
    expect(granted.has('*://*.www.ks.no/*')).toBe(false);
    expect(registered).toEqual([]);
  });

  it('checks the permissions of 200 sites in one call, and refuses a 201st and built-in subdomains', async () => {
    await register();
    const sites = Array.from({ length: 200 }, (_, i) => `s${i}.ks.no`);
    sites.forEach((s) => granted.add(`*://*.${s}/*`));
    const file = { ...(await sendMessage('exportUserData')), settings: { ...DEFAULT_SETTINGS, extraSites: sites } };
    expect(await sendMessage('importUserData', { text: JSON.stringify(file) })).toMatchObject({ ok: true });
    permissionCalls = 0;
    vi.mocked(fakeBrowser.permissions.contains).mockClear();
    expect((await sendMessage('getSiteAccess')).filter((a) => a.granted)).toHaveLength(200);
    await sendMessage('setSettings', { look: 'underline' });
    expect(permissionCalls).toBe(2);
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
    await expect(sendMessage('setSettings', { extraSites: [...sites, 'one.more.no'] })).rejects.toThrow(/tooMany/);
    granted.add('*://*.data.regjeringen.no/*');
    expect(await sendMessage('addSite', { site: 'data.regjeringen.no' })).toMatchObject({
      ok: false,
      problem: { code: 'badSite' },
    });
  });
});

describe('issue 10: unknown position ids in an import are reported, kept or dropped by choice (finding 5)', () => {
  const withUnknown = async () => ({
    ...(await sendMessage('exportUserData')),
    ownTerms: [
      { term: 'pedagognorm', positionId: 'ks-2021:alpha', createdAt: 1 },
      { term: 'gammelt krav', positionId: 'ks-2021:fjernet', createdAt: 2 },
      // Same as the curated term of its position: highlighted anyway, not imported.
      { term: 'Bemanningsnorm', positionId: 'ks-2021:alpha', createdAt: 3 },
    ],
    notes: [{ positionId: 'ks-2021:fjernet', text: 'Notat', updatedAt: 1 }],
  });

  it('the dry run names them; without a choice they are dropped', async () => {
    await register();
    const text = JSON.stringify(await withUnknown());
    expect(await sendMessage('importUserData', { text, dryRun: true })).toEqual({
      ok: true,
      value: {
        ownTerms: 1,
        notes: 0,
        extraSites: [],
        unknownPositions: ['ks-2021:fjernet'],
        curatedDuplicates: ['Bemanningsnorm'],
      },
    });
    await sendMessage('importUserData', { text });
    expect((await sendMessage('getOwnTerms')).map((t) => t.positionId)).toEqual(['ks-2021:alpha']);
    expect(await sendMessage('getNotes')).toEqual({});
  });

  it('kept when the user chooses so, and then listed as skipped by the lexicon', async () => {
    await register();
    await sendMessage('importUserData', { text: JSON.stringify(await withUnknown()), unknownPositions: 'keep' });
    expect((await sendMessage('getOwnTerms')).map((t) => [t.positionId, t.skipped?.reason ?? null])).toEqual([
      ['ks-2021:alpha', null],
      ['ks-2021:fjernet', 'unknownPosition'],
    ]);
    expect(await sendMessage('getNotes')).toEqual({ 'ks-2021:fjernet': 'Notat' });
  });
});
