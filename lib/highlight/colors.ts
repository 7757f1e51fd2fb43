/**
 * One colour per chapter, in a light and a dark palette. Highlights set both background and text colour,
 * so the contrast that matters is ours (our text on our background). The palettes are chosen so that any
 * two chapters differ by CIEDE2000 ΔE ≥ 20 and text on each has WCAG contrast ≥ 4.5:1 (colors.test.ts
 * computes the table). Light: near-black text (#111111) on pastels; dark: near-white text (#f2f2f2) on
 * deep tones, for pages and browsers in a dark scheme.
 */
import { contrast, luminance } from './contrast';

export { contrast, luminance };

export interface HighlightStyle {
  background: string;
  color: string;
}

export type ColourScheme = 'light' | 'dark';

export const TEXT_ON_HIGHLIGHT = '#111111';
export const TEXT_ON_HIGHLIGHT_DARK = '#f2f2f2';

/** Light backgrounds, index 0 is chapter 1; each ≥ 7:1 against TEXT_ON_HIGHLIGHT. */
export const CHAPTER_BACKGROUNDS: readonly string[] = [
  '#fae8ab', // 1 lokaldemokrati — yellow
  '#7ed8ff', // 2 innovasjon og digitalisering — blue
  '#d49c77', // 3 næringsliv — orange-brown
  '#f8a9bf', // 4 velferd — pink
  '#8db07b', // 5 klima og miljø — green
  '#b4b1ec', // 6 barn og unge — lavender
  '#a3fbe2', // 7 yrkesdeltakelse — mint
];

/** Dark backgrounds for the same chapters; each ≥ 4.5:1 against TEXT_ON_HIGHLIGHT_DARK. */
export const CHAPTER_BACKGROUNDS_DARK: readonly string[] = [
  '#5a4815', // 1 olive
  '#006f99', // 2 blue
  '#955844', // 3 brown
  '#925378', // 4 plum
  '#47720f', // 5 green
  '#404377', // 6 indigo
  '#007565', // 7 teal
];

/** The highlight that has keyboard focus or an open card: inverted, so it stands out from every chapter. */
export const FOCUS_STYLE: HighlightStyle = { background: '#0b3a75', color: '#ffffff' };
/** The focus among the dark palette's deep tones: inverted the other way, light on dark. */
export const FOCUS_STYLE_DARK: HighlightStyle = { background: '#ffd84d', color: '#111111' };

/**
 * The other occurrences of the demand being pointed at or focused: a line above and below the words, so
 * the mark does not depend on colour (the chapter colour stays as it is).
 */
export const SAME_DEMAND_DECORATION = 'underline overline 2px';

/** The style of a chapter (1-based; wraps beyond the palette). The popup and the card show it beside the name. */
export function chapterStyle(chapterIndex: number, scheme: ColourScheme = 'light'): HighlightStyle {
  const palette = scheme === 'dark' ? CHAPTER_BACKGROUNDS_DARK : CHAPTER_BACKGROUNDS;
  const n = palette.length;
  const i = (((chapterIndex - 1) % n) + n) % n;
  return { background: palette[i]!, color: scheme === 'dark' ? TEXT_ON_HIGHLIGHT_DARK : TEXT_ON_HIGHLIGHT };
}
