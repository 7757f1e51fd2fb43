import { describe, expect, it } from 'vitest';
import { dropFurniture, joinBroken, joinLines, toLines } from './clean';

describe('joinBroken', () => {
  it('rejoins a word hyphenated across a line break', () => {
    expect(joinBroken('bindende bemannings-', 'normer i sektoren')).toBe('bindende bemanningsnormer i sektoren');
  });
  it('keeps a suspended compound before a conjunction', () => {
    expect(joinBroken('Støtte lokal klima-', 'og miljøpolitikk')).toBe('Støtte lokal klima- og miljøpolitikk');
    expect(joinBroken('for helse-', 'og omsorgstjenester')).toBe('for helse- og omsorgstjenester');
  });
  it('keeps the hyphen after an abbreviation', () => {
    expect(joinBroken('handlingsrommet i EØS-', 'avtalen')).toBe('handlingsrommet i EØS-avtalen');
  });
  it('rejoins across a continuation line that starts with a space', () => {
    expect(joinBroken('Nasjonalt program for leverandørutvik-', ' ling eies av KS')).toBe(
      'Nasjonalt program for leverandørutvikling eies av KS',
    );
  });
  it('joins plain lines with one space', () => {
    expect(joinLines(['Unngå nye og utvidede bindende  ', 'bemanningsnormer.'])).toBe(
      'Unngå nye og utvidede bindende bemanningsnormer.',
    );
  });
  it('leaves hyphens inside a line alone', () => {
    expect(joinLines(['Videre- og etter-', 'utdanning og -evne'])).toBe('Videre- og etterutdanning og -evne');
  });
});

describe('dropFurniture', () => {
  const texts = (s: string) => dropFurniture(toLines(s)).map((l) => l.text);
  it('blanks page numbers', () => {
    expect(texts('slutt.\n\n28\n\nbegynn')).toEqual(['slutt.', '', '', '', 'begynn']);
  });
  it('removes a photo credit broken over lines', () => {
    expect(texts('kanaler.\nFoto: S\nhutterstock\n Digitalisering er viktig for oss alle.')).toEqual([
      'kanaler.',
      '',
      '',
      'Digitalisering er viktig for oss alle.',
    ]);
  });
  it('removes a credit glued to the end of a text line, and its fragments across a blank line', () => {
    expect(texts('i kommunene.Foto: A\ndobe S\n\ntock\n Legge til rette for mer stabil bosetting.')).toEqual([
      'i kommunene.',
      '',
      '',
      '',
      'Legge til rette for mer stabil bosetting.',
    ]);
  });
  it('marks lines that start a new text box', () => {
    expect(toLines('a\n b').map((l) => l.indented)).toEqual([false, true]);
  });
  it('drops soft hyphens', () => {
    expect(toLines('bemannings\u00adnorm')[0]!.text).toBe('bemanningsnorm');
  });
});
