/**
 * One colour per chapter. Highlights set both background and text colour, so they read the same on light
 * and dark pages: the contrast that matters is ours (text on our background), checked in the tests.
 */
export interface HighlightStyle {
  background: string;
  color: string;
}

export const TEXT_ON_HIGHLIGHT = '#111111';

/** Pastel backgrounds, distinct in hue, each ≥ 7:1 against TEXT_ON_HIGHLIGHT. Index 0 is chapter 1. */
export const CHAPTER_BACKGROUNDS: readonly string[] = [
  '#ffe27a', // 1 lokaldemokrati — yellow
  '#b8dcff', // 2 innovasjon og digitalisering — blue
  '#ffc999', // 3 næringsliv — orange
  '#f5bfe0', // 4 velferd — pink
  '#bdebb4', // 5 klima og miljø — green
  '#d9c9ff', // 6 barn og unge — lavender
  '#a9ece6', // 7 yrkesdeltakelse — teal
];

/** The highlight that has keyboard focus or an open card: inverted, so it stands out from every chapter. */
export const FOCUS_STYLE: HighlightStyle = { background: '#0b3a75', color: '#ffffff' };

export function chapterStyle(chapterIndex: number): HighlightStyle {
  const n = CHAPTER_BACKGROUNDS.length;
  const i = (((chapterIndex - 1) % n) + n) % n;
  return { background: CHAPTER_BACKGROUNDS[i]!, color: TEXT_ON_HIGHLIGHT };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h!, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
