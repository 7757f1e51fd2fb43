/**
 * The user's settings: one typed record, validated at every boundary (store, import, messages).
 * Stored in the Dexie `settings` table (one row per key) by the background; the content script gets them
 * by message.
 */
import type { CopyFormat } from '../copy';
import type { HighlightLook } from '../highlight/stylesheet';

export interface Settings {
  /** Highlighting on pages at all (the keyboard toggle flips it per tab; this is the default). */
  highlighting: boolean;
  /** Sites beyond the two defaults, as host names ("www.ks.no"); each needs its host permission. */
  extraSites: string[];
  /** Chapters the user turned off, as `${documentId}#${chapterIndex}`. */
  hiddenChapters: string[];
  look: HighlightLook;
  copyFormat: CopyFormat;
  /** Put the user's own note into copies. */
  copyIncludesNote: boolean;
  /** Where the overview strip (where the highlights are, along the window's right edge) is shown. */
  overview: OverviewSetting;
}

/**
 * The overview strip: on the two default sites (long documents, where it helps), on every site, or nowhere.
 * Added sites are often news or short pages where a strip beside the scrollbar is noise, so not by default.
 */
export type OverviewSetting = 'default-sites' | 'all' | 'off';

export const DEFAULT_SITES = ['stortinget.no', 'regjeringen.no'] as const;
/** The default sites as match patterns: the content scripts' `matches` and the manifest's host permissions. */
export const DEFAULT_SITE_PATTERNS: string[] = DEFAULT_SITES.map((site) => sitePattern(site));

export const DEFAULT_SETTINGS: Settings = {
  highlighting: true,
  extraSites: [],
  hiddenChapters: [],
  look: 'fill',
  copyFormat: 'plain',
  copyIncludesNote: false,
  overview: 'default-sites',
};

export class SettingsError extends Error {}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "https://www.ks.no/fagomrader" or "WWW.KS.NO" → "www.ks.no"; throws on anything that is not a host. */
export function normalizeSite(input: string): string {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    throw new SettingsError(`«${input}» er ikke en gyldig nettadresse`);
  }
  host = host.replace(/\/.*$/, '').replace(/\.$/, '');
  if (!HOST.test(host)) throw new SettingsError(`«${input}» er ikke et gyldig nettstednavn`);
  return host;
}

/** Whether a page's host is one of ours: a site includes its subdomains, as its match pattern does. */
export function isSiteEnabled(hostname: string, settings: Pick<Settings, 'extraSites'>): boolean {
  const host = hostname.toLowerCase();
  return [...DEFAULT_SITES, ...settings.extraSites].some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether the overview strip is shown on a page of this host. */
export function overviewShown(hostname: string, settings: Pick<Settings, 'overview'>): boolean {
  if (settings.overview === 'off') return false;
  if (settings.overview === 'all') return true;
  return isSiteEnabled(hostname, { extraSites: [] });
}

/**
 * Match pattern for a site (host permissions, content script registration): the host and its
 * subdomains, like the default sites, so that "ks.no" also covers www.ks.no.
 */
export function sitePattern(site: string): string {
  return `*://*.${site}/*`;
}

/** Merges a partial, untrusted record over the defaults; throws a SettingsError naming the bad field. */
export function parseSettings(input: unknown): Settings {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new SettingsError('innstillingene må være et objekt');
  const raw = input as Record<string, unknown>;
  const out: Settings = { ...DEFAULT_SETTINGS, extraSites: [], hiddenChapters: [] };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'highlighting':
      case 'copyIncludesNote':
        if (typeof value !== 'boolean') throw new SettingsError(`«${key}» må være sann eller usann`);
        out[key] = value;
        break;
      case 'look':
        if (value !== 'fill' && value !== 'underline')
          throw new SettingsError('«look» må være «fill» eller «underline»');
        out.look = value;
        break;
      case 'copyFormat':
        if (value !== 'plain' && value !== 'markdown' && value !== 'html')
          throw new SettingsError('«copyFormat» må være «plain», «markdown» eller «html»');
        out.copyFormat = value;
        break;
      case 'overview':
        if (value !== 'default-sites' && value !== 'all' && value !== 'off')
          throw new SettingsError('«overview» må være «default-sites», «all» eller «off»');
        out.overview = value;
        break;
      case 'extraSites':
        if (!Array.isArray(value)) throw new SettingsError('«extraSites» må være en liste');
        out.extraSites = [...new Set(value.map((v) => normalizeSite(String(v))))];
        break;
      case 'hiddenChapters':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !/^[\w-]+#\d+$/.test(v))) {
          throw new SettingsError('«hiddenChapters» må være en liste av kapitler');
        }
        out.hiddenChapters = [...new Set(value as string[])];
        break;
      default:
        throw new SettingsError(`ukjent innstilling «${key}»`);
    }
  }
  return out;
}
