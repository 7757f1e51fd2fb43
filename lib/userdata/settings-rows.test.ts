import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { rowsToSettings, settingsToRows } from './settings-rows';

describe('settings rows', () => {
  it('round-trips every setting', () => {
    const settings: Settings = {
      highlighting: false,
      extraSites: ['www.ks.no'],
      hiddenChapters: ['ks-2021#2'],
      look: 'underline',
      copyFormat: 'html',
      copyIncludesNote: true,
      overview: 'all',
    };
    expect(rowsToSettings(settingsToRows(settings))).toEqual(settings);
  });

  it('gives the defaults for an empty table', () => {
    expect(rowsToSettings([])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the other settings when one row is broken', () => {
    expect(
      rowsToSettings([
        { key: 'look', value: 'blink' },
        { key: 'copyFormat', value: 'markdown' },
        { key: 'somethingOld', value: 1 },
      ]),
    ).toEqual({ ...DEFAULT_SETTINGS, copyFormat: 'markdown' });
  });

  it('reads the rows version 1 of the store wrote', () => {
    expect(
      rowsToSettings([
        { key: 'highlight', value: false },
        { key: 'sites', value: ['www.stortinget.no', 'www.regjeringen.no', 'WWW.KS.NO', 'not a site'] },
        { key: 'copyFormat', value: { default: 'markdown', includeNote: true } },
      ]),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      highlighting: false,
      extraSites: ['www.ks.no'],
      copyFormat: 'markdown',
      copyIncludesNote: true,
    });
  });

  it('lets current rows win over version 1 rows', () => {
    expect(
      rowsToSettings([
        { key: 'highlight', value: false },
        { key: 'highlighting', value: true },
      ]).highlighting,
    ).toBe(true);
  });
});
