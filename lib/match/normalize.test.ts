import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeInto, originalRange, createNormalizedBuffer } from './normalize';

const norm = (s: string): string => normalize(s).text;

describe('normalize: characters', () => {
  it('lowercases locale-independently and keeps å, æ, ø', () => {
    expect(norm('LÆRERNORM Å ØYE Æ')).toBe('lærernorm å øye æ');
    expect(norm('Lærer')).not.toBe('larer');
    expect(norm('ISTANBUL')).toBe('istanbul'); // no Turkish dotless ı
  });

  it('composes decomposed letters (NFC) and maps them to their base', () => {
    const n = normalize('Go\u0308teborg a\u030Ase');
    expect(n.text).toBe('göteborg åse');
    expect(n.map[1]).toBe(1);
    expect(n.map[2]).toBe(3); // "t" comes after the two-unit "ö"
    expect(norm('\u212Bse')).toBe('åse'); // ANGSTROM SIGN → Å
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(norm('inn\u00ADsigelse')).toBe('innsigelse');
    expect(norm('bemannings\u200Bnorm\u200C\u200D\u2060\uFEFF')).toBe('bemanningsnorm');
  });

  it('turns nbsp, thin and narrow spaces and any whitespace run into one space', () => {
    expect(norm('statlig\u00A0tilsyn')).toBe('statlig tilsyn');
    expect(norm('statlig\u2009tilsyn')).toBe('statlig tilsyn');
    expect(norm('statlig\u202Ftilsyn')).toBe('statlig tilsyn');
    expect(norm('statlig \t \u00A0 tilsyn')).toBe('statlig tilsyn');
  });

  it('keeps a single line break inside a block as a space, a blank line as a block boundary', () => {
    expect(norm('statlig\ntilsyn')).toBe('statlig tilsyn');
    expect(norm('statlig \r\n tilsyn')).toBe('statlig tilsyn');
    expect(norm('statlig\n\ntilsyn')).toBe('statlig\ntilsyn');
    expect(norm('statlig\r\n \r\ntilsyn')).toBe('statlig\ntilsyn');
    expect(norm('statlig\u2029tilsyn')).toBe('statlig\ntilsyn');
  });

  it('turns typographic dashes into a hyphen', () => {
    for (const d of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
      expect(norm(`plan${d} og bygningsloven`)).toBe('plan- og bygningsloven');
    }
  });
});

describe('normalize: line-break hyphenation', () => {
  it('joins a word broken across a line', () => {
    expect(norm('bemannings-\nnormer')).toBe('bemanningsnormer');
    expect(norm('bemannings- \r\n  normer')).toBe('bemanningsnormer');
    expect(norm('innsigelses\u00AD\nretten')).toBe('innsigelsesretten');
  });

  it('keeps the hyphen before "og"/"eller" (a suspended compound)', () => {
    expect(norm('plan-\nog bygningsloven')).toBe('plan- og bygningsloven');
    expect(norm('klima-\neller miljø')).toBe('klima- eller miljø');
  });

  it('keeps the hyphen after an abbreviation or a single letter, dropping only the break', () => {
    expect(norm('EØS-\navtalen')).toBe('eøs-avtalen');
    expect(norm('på e-\nhelse')).toBe('på e-helse');
  });

  it('does not join across a blank line or before an uppercase word', () => {
    expect(norm('bemannings-\n\nnormer')).toBe('bemannings-\nnormer');
    expect(norm('kommune-\nNorge')).toBe('kommune-norge');
    expect(norm('kommune\u00AD\nNorge')).toBe('kommune norge');
  });

  it('maps a joined word back over the hyphen and the break', () => {
    const text = 'Om bemannings-\nnormer.';
    const n = normalize(text);
    const start = n.text.indexOf('bemanningsnormer');
    const [from, to] = originalRange(text, n.map, start, start + 'bemanningsnormer'.length);
    expect(text.slice(from, to)).toBe('bemannings-\nnormer');
  });
});

describe('normalize: offsets', () => {
  it('grows for characters whose lowercase is longer (İ)', () => {
    const text = 'İ'.repeat(40);
    const out = normalizeInto(text, createNormalizedBuffer(4));
    expect(out.length).toBe(80);
    expect(out.map[out.length]).toBe(40);
  });

  it('keeps the text after many expanding characters (buffer sized for the rest, not just the character)', () => {
    // Ten "İ" (two units each) used to overflow the n + 8 buffer: typed arrays drop writes past their end
    // silently, so the tail of the text was lost.
    const text = `${'İ'.repeat(10)} innsigelse`;
    const n = normalize(text);
    expect(n.text).toBe(`${'i\u0307'.repeat(10)} innsigelse`);
    expect(n.map[n.text.length]).toBe(text.length);
    const decomposing = `${'\u0958'.repeat(9)}åååå`; // NFC splits U+0958 into two units
    expect(normalize(decomposing).text).toBe(`${'\u0915\u093C'.repeat(9)}åååå`);
  });

  it('has a monotone map ending at the original length, for any text', () => {
    const alphabet = fc.constantFrom(
      'a',
      'B',
      'æ',
      'Ø',
      'å',
      ' ',
      '\n',
      '\r',
      '\u00A0',
      '\u00AD',
      '\u200B',
      '-',
      '\u2013',
      'e\u0301',
      '😀',
      'İ',
      '.',
      '\u2029',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const n = normalize(text);
        expect(n.map.length).toBe(n.text.length + 1);
        expect(n.map[n.text.length]).toBe(text.length);
        for (let i = 1; i < n.map.length; i++) expect(n.map[i]!).toBeGreaterThanOrEqual(n.map[i - 1]!);
        // Every letter comes from an original character that lowercases to it (or composes into it).
        for (let i = 0; i < n.text.length; i++) {
          const ch = n.text[i]!;
          if (/[a-zæøå]/.test(ch))
            expect(
              text
                .slice(n.map[i], n.map[i]! + 2)
                .normalize('NFC')
                .toLowerCase(),
            ).toContain(ch);
        }
      }),
    );
  });
});
