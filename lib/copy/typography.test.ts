import { describe, expect, it } from 'vitest';
import { collapseSpaces, EN_DASH, NBSP, paragraphs, quote, typeset } from './typography';

describe('collapseSpaces / paragraphs', () => {
  it('collapses stray line breaks and runs of spaces inside a paragraph', () => {
    expect(collapseSpaces('  en\nlinje   to\t tre ')).toBe('en linje to tre');
  });

  it('splits a body on blank lines and drops empty paragraphs', () => {
    expect(paragraphs('Første\navsnitt.\n\n \n\nAndre  avsnitt.\n\n')).toEqual(['Første avsnitt.', 'Andre avsnitt.']);
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs(' \n\n ')).toEqual([]);
  });
});

describe('typeset', () => {
  it('turns a spaced hyphen between words into an en dash', () => {
    expect(typeset('flom- og skredtiltak - der folk bor - må')).toBe(
      `flom- og skredtiltak ${EN_DASH} der folk bor ${EN_DASH} må`,
    );
  });

  it('keeps hyphens in compounds and word joins', () => {
    expect(typeset('sykepleier-, barnehagelærer og klima- og miljøpolitikk')).toBe(
      'sykepleier-, barnehagelærer og klima- og miljøpolitikk',
    );
  });

  it('gives numeric ranges an en dash, but not number compounds', () => {
    expect(typeset('perioden 2021-2025 for barn 6-16 år')).toBe(
      `perioden 2021${EN_DASH}2025 for barn 6${EN_DASH}16 år`,
    );
    expect(typeset('0-24-samarbeidet')).toBe('0-24-samarbeidet');
    expect(typeset('2021–2025')).toBe('2021–2025');
  });

  it('binds "kap.", "nr." and "§" to the number that follows', () => {
    expect(typeset('bestemmelser i kap. 9A i opplæringsloven')).toBe(`bestemmelser i kap.${NBSP}9A i opplæringsloven`);
    expect(typeset('Kap. 2, nr. 5 og § 14')).toBe(`Kap.${NBSP}2, nr.${NBSP}5 og §${NBSP}14`);
  });

  it('keeps the hyphen of a legal section number, which is not a range', () => {
    expect(typeset('etter § 14-2 i loven')).toBe(`etter §${NBSP}14-2 i loven`);
  });

  it('does not touch words that merely end in "kap."', () => {
    expect(typeset('i fellesskap. 2 ting')).toBe('i fellesskap. 2 ting');
  });
});

describe('quote', () => {
  it('uses Norwegian quotes and nests inner quotes as ‘ ’', () => {
    expect(quote('Kommunesektorens forventninger til nytt Storting')).toBe(
      '«Kommunesektorens forventninger til nytt Storting»',
    );
    expect(quote('Om «hyllevare» og "samordning"')).toBe('«Om ‘hyllevare’ og ‘samordning’»');
  });
});
