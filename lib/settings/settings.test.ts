import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SettingsError,
  isSiteEnabled,
  normalizeSite,
  overviewShown,
  parseSettings,
  sitePattern,
} from './settings';

describe('settings', () => {
  it('fills defaults and keeps valid values', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({ look: 'underline', copyFormat: 'html', extraSites: ['https://www.KS.no/x', 'www.ks.no'] }),
    ).toMatchObject({
      look: 'underline',
      copyFormat: 'html',
      extraSites: ['www.ks.no'],
    });
  });
  it.each([
    [null, /objekt/],
    [{ look: 'blink' }, /look/],
    [{ highlighting: 'yes' }, /highlighting/],
    [{ extraSites: 'ks.no' }, /liste/],
    [{ extraSites: ['not a host'] }, /gyldig/],
    [{ hiddenChapters: [3] }, /kapitler/],
    [{ colour: 'red' }, /ukjent innstilling «colour»/],
    [{ overview: true }, /overview/],
  ])('rejects %j with a clear message', (input, message) => {
    expect(() => parseSettings(input)).toThrow(SettingsError);
    expect(() => parseSettings(input)).toThrow(message);
  });
  it('shows the overview strip on the default sites by default, everywhere or nowhere when asked', () => {
    expect(DEFAULT_SETTINGS.overview).toBe('default-sites');
    expect(overviewShown('www.stortinget.no', DEFAULT_SETTINGS)).toBe(true);
    expect(overviewShown('www.regjeringen.no', DEFAULT_SETTINGS)).toBe(true);
    expect(overviewShown('www.ks.no', DEFAULT_SETTINGS)).toBe(false);
    expect(overviewShown('www.ks.no', parseSettings({ overview: 'all' }))).toBe(true);
    expect(overviewShown('www.stortinget.no', parseSettings({ overview: 'off' }))).toBe(false);
  });
  it('normalises sites', () => {
    expect(normalizeSite(' https://Www.Nrk.no/nyheter ')).toBe('www.nrk.no');
    expect(() => normalizeSite('javascript:alert(1)')).toThrow(SettingsError);
  });
  it('matches the default sites and added sites with their subdomains, as their match patterns do', () => {
    expect(isSiteEnabled('www.stortinget.no', DEFAULT_SETTINGS)).toBe(true);
    expect(isSiteEnabled('regjeringen.no', DEFAULT_SETTINGS)).toBe(true);
    expect(isSiteEnabled('evil-stortinget.no', DEFAULT_SETTINGS)).toBe(false);
    expect(isSiteEnabled('www.ks.no', { extraSites: ['www.ks.no'] })).toBe(true);
    expect(isSiteEnabled('www.ks.no', { extraSites: ['ks.no'] })).toBe(true);
    expect(isSiteEnabled('ks.no', { extraSites: ['www.ks.no'] })).toBe(false);
    expect(isSiteEnabled('fks.no', { extraSites: ['ks.no'] })).toBe(false);
    expect(sitePattern('ks.no')).toBe('*://*.ks.no/*');
  });
});
