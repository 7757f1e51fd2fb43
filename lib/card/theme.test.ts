import { describe, expect, it } from 'vitest';
import { contrast } from '../highlight/colors';
import { CARD_CSS, DARK, LIGHT, type Palette } from './theme';

// WCAG 2.1 AA: 4.5:1 for normal text, 3:1 for focus indicators and the edges of controls.
const TEXT = 4.5;
const UI = 3;

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as [string, Palette][])('%s palette', (_name, p) => {
  it('has AA contrast for every text colour on the card', () => {
    for (const key of ['text', 'muted', 'ok', 'error', 'accent'] as const) {
      expect(contrast(p[key], p.bg), `${key} on bg`).toBeGreaterThanOrEqual(TEXT);
    }
  });

  it('has AA contrast for the primary button text, also when hovered', () => {
    expect(contrast(p.onAccent, p.accent)).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(p.onAccent, p.accentHover)).toBeGreaterThanOrEqual(TEXT);
  });

  it('has a visible focus ring and control edges', () => {
    expect(contrast(p.focus, p.bg)).toBeGreaterThanOrEqual(UI);
    expect(contrast(p.border, p.bg)).toBeGreaterThanOrEqual(UI);
  });
});

describe('contrast function', () => {
  it('gives the known WCAG extremes, so the checks above can fail', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(TEXT);
  });
});

describe('CARD_CSS', () => {
  it('switches palette for dark schemes and animates only without reduced motion', () => {
    expect(CARD_CSS).toContain(`@media (prefers-color-scheme:dark){.card{--bg:${DARK.bg};`);
    expect(CARD_CSS).toMatch(/@media \(prefers-reduced-motion:no-preference\)\{[^}]*animation/);
    expect(CARD_CSS.replace(/@media \(prefers-reduced-motion:no-preference\)\{.*\}\}\}/, '')).not.toContain(
      'animation',
    );
  });

  it('has a visible focus style for buttons', () => {
    expect(CARD_CSS).toMatch(/button:focus-visible\{outline:3px solid var\(--focus\)/);
  });
});
