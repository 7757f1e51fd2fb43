import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import nb from '@/public/_locales/nb/messages.json';
import nn from '@/public/_locales/nn/messages.json';

/**
 * Test helper: WXT's fake browser has no i18n.getMessage (it throws "not implemented"). This gives it
 * the real messages.json of a locale with Chrome's substitution rules ($NAME$ placeholders → $1…$9,
 * "$$" → "$"), so component tests read the words a user sees and a missing key fails them.
 * Call it in beforeEach: the test config restores mocks after every test.
 */
export type Locale = 'nb' | 'nn' | 'en';
interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export const LOCALES: Record<Locale, Record<string, Entry>> = { nb, nn, en } as unknown as Record<
  Locale,
  Record<string, Entry>
>;

export function formatMessage(entry: Entry | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}

export function useLocale(locale: Locale = 'nb'): void {
  const messages = LOCALES[locale];
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    formatMessage(messages[key], subs)) as typeof fakeBrowser.i18n.getMessage);
}
