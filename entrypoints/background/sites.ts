/** Extra sites: their host permissions, the content script registered for them, and permission changes made elsewhere. */
import { browser } from 'wxt/browser';
import type { StandpunktDb } from '@/lib/db/schema';
import type { SiteAccess } from '@/lib/protocol';
import { isSiteEnabled, normalizeSite, sitePattern, type Settings } from '@/lib/settings/settings';
import { readSettings } from '@/lib/userdata';
import { isBuiltInSite } from '@/lib/userdata/validate';

/** The built content script (WXT's output path for entrypoints/content/). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Ids of our dynamically registered content scripts: prefix + site. */
export const SITE_SCRIPT_PREFIX = 'standpunkt-site:';

export async function hasPermission(site: string): Promise<boolean> {
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

let syncing: Promise<void> = Promise.resolve();

/**
 * Registers the content script for every extra site whose permission is granted and unregisters the
 * rest (a removed site, a permission the user took back in the browser's own settings).
 * One run at a time: Firefox fires permissions.onAdded while `addSite` is still at work, and two
 * overlapping runs both register the same id ("already registered").
 */
export function syncSiteScripts(settings: Settings): Promise<void> {
  const run = syncing.then(() => syncNow(settings));
  syncing = run.catch(() => {});
  return run;
}

async function syncNow(settings: Settings): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const granted = await grantedSites(settings.extraSites);
  const wanted = new Set(
    settings.extraSites.filter((site) => granted.has(site)).map((site) => `${SITE_SCRIPT_PREFIX}${site}`),
  );
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

export async function siteAccess(settings: Settings): Promise<SiteAccess[]> {
  const registered = new Set(await registeredSiteScripts().catch(() => []));
  const granted = await grantedSites(settings.extraSites);
  return settings.extraSites.map((site) => ({
    site,
    granted: granted.has(site),
    registered: registered.has(`${SITE_SCRIPT_PREFIX}${site}`),
  }));
}

/**
 * A host permission granted from the popup adds its site even if the popup is gone by then
 * (Firefox closes the popup when its permission prompt opens); one taken back in the browser's own
 * settings unregisters the content script for it.
 */
export function watchPermissions(
  ready: () => Promise<StandpunktDb>,
  changeSettings: (db: StandpunktDb, changes: Partial<Settings>) => Promise<Settings>,
): () => void {
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
  const onAdded = (p: { origins?: string[] }) =>
    void added(p).catch((err: unknown) => console.error('[standpunkt] permission added:', err));
  const onRemoved = () =>
    void removed().catch((err: unknown) => console.error('[standpunkt] permission removed:', err));
  events.onAdded.addListener(onAdded);
  events.onRemoved.addListener(onRemoved);
  return () => {
    events.onAdded.removeListener(onAdded);
    events.onRemoved.removeListener(onRemoved);
  };
}
