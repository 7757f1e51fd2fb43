import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard, type RectLike } from './place';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 200 };

function word(left: number, top: number, width = 80, height = 20): RectLike {
  return { left, top, right: left + width, bottom: top + height };
}

/** The card's box must not intersect the word's box. */
function covers(a: RectLike, p: { left: number; top: number }, size: { width: number; height: number }): boolean {
  return p.left < a.right && p.left + size.width > a.left && p.top < a.bottom && p.top + size.height > a.top;
}

describe('placeCard', () => {
  it('goes below the word when there is room', () => {
    const a = word(100, 100);
    const p = placeCard(a, card, viewport);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 120 + GAP, visible: true });
    expect(covers(a, p, card)).toBe(false);
  });

  it('goes above the word when there is no room below', () => {
    const a = word(100, 700);
    const p = placeCard(a, card, viewport);
    expect(p).toMatchObject({ side: 'above', top: 700 - GAP - 200 });
    expect(covers(a, p, card)).toBe(false);
  });

  it('stays below exactly at the limit, and flips one pixel later', () => {
    const fitsBelow = 800 - MARGIN - GAP - 200 - 20; // anchor top where the card just fits
    expect(placeCard(word(100, fitsBelow), card, viewport).side).toBe('below');
    expect(placeCard(word(100, fitsBelow + 1), card, viewport).side).toBe('above');
  });

  it('clamps horizontally inside the viewport', () => {
    expect(placeCard(word(900, 100), card, viewport).left).toBe(1000 - MARGIN - 380);
    expect(placeCard(word(-40, 100), card, viewport).left).toBe(MARGIN);
  });

  it('fits a narrow viewport: width capped, pinned to the margin', () => {
    const p = placeCard(word(200, 100), card, { width: 320, height: 800 });
    expect(p.maxWidth).toBe(320 - 2 * MARGIN);
    expect(p.left).toBe(MARGIN);
  });

  it('when it fits on neither side, takes the roomier side and caps its height to that room', () => {
    const tall = { width: 380, height: 700 };
    const low = word(100, 500); // 294 px below, 486 above
    const p = placeCard(low, tall, viewport);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(500 - GAP - MARGIN);
    expect(p.top).toBe(MARGIN);
    expect(covers(low, p, { width: 380, height: p.maxHeight })).toBe(false);

    const high = word(100, 200);
    const q = placeCard(high, tall, viewport);
    expect(q.side).toBe('below');
    expect(q.maxHeight).toBe(800 - MARGIN - (220 + GAP));
    expect(covers(high, q, { width: 380, height: q.maxHeight })).toBe(false);
  });

  it('reports an anchor scrolled out of view', () => {
    expect(placeCard(word(100, -60), card, viewport).visible).toBe(false);
    expect(placeCard(word(100, 900), card, viewport).visible).toBe(false);
    expect(placeCard(word(100, -10), card, viewport).visible).toBe(true);
  });

  it('never covers the word, for a sweep of positions and sizes', () => {
    for (let top = 0; top <= 780; top += 37) {
      for (const h of [50, 200, 390, 700]) {
        const a = word(300, top);
        const p = placeCard(a, { width: 380, height: h }, viewport);
        expect(covers(a, p, { width: 380, height: Math.min(h, p.maxHeight) })).toBe(false);
      }
    }
  });
});
