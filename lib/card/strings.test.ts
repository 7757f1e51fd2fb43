import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_MESSAGE_KEYS, cardStringsFrom, DEFAULT_CARD_STRINGS, fill, type CardStrings } from './strings';

type Messages = Record<string, { message: string }>;
const messages = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
/** What browser.i18n.getMessage does for a key without substitutions: the text, or '' when unknown. */
const lookup = (m: Messages) => (key: string) => m[key]?.message ?? '';

describe('cardStringsFrom', () => {
  it('maps every card string to a message that exists in nb, nn and en', () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const m = messages(lang);
      for (const key of Object.values(CARD_MESSAGE_KEYS)) expect(m[key]?.message, `${lang}: ${key}`).toBeTruthy();
      expect(Object.keys(cardStringsFrom(lookup(m))).sort(), lang).toEqual(Object.keys(DEFAULT_CARD_STRINGS).sort());
    }
  });

  it('bokmål messages equal the card defaults (the card reads the same either way)', () => {
    expect({ ...DEFAULT_CARD_STRINGS, ...cardStringsFrom(lookup(messages('nb'))) }).toEqual(DEFAULT_CARD_STRINGS);
  });

  const expected: Record<string, Partial<CardStrings>> = {
    nb: { source: 'Kilde', showMore: 'Vis mer', note: 'Ditt notat', writeNote: 'Skriv notat' },
    nn: { source: 'Kjelde', showMore: 'Vis meir', note: 'Notatet ditt', copyFailed: expect.stringContaining('ikkje') },
    en: { source: 'Source', showMore: 'Show more', copy: 'Copy the expectation', editNote: 'Edit note' },
  };
  for (const [lang, want] of Object.entries(expected)) {
    it(`${lang}: the card speaks the UI language`, () => {
      expect(cardStringsFrom(lookup(messages(lang)))).toMatchObject(want);
    });
  }

  it('keeps placeholders for the card to fill (chrome.i18n leaves {name} alone)', () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const s = cardStringsFrom(lookup(messages(lang)));
      expect(fill(s.chapter!, { index: 3, title: 'X' }), lang).toMatch(/3: X$/);
      expect(fill(s.dialogLabelMany!, { count: 2 }), lang).toMatch(/^2\u00a0/);
    }
  });

  it('keeps the default for a message the lookup does not know', () => {
    expect(cardStringsFrom(() => '')).toEqual({});
    expect(cardStringsFrom((k) => (k === 'cardSource' ? 'Kjelde' : undefined))).toEqual({ source: 'Kjelde' });
  });
});
