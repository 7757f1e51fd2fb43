/**
 * Every user-facing string of the hover card, in one table. Bokmål defaults; the extension passes
 * its i18n messages instead. `{name}` placeholders are filled by `fill`.
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
}

export const DEFAULT_CARD_STRINGS: CardStrings = {
  dialogLabel: 'KS-standpunkt',
  dialogLabelMany: '{count} KS-standpunkter',
  chapter: 'Kapittel {index}: {title}',
  copy: 'Kopier KS-standpunkt',
  copied: 'Kopiert!',
  copyFailed: 'Kunne ikke kopiere: nettleseren ga ikke tilgang til utklippstavlen.',
  showMore: 'Vis mer',
  close: 'Lukk',
  note: 'Egen merknad',
  source: 'Kilde',
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
