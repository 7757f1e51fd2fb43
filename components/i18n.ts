import { browser } from 'wxt/browser';
import type nbMessages from '@/public/_locales/nb/messages.json';

/**
 * The UI's words come from public/_locales/<lang>/messages.json through browser.i18n (bokmål default,
 * nynorsk, English): no user-facing text lives in the components. A key missing from the files shows
 * as the key itself, so a gap is visible instead of an empty button.
 */
export type MessageKey = keyof typeof nbMessages;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs =
    substitutions === undefined
      ? undefined
      : Array.isArray(substitutions)
        ? substitutions.map(String)
        : String(substitutions);
  const text = (browser.i18n.getMessage as GetMessage)(key, subs);
  return text || key;
}

/** "1 forekomst" / "3 forekomster": keys come in pairs `<key>One` / `<key>Many` with the number as $1. */
export function tCount(key: 'occurrences' | 'results' | 'positionsFound' | 'demands' | 'passages', n: number): string {
  return t(`${key}${n === 1 ? 'One' : 'Many'}` as MessageKey, n);
}

/** The language of the messages in use (for <html lang>): "nb", "nn" or "en". */
export function uiLanguage(): string {
  return t('lang');
}
