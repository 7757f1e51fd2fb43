import { browser } from 'wxt/browser';
import type { StandpunktDb } from '@/lib/db/schema';
import { lexicon as builtInLexicon } from '@/lib/lexicon';
import { curatedClash, curatedKeys, type CuratedKeys } from '@/lib/lexicon/own-terms';
import type { PositionTerms } from '@/lib/lexicon/types';
import { onBackgroundMessage } from './senders';
import { sendMessage } from '@/utils/messaging';
import type { ImportSummary, ProtocolMap, SiteAccess, UserDataResult } from '@/lib/protocol';
import { searchTermsById } from '@/lib/search/terms';
import { isSiteEnabled, normalizeSite, SettingsError, sitePattern, type Settings } from '@/lib/settings/settings';
import {
  addOwnTerm,
  exportUserData,
  listOwnTerms,
  parseUserDataText,
  problemOf,
  readNotes,
  readSettings,
  removeOwnTerm,
  replaceUserData,
  updateSettings,
  writeNote,
} from '@/lib/userdata';
import { isBuiltInSite } from '@/lib/userdata/validate';

/**
 * The background's user-data side: settings, notes, own terms, export/import, extra sites (optional
 * host permissions + dynamically registered content scripts) and the "search for the selection"
 * context menu. Every change that affects pages is pushed to the tabs (settingsChanged /
 * lexiconChanged), so open pages pick it up on their next scan without a reload.
 */

/** The built content script (WXT's output path for entrypoints/content/). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Ids of our dynamically registered content scripts: prefix + site. */
export const SITE_SCRIPT_PREFIX = 'standpunkt-site:';
export const CONTEXT_MENU_ID = 'standpunkt-search-selection';
/** storage.session key the side panel reads (and watches) for a search started elsewhere. */
export const SEARCH_REQUEST_KEY = 'standpunkt.searchRequest';
/** Longest selection taken over into the search box. */
const MAX_QUERY = 200;

export interface UserDataOptions {
  lexicon?: readonly PositionTerms[];
}

/** Sends a message to every tab; tabs without our content script (or closed meanwhile) are skipped. */
export async function notifyTabs<K extends 'lexiconChanged' | 'settingsChanged'>(
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<void> {
  let tabs: { id?: number }[] = [];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        await (sendMessage as (t: string, d: unknown, tabId: number) => Promise<unknown>)(type, data[0], id);
      } catch {
        // No content script in that tab (another site, a browser page): nothing to tell.
      }
    }),
  );
}

const ok = <T>(value: T): UserDataResult<T> => ({ ok: true, value });
const failed = (err: unknown): UserDataResult<never> => ({ ok: false, problem: problemOf(err) });

// ── extra sites ──

async function hasPermission(site: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [sitePattern(site)] });
  } catch {
    return false;
  }
}

/** Patterns that grant every site (a browser may report a wide grant instead of ours). */
const WIDE = ['*://*/*', '<all_urls>', 'http://*/*', 'https://*/*'];

/**
 * Which of these sites have their host permission, in ONE call (permissions.getAll), not one per site:
 * with up to 200 sites, every settings change would otherwise wait for 200 round trips.
 */
async function grantedSites(sites: readonly string[]): Promise<Set<string>> {
  if (sites.length === 0) return new Set();
  let origins: string[] | null = null;
  try {
    origins = (await browser.permissions.getAll()).origins ?? [];
  } catch {
    // A browser (or a test's fake) without getAll: ask per site.
  }
  if (origins === null) {
    const checks = await Promise.all(sites.map(async (site) => [site, await hasPermission(site)] as const));
    return new Set(checks.filter(([, ok]) => ok).map(([site]) => site));
  }
  const granted = new Set(origins);
  const wide = WIDE.some((p) => granted.has(p));
  return new Set(sites.filter((site) => wide || granted.has(sitePattern(site))));
}

/** The site a granted origin pattern stands for: `*://*.site/*` (what we request) or `*://site/*`. */
export function siteOfPattern(origin: string): string | null {
  const host = /^\*:\/\/(?:\*\.)?([^/*]+)\/\*$/.exec(origin)?.[1];
  if (!host) return null;
  try {
    return normalizeSite(host);
  } catch {
    return null;
  }
}

async function registeredSiteScripts(): Promise<string[]> {
  if (!browser.scripting?.getRegisteredContentScripts) return [];
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => s.id).filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
}

/**
 * Registers the content script for every extra site whose permission is granted and unregisters the
 * rest (a removed site, a permission the user took back in the browser's own settings).
 */
export async function syncSiteScripts(settings: Settings): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const granted = await grantedSites(settings.extraSites);
  const wanted = new Set(settings.extraSites.filter((site) => granted.has(site)).map((site) => `${SITE_SCRIPT_PREFIX}${site}`));
  const present = new Set(await registeredSiteScripts());
  const stale = [...present].filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter((id) => !present.has(id));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((id) => ({
        id,
        matches: [sitePattern(id.slice(SITE_SCRIPT_PREFIX.length))],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
      })),
    );
  }
}

async function siteAccess(settings: Settings): Promise<SiteAccess[]> {
  const registered = new Set(await registeredSiteScripts().catch(() => []));
  const granted = await grantedSites(settings.extraSites);
  return settings.extraSites.map((site) => ({ site, granted: granted.has(site), registered: registered.has(`${SITE_SCRIPT_PREFIX}${site}`) }));
}

// ── search from the context menu ──

type SidebarAction = { open(): Promise<void> };

/**
 * Opens the search with a query. Chrome: the side panel of the tab (sidePanel.open must run before
 * any await, while the click still counts as a user gesture). Firefox: the sidebar (sidebarAction.open,
 * same rule). The query travels through storage.session, which the side panel reads on load and
 * watches while open. Where neither opens (no gesture, an old browser), the popup page opens in a
 * new tab with ?q=.
 */
export async function openSearch(query: string, target: { tabId?: number; windowId?: number } = {}): Promise<{ where: 'sidepanel' | 'tab' }> {
  const q = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  let opening: Promise<unknown> | null = null;
  try {
    const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    if (browser.sidePanel?.open && (target.tabId !== undefined || target.windowId !== undefined)) {
      opening = browser.sidePanel.open(target.tabId !== undefined ? { tabId: target.tabId } : { windowId: target.windowId! });
    } else if (sidebar?.open) {
      opening = sidebar.open();
    }
  } catch (err) {
    opening = Promise.reject(err);
  }
  const area = browser.storage.session ?? browser.storage.local;
  await area.set({ [SEARCH_REQUEST_KEY]: { query: q, at: Date.now() } }).catch(() => {});
  if (opening) {
    try {
      await opening;
      return { where: 'sidepanel' };
    } catch {
      // Falls through to the tab.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(q)}`) });
  return { where: 'tab' };
}

function setUpContextMenu(): () => void {
  const menus = browser.contextMenus;
  if (!menus) return () => {};
  // Recreated on every start: Firefox's MV2 background forgets menus on restart; removeAll first
  // keeps Chrome's (persisted) menu from being created twice.
  void menus
    .removeAll()
    .then(() =>
      menus.create({
        id: CONTEXT_MENU_ID,
        // %s is the selected text (both browsers); the message puts it in « ».
        title: browser.i18n.getMessage('contextMenuSearch', '%s') || 'Standpunkt: %s',
        contexts: ['selection'],
      }),
    )
    .catch((err: unknown) => console.error('[standpunkt] context menu:', err));
  const listener = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }) => {
    if (info.menuItemId !== CONTEXT_MENU_ID) return;
    void openSearch(info.selectionText ?? '', { tabId: tab?.id, windowId: tab?.windowId });
  };
  menus.onClicked.addListener(listener);
  return () => menus.onClicked.removeListener(listener);
}

/** Sets up an optional browser feature; one the browser (or a test's fake browser) lacks is skipped, not fatal. */
function safely(what: string, setUp: () => () => void): () => void {
  try {
    return setUp();
  } catch (err) {
    console.warn(`[standpunkt] ${what} not available:`, err);
    return () => {};
  }
}

// ── handlers ──

export function registerUserDataHandlers(ready: () => Promise<StandpunktDb>, options: UserDataOptions = {}): () => void {
  const lexicon = options.lexicon ?? builtInLexicon;
  let curated: CuratedKeys | null = null;
  const curatedOnce = () => (curated ??= curatedKeys(lexicon));

  async function changeSettings(db: StandpunktDb, changes: Partial<Settings>): Promise<Settings> {
    const settings = await updateSettings(db, changes);
    await syncSiteScripts(settings).catch((err: unknown) => console.error('[standpunkt] site scripts:', err));
    void notifyTabs('settingsChanged', settings);
    return settings;
  }

  const removers = [
    onBackgroundMessage('getSettings', async () => readSettings(await ready())),
    onBackgroundMessage('setSettings', async ({ data }) => changeSettings(await ready(), data)),
    onBackgroundMessage('getNotes', async () => readNotes(await ready())),
    onBackgroundMessage('getNotesOf', async ({ data }) => {
      // A content script names the positions it found; it gets their notes and no others.
      if (!Array.isArray(data)) throw new Error('getNotesOf: a list of position ids');
      const wanted = new Set(data.filter((id): id is string => typeof id === 'string').slice(0, 1000));
      const all = await readNotes(await ready());
      return Object.fromEntries(Object.entries(all).filter(([id]) => wanted.has(id)));
    }),
    onBackgroundMessage('setNote', async ({ data }) => {
      try {
        await writeNote(await ready(), data.positionId, data.text);
        return ok(null);
      } catch (err) {
        return failed(err);
      }
    }),
    // Each term the lexicon build skips says why (Options shows it).
    onBackgroundMessage('getOwnTerms', async () => listOwnTerms(await ready(), lexicon)),
    onBackgroundMessage('addOwnTerm', async ({ data }) => {
      try {
        const entry = await addOwnTerm(await ready(), data, Date.now(), curatedOnce());
        void notifyTabs('lexiconChanged');
        return ok(entry);
      } catch (err) {
        return failed(err);
      }
    }),
    onBackgroundMessage('removeOwnTerm', async ({ data }) => {
      await removeOwnTerm(await ready(), data);
      void notifyTabs('lexiconChanged');
    }),
    onBackgroundMessage('getSearchTerms', async () => searchTermsById(lexicon, await listOwnTerms(await ready()))),
    onBackgroundMessage('exportUserData', async () => exportUserData(await ready())),
    onBackgroundMessage('importUserData', async ({ data }) => {
      try {
        if (typeof data?.text !== 'string') throw new Error('importUserData: no text');
        const parsed = parseUserDataText(data.text);
        const db = await ready();
        // An own term equal to a curated term of its position is highlighted anyway: not imported, listed.
        const curatedDuplicates = parsed.ownTerms.filter((t) => curatedClash(t.term, t.positionId, curatedOnce()) !== null).map((t) => t.term);
        parsed.ownTerms = parsed.ownTerms.filter((t) => curatedClash(t.term, t.positionId, curatedOnce()) === null);
        // Ids this version does not know: reported, and stored only if the user chose to keep them.
        const known = new Set(await db.positions.toCollection().primaryKeys());
        const unknownPositions = [...new Set([...parsed.ownTerms, ...parsed.notes].map((e) => e.positionId).filter((id) => !known.has(id)))];
        if (data.unknownPositions !== 'keep') {
          parsed.ownTerms = parsed.ownTerms.filter((t) => known.has(t.positionId));
          parsed.notes = parsed.notes.filter((n) => known.has(n.positionId));
        }
        const summary: ImportSummary = {
          ownTerms: parsed.ownTerms.length,
          notes: parsed.notes.length,
          extraSites: parsed.settings.extraSites,
          ...(unknownPositions.length ? { unknownPositions } : {}),
          ...(curatedDuplicates.length ? { curatedDuplicates } : {}),
        };
        if (data.dryRun) return ok(summary);
        const before = await readSettings(db);
        await replaceUserData(db, parsed);
        const settings = await readSettings(db);
        await syncSiteScripts(settings).catch(() => {});
        // A site the file drops gives its permission back, as removing it in Options does.
        const dropped = before.extraSites.filter((site) => !settings.extraSites.includes(site));
        if (dropped.length) await browser.permissions.remove({ origins: dropped.map(sitePattern) }).catch(() => false);
        void notifyTabs('settingsChanged', settings);
        void notifyTabs('lexiconChanged');
        return ok(summary);
      } catch (err) {
        return failed(err);
      }
    }),
    onBackgroundMessage('getSiteAccess', async () => siteAccess(await readSettings(await ready()))),
    onBackgroundMessage('addSite', async ({ data }) => {
      try {
        let site: string;
        try {
          if (typeof data?.site !== 'string') throw new SettingsError('not text');
          site = normalizeSite(data.site);
        } catch (err) {
          return { ok: false, problem: { code: 'badSite', detail: err instanceof SettingsError ? err.message : String(err) } };
        }
        // Built-in sites and their subdomains are always on: not an extra site (as the import refuses them).
        if (isBuiltInSite(site)) return { ok: false, problem: { code: 'badSite', detail: site } };
        if (!(await hasPermission(site))) return { ok: false, problem: { code: 'permission', detail: site } };
        const db = await ready();
        const current = await readSettings(db);
        const settings = current.extraSites.includes(site) ? current : await changeSettings(db, { extraSites: [...current.extraSites, site] });
        await syncSiteScripts(settings);
        if (data.tabId !== undefined && browser.scripting?.executeScript) {
          await browser.scripting.executeScript({ target: { tabId: data.tabId }, files: [CONTENT_SCRIPT_FILE] }).catch((err: unknown) => {
            console.warn('[standpunkt] could not inject into the tab:', err);
          });
        }
        return ok(settings);
      } catch (err) {
        return failed(err);
      }
    }),
    onBackgroundMessage('removeSite', async ({ data }) => {
      if (typeof data !== 'string') throw new SettingsError('removeSite: not a site');
      const db = await ready();
      const site = normalizeSite(data);
      const current = await readSettings(db);
      const settings = await changeSettings(db, { extraSites: current.extraSites.filter((s) => s !== site) });
      await browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false);
      return settings;
    }),
    onBackgroundMessage('openSearch', ({ data }) => openSearch(data.query, data)),
    safely('context menu', setUpContextMenu),
    safely('permission events', watchPermissions),
  ];

  /**
   * A host permission granted from the popup adds its site even if the popup is gone by then
   * (Firefox closes the popup when its permission prompt opens); one taken back in the browser's own
   * settings unregisters the content script for it.
   */
  function watchPermissions(): () => void {
    const events = browser.permissions?.onAdded && browser.permissions.onRemoved ? browser.permissions : null;
    if (!events) return () => {};
    const added = async ({ origins = [] }: { origins?: string[] }) => {
      // `*://*.site/*` is the pattern we request; `*://site/*` is accepted too.
      const sites = origins.map(siteOfPattern).filter((s): s is string => !!s && !isBuiltInSite(s));
      if (!sites.length) return;
      const db = await ready();
      const current = await readSettings(db);
      const extra = sites.filter((s) => !current.extraSites.includes(s) && !isSiteEnabled(s, { extraSites: [] }));
      if (extra.length) await changeSettings(db, { extraSites: [...current.extraSites, ...extra] });
      else await syncSiteScripts(current);
    };
    const removed = async () => syncSiteScripts(await readSettings(await ready()));
    const onAdded = (p: { origins?: string[] }) => void added(p).catch((err: unknown) => console.error('[standpunkt] permission added:', err));
    const onRemoved = () => void removed().catch((err: unknown) => console.error('[standpunkt] permission removed:', err));
    events.onAdded.addListener(onAdded);
    events.onRemoved.addListener(onRemoved);
    return () => {
      events.onAdded.removeListener(onAdded);
      events.onRemoved.removeListener(onRemoved);
    };
  }

  // Registrations survive restarts in Chrome but not always in Firefox, and a permission may have
  // been taken back while the browser was closed: bring them in line with the settings on start.
  void ready()
    .then(readSettings)
    .then(syncSiteScripts)
    .catch((err: unknown) => console.error('[standpunkt] site scripts on start:', err));

  return () => removers.forEach((remove) => remove());
}
