import { describe, expect, it } from 'vitest';
import { CHAPTER_BACKGROUNDS, FOCUS_STYLE, chapterStyle, contrast, luminance } from './colors';

describe('highlight colours', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
    expect(() => luminance('red')).toThrow();
  });
  it('gives every chapter text at AAA contrast on its background', () => {
    for (let i = 1; i <= 7; i++) {
      const s = chapterStyle(i);
      expect(contrast(s.color, s.background), `chapter ${i}`).toBeGreaterThanOrEqual(7);
    }
    expect(contrast(FOCUS_STYLE.color, FOCUS_STYLE.background)).toBeGreaterThanOrEqual(7);
  });
  it('has seven distinct chapter colours, and the focus style differs from all', () => {
    expect(new Set(CHAPTER_BACKGROUNDS).size).toBe(7);
    for (const bg of CHAPTER_BACKGROUNDS) expect(contrast(bg, FOCUS_STYLE.background)).toBeGreaterThan(4.5);
  });
  it('wraps chapter indexes beyond the palette', () => {
    expect(chapterStyle(8)).toEqual(chapterStyle(1));
  });
});
