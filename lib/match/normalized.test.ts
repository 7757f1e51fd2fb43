import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { bufferToString, createNormalizedBuffer, originalRange } from './normalized';

describe('originalRange', () => {
  it('maps every unit back, with surrogate pairs and emoji before the text', () => {
    const text = '😀𝐀 Lærernorm';
    const n = normalize(text);
    const start = n.text.indexOf('lærernorm');
    const [from, to] = originalRange(text, n.map, start, start + 9);
    expect(text.slice(from, to)).toBe('Lærernorm');
    expect(from).toBe(5);
  });

  it('trims invisible characters at the end of a range', () => {
    const text = 'norm\u00AD\u200B og';
    const n = normalize(text);
    expect(n.text).toBe('norm og');
    const [from, to] = originalRange(text, n.map, 0, 4);
    expect(text.slice(from, to)).toBe('norm');
  });

  it('gives an empty range at the start offset for an empty span', () => {
    const text = 'Ab cd';
    const n = normalize(text);
    expect(originalRange(text, n.map, 3, 3)).toEqual([3, 3]);
  });
});

describe('normalised buffers', () => {
  it('creates an empty buffer with room for the end offset', () => {
    const b = createNormalizedBuffer(4);
    expect(b.length).toBe(0);
    expect(b.buf.length).toBe(4);
    expect(b.map.length).toBe(5);
  });

  it('turns a range of code units into a string, also across its 8192-unit chunks', () => {
    const text = 'abcdefghij'.repeat(2000);
    const buf = Uint16Array.from(text, (c) => c.charCodeAt(0));
    expect(bufferToString(buf, 2, 5)).toBe('cde');
    expect(bufferToString(buf, 1, buf.length)).toBe(text.slice(1));
  });
});
