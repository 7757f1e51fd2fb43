import { describe, expect, it } from 'vitest';
import { collapse, snippetAround } from './snippet';

describe('collapse', () => {
  it('collapses whitespace, drops soft hyphens and keeps the hit on the same word', () => {
    const text = '  Kommunene\n   trenger   inn\u00adsigelse  nå. ';
    const start = text.indexOf('inn');
    const end = text.indexOf('  nå');
    const c = collapse(text, start, end);
    expect(c.text).toBe('Kommunene trenger innsigelse nå.');
    expect(c.text.slice(c.mark.start, c.mark.end)).toBe('innsigelse');
  });
});

describe('snippetAround', () => {
  const words = Array.from({ length: 80 }, (_, i) => `ord${i}`);
  const text = words.join(' ');

  it('keeps a short paragraph whole', () => {
    expect(snippetAround('Kort avsnitt.', 0, 4, 200)).toEqual({ text: 'Kort avsnitt.', mark: { start: 0, end: 4 } });
  });

  it('cuts a long paragraph at word boundaries with «…» and keeps the mark on the hit', () => {
    const start = text.indexOf('ord40');
    const s = snippetAround(text, start, start + 5, 100);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(102);
    expect(s.text.length).toBeGreaterThan(80);
    expect(s.text.slice(s.mark.start, s.mark.end)).toBe('ord40');
    // Whole words: every word between the ellipses is one of the paragraph's.
    for (const w of s.text.slice(1, -1).split(' ')) expect(words).toContain(w);
  });

  it('uses the room after the hit when the hit is near the start', () => {
    const s = snippetAround(text, 5, 9, 100);
    expect(s.text.startsWith('ord0 ')).toBe(true);
    expect(s.text.slice(s.mark.start, s.mark.end)).toBe('ord1');
    expect(s.text.endsWith('…')).toBe(true);
  });

  it('uses the room before the hit when the hit is near the end', () => {
    const start = text.indexOf('ord79');
    const s = snippetAround(text, start, start + 5, 100);
    expect(s.text.endsWith('ord79')).toBe(true);
    expect(s.text.length).toBeGreaterThan(80);
    expect(s.text.slice(s.mark.start, s.mark.end)).toBe('ord79');
  });

  it('keeps a hit longer than the room whole', () => {
    const s = snippetAround(text, 10, 150, 50);
    expect(s.text.slice(s.mark.start, s.mark.end)).toBe(text.slice(10, 150));
  });
});
