/**
 * Every user-facing string of the hover card, in one table. Bokmål defaults; the extension passes
 * its i18n messages instead (`cardStringsFrom`). `{name}` placeholders are filled by `fill`.
 */
export interface CardStrings {
  /** Accessible name of the card with one position. */
  dialogLabel: string;
  /** … with several; `{count}`. */
  dialogLabelMany: string;
  /** `{index}` and `{title}` of the chapter. */
  chapter: string;
  copy: string;
  copied: string;
  /** Shown when the clipboard is refused and the caller gives no message of its own. */
  copyFailed: string;
  showMore: string;
  close: string;
  note: string;
  source: string;
  /** Tooltip of the source line when it links to the document. */
  sourceLink: string;
  writeNote: string;
  editNote: string;
  noteLabel: string;
  saveNote: string;
  cancelNote: string;
  noteSaved: string;
  noteFailed: string;
}

export const DEFAULT_CARD_STRINGS: CardStrings = {
  dialogLabel: 'KS-forventning',
  dialogLabelMany: '{count} KS-forventninger',
  chapter: 'Kapittel {index}: {title}',
  copy: 'Kopier forventningen',
  copied: 'Kopiert!',
  copyFailed: 'Kunne ikke kopiere: nettleseren ga ikke tilgang til utklippstavlen.',
  showMore: 'Vis mer',
  close: 'Lukk',
  note: 'Ditt notat',
  source: 'Kilde',
  sourceLink: "Åpne KS' nettsted i en ny fane",
  writeNote: 'Skriv notat',
  editNote: 'Endre notat',
  noteLabel: 'Ditt notat om forventningen',
  saveNote: 'Lagre notat',
  cancelNote: 'Avbryt',
  noteSaved: 'Notatet er lagret.',
  noteFailed: 'Notatet ble ikke lagret.',
};

/** The i18n message (public/_locales) of each card string: `card` + the field's name, capitalised. */
export const CARD_MESSAGE_KEYS: Readonly<Record<keyof CardStrings, string>> = Object.fromEntries(
  Object.keys(DEFAULT_CARD_STRINGS).map((k) => [k, `card${k[0]!.toUpperCase()}${k.slice(1)}`]),
) as Record<keyof CardStrings, string>;

/**
 * The card's strings in the UI language, from a message lookup (browser.i18n.getMessage in the
 * extension). A message the lookup does not know ('' from browser.i18n) keeps the bokmål default.
 */
export function cardStringsFrom(getMessage: (key: string) => string | undefined): Partial<CardStrings> {
  const strings: Partial<CardStrings> = {};
  for (const [field, key] of Object.entries(CARD_MESSAGE_KEYS) as [keyof CardStrings, string][]) {
    const text = getMessage(key);
    if (text) strings[field] = text;
  }
  return strings;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
