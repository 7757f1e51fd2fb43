/**
 * The background's user-data handlers: settings, notes, own terms, export/import, extra sites. Every change
 * that affects pages is pushed to the tabs (settingsChanged / lexiconChanged), so open pages pick it up on
 * their next scan without a reload. Sites and permissions: ./sites.ts; search and context menu: ./search.ts.
 */
import { browser } from 'wxt/browser';
import type { StandpunktDb } from '@/lib/db/schema';
import { getPosition, knownPositionIds } from '@/lib/db/queries';
import { lexicon as builtInLexicon } from '@/lib/lexicon';
import { curatedClash, curatedKeys, type CuratedKeys } from '@/lib/lexicon/own-terms';
import type { PositionTerms } from '@/lib/lexicon/types';
import type { ImportSummary } from '@/lib/protocol';
import { searchTermsById } from '@/lib/search/terms';
import { normalizeSite, SettingsError, sitePattern, type Settings } from '@/lib/settings/settings';
import {
  addOwnTerm,
  exportUserData,
  listOwnTerms,
  parseUserDataText,
  readNotes,
  readSettings,
  removeOwnTerm,
  replaceUserData,
  updateSettings,
  writeNote,
} from '@/lib/userdata';
import { isBuiltInSite } from '@/lib/userdata/validate';
import { attempt, ok } from './result';
import { openSearch, setUpContextMenu } from './search';
import { onBackgroundMessage } from './senders';
import { CONTENT_SCRIPT_FILE, hasPermission, siteAccess, syncSiteScripts, watchPermissions } from './sites';
import { notifyTabs } from './tabs';

export interface UserDataOptions {
  lexicon?: readonly PositionTerms[];
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

export function registerUserDataHandlers(
  ready: () => Promise<StandpunktDb>,
  options: UserDataOptions = {},
): () => void {
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
    onBackgroundMessage('setNote', ({ data, kind }) =>
      attempt(async () => {
        const db = await ready();
        // From a page's card: only a position this version knows (writeNote checks the id's form and the text).
        if (kind === 'content' && (typeof data?.positionId !== 'string' || !(await getPosition(db, data.positionId))))
          throw new Error('setNote: unknown position');
        await writeNote(db, data.positionId, data.text);
        return ok(null);
      }),
    ),
    // Each term the lexicon build skips says why (Options shows it).
    onBackgroundMessage('getOwnTerms', async () => listOwnTerms(await ready(), lexicon)),
    onBackgroundMessage('addOwnTerm', ({ data }) =>
      attempt(async () => {
        const entry = await addOwnTerm(await ready(), data, Date.now(), curatedOnce());
        void notifyTabs('lexiconChanged');
        return ok(entry);
      }),
    ),
    onBackgroundMessage('removeOwnTerm', async ({ data }) => {
      await removeOwnTerm(await ready(), data);
      void notifyTabs('lexiconChanged');
    }),
    onBackgroundMessage('getSearchTerms', async () => searchTermsById(lexicon, await listOwnTerms(await ready()))),
    onBackgroundMessage('exportUserData', async () => exportUserData(await ready())),
    onBackgroundMessage('importUserData', ({ data }) =>
      attempt(async () => {
        if (typeof data?.text !== 'string') throw new Error('importUserData: no text');
        const parsed = parseUserDataText(data.text);
        const db = await ready();
        // An own term equal to a curated term of its position is highlighted anyway: not imported, listed.
        const curatedDuplicates = parsed.ownTerms
          .filter((t) => curatedClash(t.term, t.positionId, curatedOnce()) !== null)
          .map((t) => t.term);
        parsed.ownTerms = parsed.ownTerms.filter((t) => curatedClash(t.term, t.positionId, curatedOnce()) === null);
        // Ids this version does not know: reported, and stored only if the user chose to keep them.
        const known = await knownPositionIds(db);
        const unknownPositions = [
          ...new Set([...parsed.ownTerms, ...parsed.notes].map((e) => e.positionId).filter((id) => !known.has(id))),
        ];
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
      }),
    ),
    onBackgroundMessage('getSiteAccess', async () => siteAccess(await readSettings(await ready()))),
    onBackgroundMessage('addSite', ({ data }) =>
      attempt(async () => {
        let site: string;
        try {
          if (typeof data?.site !== 'string') throw new SettingsError('not text');
          site = normalizeSite(data.site);
        } catch (err) {
          return {
            ok: false,
            problem: { code: 'badSite', detail: err instanceof SettingsError ? err.message : String(err) },
          };
        }
        // Built-in sites and their subdomains are always on: not an extra site (as the import refuses them).
        if (isBuiltInSite(site)) return { ok: false, problem: { code: 'badSite', detail: site } };
        if (!(await hasPermission(site))) return { ok: false, problem: { code: 'permission', detail: site } };
        const db = await ready();
        const current = await readSettings(db);
        const settings = current.extraSites.includes(site)
          ? current
          : await changeSettings(db, { extraSites: [...current.extraSites, site] });
        await syncSiteScripts(settings);
        if (data.tabId !== undefined && browser.scripting?.executeScript) {
          await browser.scripting
            .executeScript({ target: { tabId: data.tabId }, files: [CONTENT_SCRIPT_FILE] })
            .catch((err: unknown) => {
              console.warn('[standpunkt] could not inject into the tab:', err);
            });
        }
        return ok(settings);
      }),
    ),
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
    safely('permission events', () => watchPermissions(ready, changeSettings)),
  ];

  // Registrations survive restarts in Chrome but not always in Firefox, and a permission may have
  // been taken back while the browser was closed: bring them in line with the settings on start.
  void ready()
    .then(readSettings)
    .then(syncSiteScripts)
    .catch((err: unknown) => console.error('[standpunkt] site scripts on start:', err));

  return () => removers.forEach((remove) => remove());
}
