import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { USERDATA_FORMAT, UserDataError, type UserDataProblem } from './format';
import { checkTerm, parseUserDataFile, parseUserDataText } from './validate';

const good = {
  format: USERDATA_FORMAT,
  version: 1,
  exportedAt: '2026-11-26T10:00:00.000Z',
  settings: { ...DEFAULT_SETTINGS, look: 'underline', extraSites: ['www.ks.no'], hiddenChapters: ['ks-2021#3'] },
  ownTerms: [
    { term: '  pedagog\u00a0norm ', positionId: 'ks-2021:unnga-nye-normer', createdAt: 5 },
    { term: 'lærertetthet', positionId: 'ks-2021:unnga-nye-normer' },
  ],
  notes: [
    { positionId: 'ks-2021:unnga-nye-normer', text: 'Viktig.\r\nSe også budsjett.', updatedAt: 7 },
    { positionId: 'ks-2021:annet', text: '   ', updatedAt: 8 },
  ],
};

function problem(run: () => unknown): UserDataProblem {
  try {
    run();
  } catch (err) {
    if (err instanceof UserDataError) return err.problem;
    throw err;
  }
  throw new Error('expected a UserDataError');
}

const withChange = (change: Record<string, unknown>) => ({ ...good, ...change });

describe('parseUserDataFile', () => {
  it('reads a good file, normalising terms and notes and dropping empty notes', () => {
    const data = parseUserDataFile(good, 1000);
    expect(data.settings).toEqual(good.settings);
    expect(data.ownTerms).toEqual([
      { term: 'pedagog norm', positionId: 'ks-2021:unnga-nye-normer', createdAt: 5 },
      { term: 'lærertetthet', positionId: 'ks-2021:unnga-nye-normer', createdAt: 1000 },
    ]);
    expect(data.notes).toEqual([
      { positionId: 'ks-2021:unnga-nye-normer', text: 'Viktig.\nSe også budsjett.', updatedAt: 7 },
    ]);
  });

  it.each([
    ['not an object', [1, 2], { code: 'notObject' }],
    [
      'a foreign format',
      withChange({ format: 'noe-annet' }),
      { code: 'foreign', where: 'format', detail: 'noe-annet' },
    ],
    ['no format at all', { version: 1, settings: {}, ownTerms: [], notes: [] }, { code: 'foreign', where: 'format' }],
    ['a newer version', withChange({ version: 2 }), { code: 'newerVersion', where: 'version', detail: '2' }],
    ['a broken version', withChange({ version: '1' }), { code: 'badVersion', where: 'version' }],
    ['an unknown top-level field', withChange({ passwords: [] }), { code: 'unknownField', where: 'passwords' }],
    ['missing notes', { ...good, notes: undefined }, { code: 'missingField', where: 'notes' }],
    ['bad settings', withChange({ settings: { look: 'blink' } }), { code: 'badSettings', where: 'settings' }],
    [
      'an empty term',
      withChange({ ownTerms: [{ term: ' ', positionId: 'ks-2021:a' }] }),
      { code: 'badTerm', where: 'ownTerms[0].term' },
    ],
    [
      'a term with |',
      withChange({ ownTerms: [{ term: 'a|b', positionId: 'ks-2021:a' }] }),
      { code: 'badTerm', where: 'ownTerms[0].term' },
    ],
    [
      'a bad position id',
      withChange({ ownTerms: [{ term: 'norm', positionId: 'Not An Id' }] }),
      { code: 'badPositionId', where: 'ownTerms[0].positionId' },
    ],
    [
      'a duplicate term',
      withChange({
        ownTerms: [
          { term: 'Norm', positionId: 'ks-2021:a' },
          { term: 'norm', positionId: 'ks-2021:a' },
        ],
      }),
      { code: 'duplicateTerm', where: 'ownTerms[1]' },
    ],
    [
      'two notes on one position',
      withChange({
        notes: [
          { positionId: 'ks-2021:a', text: 'x' },
          { positionId: 'ks-2021:a', text: 'y' },
        ],
      }),
      { code: 'duplicateNote', where: 'notes[1]' },
    ],
    [
      'a note that is not text',
      withChange({ notes: [{ positionId: 'ks-2021:a', text: 3 }] }),
      { code: 'badNote', where: 'notes[0].text' },
    ],
    [
      'an unknown field in a note',
      withChange({ notes: [{ positionId: 'ks-2021:a', text: 'x', html: '<b>' }] }),
      { code: 'unknownField', where: 'notes[0].html' },
    ],
    [
      'a negative time',
      withChange({ notes: [{ positionId: 'ks-2021:a', text: 'x', updatedAt: -1 }] }),
      { code: 'missingField', where: 'notes[0].updatedAt' },
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(problem(() => parseUserDataFile(input))).toMatchObject(expected);
  });

  it("passes the settings validator's own words on", () => {
    expect(problem(() => parseUserDataFile(withChange({ settings: { extraSites: ['ikke en vert'] } }))).detail).toMatch(
      /ikke et gyldig nettstednavn/,
    );
  });
});

describe('parseUserDataText', () => {
  it('refuses text that is not JSON', () => {
    expect(problem(() => parseUserDataText('{"format": '))).toMatchObject({ code: 'notJson' });
  });

  it('accepts a byte-order mark', () => {
    expect(parseUserDataText(`\uFEFF${JSON.stringify(good)}`).ownTerms).toHaveLength(2);
  });

  it('refuses a huge file before parsing it', () => {
    expect(problem(() => parseUserDataText(' '.repeat(5_000_001)))).toMatchObject({ code: 'tooLarge' });
  });
});

describe('checkTerm', () => {
  it('normalises and accepts a multi-word term', () => {
    expect(checkTerm(' statlig   tilsyn ', 't')).toBe('statlig tilsyn');
  });

  it('refuses a term without letters and an over-long one', () => {
    expect(problem(() => checkTerm('12', 't')).code).toBe('badTerm');
    expect(problem(() => checkTerm('a'.repeat(81), 't')).code).toBe('badTerm');
  });
});

describe('issue 10: own terms compare as the lexicon compiler does (finding 1)', () => {
  it.each([
    ['an en dash', 'e-helselov', 'e–helselov'],
    ['a soft hyphen', 'innsigelse', 'inn\u00adsigelse'],
    ['capitals', 'Norm', 'norm'],
  ])('refuses two terms that differ by %s, naming the first', (_name, a, b) => {
    const p = problem(() =>
      parseUserDataFile(
        withChange({
          ownTerms: [
            { term: a, positionId: 'ks-2021:a' },
            { term: b, positionId: 'ks-2021:a' },
          ],
        }),
      ),
    );
    expect(p).toMatchObject({ code: 'duplicateTerm', where: 'ownTerms[1]' });
    expect(p.detail).toContain(a);
  });
});

describe('issue 10: every value of the declared type, any failure a bad-file error with its place (finding 5)', () => {
  const settings = (s: Record<string, unknown>) => withChange({ settings: { ...DEFAULT_SETTINGS, ...s } });
  it.each([
    [
      'a site inside a list (no string conversion)',
      settings({ extraSites: [['ks.no']] }),
      { code: 'badSettings', where: 'settings.extraSites[0]' },
    ],
    [
      'an object with toString: null',
      settings({ extraSites: [{ toString: null }] }),
      { code: 'badSettings', where: 'settings.extraSites[0]' },
    ],
    [
      'deep nesting in extraSites',
      settings({ extraSites: [JSON.parse('['.repeat(20000) + ']'.repeat(20000))] }),
      { code: 'badSettings', where: 'settings.extraSites[0]' },
    ],
    [
      'more than 200 sites',
      settings({ extraSites: Array.from({ length: 201 }, (_, i) => `s${i}.ks.no`) }),
      { code: 'tooMany', where: 'settings.extraSites' },
    ],
    [
      'more than 500 hidden chapters',
      settings({ hiddenChapters: Array.from({ length: 501 }, (_, i) => `ks-2021#${i}`) }),
      { code: 'tooMany', where: 'settings.hiddenChapters' },
    ],
    [
      'a subdomain of a built-in site',
      settings({ extraSites: ['data.stortinget.no'] }),
      { code: 'badSite', where: 'settings.extraSites[0]', detail: 'data.stortinget.no' },
    ],
    [
      'a built-in site',
      settings({ extraSites: ['regjeringen.no'] }),
      { code: 'badSite', where: 'settings.extraSites[0]' },
    ],
    ['a number for a boolean', settings({ highlighting: 1 }), { code: 'badSettings', where: 'settings.highlighting' }],
  ])('refuses %s', (_name, input, expected) => {
    expect(problem(() => parseUserDataFile(input))).toMatchObject(expected);
  });

  it('turns an error no check foresaw into a bad-file problem at the entry being read', () => {
    const evil = {
      positionId: 'ks-2021:a',
      get text(): string {
        throw new TypeError('boom');
      },
    };
    expect(problem(() => parseUserDataFile(withChange({ notes: [evil] })))).toMatchObject({
      code: 'badNote',
      where: 'notes[0]',
      detail: 'TypeError: boom',
    });
  });
});
