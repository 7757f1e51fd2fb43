import { describe, expect, it } from 'vitest';
import {
  CHAPTER_BACKGROUNDS,
  CHAPTER_BACKGROUNDS_DARK,
  FOCUS_STYLE,
  FOCUS_STYLE_DARK,
  chapterStyle,
  contrast,
  type ColourScheme,
} from './colors';
import { deltaE } from './contrast';

const SCHEMES: ColourScheme[] = ['light', 'dark'];
const CHAPTERS = [1, 2, 3, 4, 5, 6, 7];

/** The table the palette is judged by: ΔE00 of every pair of chapters, and text contrast per chapter. */
function table(scheme: ColourScheme) {
  const styles = CHAPTERS.map((c) => chapterStyle(c, scheme));
  const pairs = CHAPTERS.flatMap((a, i) =>
    CHAPTERS.slice(i + 1).map((b, j) => ({
      pair: `${a}–${b}`,
      deltaE: deltaE(styles[i]!.background, styles[i + 1 + j]!.background),
    })),
  );
  const text = styles.map((s, i) => ({ chapter: CHAPTERS[i]!, contrast: contrast(s.color, s.background) }));
  return { pairs, text };
}

describe('highlight colours', () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: any two chapter colours differ by CIEDE2000 ΔE ≥ 20`, () => {
      const { pairs } = table(scheme);
      expect(pairs).toHaveLength(21);
      const close = pairs.filter((p) => p.deltaE < 20).map((p) => `${p.pair}: ${p.deltaE.toFixed(1)}`);
      expect(close).toEqual([]);
    });

    it(`${scheme}: text on every chapter colour has WCAG contrast ≥ 4.5:1`, () => {
      const low = table(scheme)
        .text.filter((t) => t.contrast < 4.5)
        .map((t) => `${t.chapter}: ${t.contrast.toFixed(2)}`);
      expect(low).toEqual([]);
    });
  }

  it('keeps AAA (7:1) for text in the light palette, and the focus style at 7:1', () => {
    for (const c of CHAPTERS)
      expect(contrast(chapterStyle(c).color, chapterStyle(c).background)).toBeGreaterThanOrEqual(7);
    expect(contrast(FOCUS_STYLE.color, FOCUS_STYLE.background)).toBeGreaterThanOrEqual(7);
  });

  it('has seven distinct chapter colours per scheme, and the focus style differs from all of them', () => {
    expect(new Set(CHAPTER_BACKGROUNDS).size).toBe(7);
    expect(new Set(CHAPTER_BACKGROUNDS_DARK).size).toBe(7);
    for (const bg of CHAPTER_BACKGROUNDS) expect(deltaE(bg, FOCUS_STYLE.background)).toBeGreaterThanOrEqual(20);
    for (const bg of CHAPTER_BACKGROUNDS_DARK)
      expect(deltaE(bg, FOCUS_STYLE_DARK.background)).toBeGreaterThanOrEqual(20);
    expect(contrast(FOCUS_STYLE_DARK.color, FOCUS_STYLE_DARK.background)).toBeGreaterThanOrEqual(7);
  });

  it('wraps chapter indexes beyond the palette; light is the default scheme', () => {
    expect(chapterStyle(8)).toEqual(chapterStyle(1));
    expect(chapterStyle(2)).toEqual(chapterStyle(2, 'light'));
    expect(chapterStyle(2, 'dark').background).toBe(CHAPTER_BACKGROUNDS_DARK[1]);
  });
});
