// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../dom';
import { blockAt, splitBlocks } from './blocks';
import { speakersOfText } from './index';

describe('splitBlocks / blockAt', () => {
  it('splits at blank lines and keeps offsets into the text', () => {
    const text = 'Overskrift\n\nFørste avsnitt.\n \nAndre\navsnitt.';
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(['Overskrift', 'Første avsnitt.', 'Andre\navsnitt.']);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('finds the block of an offset by binary search', () => {
    const blocks = splitBlocks('aa\n\nbb\n\ncc');
    expect(blockAt(blocks, 0)).toBe(0);
    expect(blockAt(blocks, 4)).toBe(1);
    expect(blockAt(blocks, 9)).toBe(2);
    expect(blockAt([], 3)).toBe(-1);
  });
});

describe('speakersOfText on text extracted from a page', () => {
  it('maps an offset to the speaker of its paragraph', () => {
    document.body.innerHTML = `
      <h2>2. Komiteens merknader</h2>
      <p>Komiteens flertall, medlemmene fra <b>Arbeiderpartiet</b> og Senterpartiet, viser til at
         kommunene trenger frie inntekter.</p>
      <p>Flertallet mener rammetilskuddet må økes.</p>
      <p>Komiteens medlemmer fra Høyre viser til at eiendomsskatten bør avvikles.</p>
      <h2>3. Komiteens tilråding</h2>
      <p>Komiteen rår Stortinget til å gjøre følgende vedtak:</p>`;
    const { text } = extractText(document.body);
    const page = speakersOfText(text);
    expect(page.any).toBe(true);
    const at = (word: string) => page.at(text.indexOf(word));
    expect(at('rammetilskuddet')).toMatchObject({ kind: 'majority', parties: ['A', 'Sp'] });
    expect(at('frie inntekter')).toBe(at('rammetilskuddet'));
    expect(at('eiendomsskatten')).toMatchObject({ kind: 'party', parties: ['H'] });
    expect(at('Komiteens merknader')).toBeNull();
    expect(at('rår Stortinget')).toBeNull();
  });

  it('finds nothing on a page that is not an innstilling', () => {
    const page = speakersOfText('Regjeringa meiner kommunane treng meir pengar.\n\nKomiteen viser til dette.');
    expect(page.any).toBe(false);
    expect(page.at(5)).toBeNull();
  });
});
