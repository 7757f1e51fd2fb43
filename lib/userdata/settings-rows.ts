import type { SettingRow } from '../db/schema';
import { DEFAULT_SETTINGS, DEFAULT_SITES, normalizeSite, parseSettings, type Settings } from '../settings/settings';

/**
 * Settings are stored one row per key. Reading is tolerant: a row that no longer validates (hand
 * edits, an older shape) falls back to its default instead of making every setting unreadable.
 * Rows written by version 1 of the store ("highlight", "sites", copyFormat as an object) are read
 * into the current keys and removed on the next write.
 */
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
export const LEGACY_KEYS = ['highlight', 'sites'] as const;

const isDefaultSite = (site: string) => DEFAULT_SITES.some((d) => site === d || site.endsWith(`.${d}`));

function legacyToCurrent(rows: Map<string, unknown>): Partial<Record<keyof Settings, unknown>> {
  const out: Partial<Record<keyof Settings, unknown>> = {};
  const highlight = rows.get('highlight');
  if (typeof highlight === 'boolean') out.highlighting = highlight;
  const sites = rows.get('sites');
  if (Array.isArray(sites)) {
    const extra: string[] = [];
    for (const s of sites) {
      try {
        const site = normalizeSite(String(s));
        if (!isDefaultSite(site)) extra.push(site);
      } catch {
        // An unreadable old site entry is dropped; the rest are kept.
      }
    }
    out.extraSites = extra;
  }
  const copy = rows.get('copyFormat');
  if (copy && typeof copy === 'object' && !Array.isArray(copy)) {
    const { default: format, includeNote } = copy as { default?: unknown; includeNote?: unknown };
    out.copyFormat = format;
    out.copyIncludesNote = includeNote;
  }
  return out;
}

export function rowsToSettings(rowList: readonly SettingRow[]): Settings {
  const rows = new Map(rowList.map((r) => [r.key, r.value]));
  const candidates = { ...legacyToCurrent(rows) };
  for (const key of SETTING_KEYS)
    if (rows.has(key) && !(key === 'copyFormat' && typeof rows.get(key) === 'object')) candidates[key] = rows.get(key);
  const settings: Settings = { ...DEFAULT_SETTINGS, extraSites: [], hiddenChapters: [] };
  for (const key of SETTING_KEYS) {
    if (!(key in candidates)) continue;
    try {
      (settings as unknown as Record<string, unknown>)[key] = parseSettings({ [key]: candidates[key] })[key];
    } catch {
      // Keeps the default for this key only.
    }
  }
  return settings;
}

export function settingsToRows(settings: Settings): SettingRow[] {
  return SETTING_KEYS.map((key) => ({ key, value: structuredClone(settings[key]) }));
}
