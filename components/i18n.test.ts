import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { t, tCount } from './i18n';
import { formatMessage, LOCALES, useLocale } from './test-i18n';

const ROOT = join(__dirname, '..');

/** Every .ts/.tsx file of the UI (components and the popup, side panel and options entrypoints). */
function uiSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.startsWith('test-')) out.push(path);
    }
  };
  for (const dir of ['components', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/sidepanel'])
    walk(join(ROOT, dir));
  return out;
}

describe('locale files', () => {
  it('nn and en have exactly the keys and placeholders of nb', () => {
    const shape = (locale: keyof typeof LOCALES) =>
      Object.fromEntries(
        Object.entries(LOCALES[locale]).map(([k, v]) => [k, Object.keys(v.placeholders ?? {}).sort()]),
      );
    expect(shape('nn')).toEqual(shape('nb'));
    expect(shape('en')).toEqual(shape('nb'));
  });

  it('every $NAME$ in a message is a declared placeholder', () => {
    for (const [locale, messages] of Object.entries(LOCALES)) {
      for (const [key, entry] of Object.entries(messages)) {
        const declared = new Set(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()));
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
          expect(declared.has(name!.toLowerCase()), `${locale}.${key}: $${name}$`).toBe(true);
        }
      }
    }
  });

  it('every key the UI asks for exists (and pairs for counts)', () => {
    const keys = new Set<string>();
    for (const file of uiSources()) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/\bt\('([A-Za-z]+)'/g)) keys.add(key!);
      for (const [, key] of text.matchAll(/\btCount\('([A-Za-z]+)'/g)) keys.add(`${key}One`).add(`${key}Many`);
      for (const [, key] of text.matchAll(/: '((?:copyAs|problem|format|look|copied|inactive)[A-Za-z]+)'/g))
        keys.add(key!);
    }
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((k) => !(k in LOCALES.nb));
    expect(missing).toEqual([]);
  });

  it('no user-facing Norwegian text is hard-coded in the UI sources', () => {
    // Text nodes in JSX that contain letters, outside {…}: a rough but useful net.
    const offenders: string[] = [];
    for (const file of uiSources().filter((f) => f.endsWith('.tsx'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, inner] of text.matchAll(/>\s*([^<>{}\n]*[A-Za-zÆØÅæøå]{3,}[^<>{}\n]*)\s*</g)) {
        if (!/[=()&|;:?]/.test(inner!)) offenders.push(`${file}: ${inner!.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('t', () => {
  beforeEach(() => useLocale('nb'));

  it('fills placeholders in order', () => {
    expect(t('revealOf', [2, 5])).toBe('viser 2\u00a0av 5');
    expect(t('enableOnSite', 'www.ks.no')).toBe('Slå på Standpunkt for www.ks.no');
  });

  it('picks one/many forms', () => {
    expect(tCount('occurrences', 1)).toBe('1\u00a0forekomst');
    expect(tCount('occurrences', 3)).toBe('3\u00a0forekomster');
  });

  it('follows the locale', () => {
    useLocale('nn');
    expect(tCount('occurrences', 3)).toBe('3\u00a0førekomstar');
    useLocale('en');
    expect(t('copied')).toBe('Copied!');
  });

  it('never lets a number part from its word at a line end (no-break space, in every language)', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      useLocale(locale);
      expect(tCount('demands', 73)).toMatch(/^73\u00a0\S/);
      expect(tCount('positionsFound', 7)).toMatch(/^7\u00a0\S/);
      expect(t('moreWords', 6)).toMatch(/^\+6\u00a0\S/);
    }
  });

  it('shows the key rather than nothing when a message is missing', () => {
    expect(t('noSuchKey' as never)).toBe('noSuchKey');
  });
});

describe('formatMessage', () => {
  it('keeps $$ as a dollar sign and unknown names as they are', () => {
    expect(formatMessage({ message: 'Pris $$5 $X$ $N$', placeholders: { n: { content: '$1' } } }, ['7'])).toBe(
      'Pris $5 $X$ 7',
    );
  });
});
