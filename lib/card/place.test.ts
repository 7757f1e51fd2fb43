import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard, SIDE_MIN_WIDTH, type Placement, type RectLike, type Size } from './place';

const viewport = { width: 1000, height: 800 };
/** A card 380 px wide and 200 px high at that width; narrower, its text wraps onto more lines. */
const content =
  (height = 200) =>
  (width: number) =>
    Math.ceil((height * 380) / width);

function word(left: number, top: number, width = 80, height = 20): RectLike {
  return { left, top, right: left + width, bottom: top + height };
}
function rect(left: number, top: number, right: number, bottom: number): RectLike {
  return { left, top, right, bottom };
}

/** The box the card takes: its width, and its content height capped to the room it was given. */
function box(p: Placement, heightAt: (w: number) => number): RectLike {
  const h = Math.min(heightAt(p.width), p.maxHeight);
  return rect(p.left, p.top, p.left + p.width, p.top + h);
}
const intersects = (a: RectLike, b: RectLike) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: RectLike, vp: Size) => a.left >= 0 && a.top >= 0 && a.right <= vp.width && a.bottom <= vp.height;

describe('placeCard: below or above the line', () => {
  const place = (anchor: RectLike, height = 200, vp: Size = viewport) =>
    placeCard({ anchor, viewport: vp, width: 380, heightAt: content(height) });

  it('goes below the word when there is room', () => {
    const a = word(100, 100);
    const p = place(a);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 120 + GAP, width: 380, visible: true });
    expect(intersects(a, box(p, content()))).toBe(false);
  });

  it('goes above the word when there is no room below', () => {
    const a = word(100, 700);
    const p = place(a);
    expect(p).toMatchObject({ side: 'above', top: 700 - GAP - 200 });
    expect(intersects(a, box(p, content()))).toBe(false);
  });

  it('stays below exactly at the limit, and flips one pixel later', () => {
    const fitsBelow = 800 - MARGIN - GAP - 200 - 20; // anchor top where the card just fits
    expect(place(word(100, fitsBelow)).side).toBe('below');
    expect(place(word(100, fitsBelow + 1)).side).toBe('above');
  });

  it('clamps horizontally inside the viewport', () => {
    expect(place(word(900, 100)).left).toBe(1000 - MARGIN - 380);
    expect(place(word(-40, 100)).left).toBe(MARGIN);
  });

  it('fits a narrow viewport: width capped, pinned to the margin', () => {
    const p = place(word(200, 100), 200, { width: 320, height: 800 });
    expect(p.width).toBe(320 - 2 * MARGIN);
    expect(p.left).toBe(MARGIN);
  });

  it('when it fits on neither side, takes the roomier side and caps its height to that room', () => {
    const low = word(100, 500); // 294 px below, 486 above
    const p = place(low, 700);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(500 - GAP - MARGIN);
    expect(p.top).toBe(MARGIN);
    expect(intersects(low, box(p, content(700)))).toBe(false);

    const high = word(100, 200);
    const q = place(high, 700);
    expect(q.side).toBe('below');
    expect(q.maxHeight).toBe(800 - MARGIN - (220 + GAP));
    expect(intersects(high, box(q, content(700)))).toBe(false);
  });

  it('reports an anchor scrolled out of view', () => {
    expect(place(word(100, -60)).visible).toBe(false);
    expect(place(word(100, 900)).visible).toBe(false);
    expect(place(word(100, -10)).visible).toBe(true);
  });
});

describe('placeCard: beside the text column', () => {
  it('goes right of a column with room there, level with the line', () => {
    const column = rect(100, 50, 600, 700);
    const a = word(300, 300);
    const p = placeCard({ anchor: a, column, viewport, width: 380, heightAt: content() });
    expect(p).toMatchObject({ side: 'right', left: 600 + GAP, width: 380 });
    expect(p.top).toBeLessThanOrEqual(300);
    expect(p.top + 200).toBeGreaterThan(300);
  });

  it('narrows to the room right of the column, down to SIDE_MIN_WIDTH', () => {
    const room = SIDE_MIN_WIDTH + 20;
    const column = rect(50, 0, 1000 - MARGIN - GAP - room, 800);
    const p = placeCard({ anchor: word(300, 300), column, viewport, width: 380, heightAt: content() });
    expect(p).toMatchObject({ side: 'right', width: room });
  });

  it('goes left of the column when only the left has room', () => {
    const column = rect(400, 0, 990, 800);
    const p = placeCard({ anchor: word(500, 300), column, viewport, width: 380, heightAt: content() });
    expect(p.side).toBe('left');
    expect(p.left + p.width).toBe(400 - GAP);
    expect(p.left).toBeGreaterThanOrEqual(MARGIN);
  });

  it('a column filling the window puts the card above or below the line', () => {
    const column = rect(8, 0, 992, 800);
    expect(placeCard({ anchor: word(300, 100), column, viewport, width: 380, heightAt: content() }).side).toBe('below');
  });

  it('beside the column, stays inside the viewport near its top and bottom edge', () => {
    const column = rect(100, 0, 500, 800);
    const top = placeCard({ anchor: word(200, 2), column, viewport, width: 380, heightAt: content() });
    expect(top.top).toBe(MARGIN);
    const bottom = placeCard({ anchor: word(200, 780), column, viewport, width: 380, heightAt: content() });
    expect(bottom.top + 200).toBe(800 - MARGIN);
  });

  it('a column box narrower than the word still leaves the word free', () => {
    const column = rect(300, 290, 320, 330); // e.g. an inline-block smaller than its overflowing text
    const a = word(300, 300, 200);
    const p = placeCard({ anchor: a, column, viewport, width: 380, heightAt: content() });
    expect(intersects(box(p, content()), a)).toBe(false);
  });
});

describe('placeCard: any viewport from 320 × 400 up', () => {
  const viewports: Size[] = [
    { width: 320, height: 400 },
    { width: 360, height: 640 },
    { width: 640, height: 450 },
    { width: 800, height: 600 },
    { width: 1280, height: 900 },
    { width: 1920, height: 1080 },
  ];
  const heights = [60, 200, 420, 900];
  /** Text columns as pages have them: full width, centred, left-aligned with a sidebar on the right. */
  const columns = (vp: Size): (RectLike | null)[] => [
    null,
    rect(0, 0, vp.width, vp.height),
    rect(vp.width * 0.2, 0, vp.width * 0.8, vp.height),
    rect(16, 0, Math.min(vp.width - 16, 720), vp.height),
  ];

  it('never covers the line being read, stays inside the viewport, leaves room for the buttons', () => {
    let cases = 0;
    for (const vp of viewports) {
      for (const column of columns(vp)) {
        for (let top = 0; top <= vp.height - 20; top += 23) {
          for (const left of [0, vp.width / 3, vp.width - 90]) {
            const a = word(Math.max(column?.left ?? 0, left), top);
            for (const h of heights) {
              const heightAt = content(h);
              const p = placeCard({ anchor: a, column, viewport: vp, width: 380, heightAt });
              const b = box(p, heightAt);
              const what = JSON.stringify({ vp, column, a, h, p });
              // The line: the word across its column (or the word alone when the column is unknown).
              const line = column ? rect(column.left, a.top, column.right, a.bottom) : a;
              if (p.side === 'below' || p.side === 'above') expect(intersects(b, a), what).toBe(false);
              else expect(intersects(b, line), what).toBe(false);
              expect(inside(b, vp), what).toBe(true);
              expect(p.width, what).toBeGreaterThanOrEqual(Math.min(SIDE_MIN_WIDTH, vp.width - 2 * MARGIN));
              // Room for a title line and the buttons (about 90 px) whenever the window has it on either side.
              const room = Math.max(vp.height - MARGIN - a.bottom - GAP, a.top - GAP - MARGIN);
              if (room >= 90) expect(b.bottom - b.top, what).toBeGreaterThanOrEqual(Math.min(90, heightAt(p.width)));
              cases++;
            }
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(1000);
  });

  it('640 × 450 (a 1280 × 900 window at 200 %): a line mid-window gets a card of ~200 px above or below', () => {
    const vp = { width: 640, height: 450 };
    const a = word(100, 215);
    const p = placeCard({ anchor: a, column: rect(0, 0, 640, 450), viewport: vp, width: 380, heightAt: content(420) });
    expect(['below', 'above']).toContain(p.side);
    expect(p.maxHeight).toBeGreaterThanOrEqual(200);
    expect(p.width).toBe(380);
  });

  it('320 × 400: the card takes the window width less the margins', () => {
    const vp = { width: 320, height: 400 };
    const p = placeCard({
      anchor: word(20, 100),
      column: rect(0, 0, 320, 400),
      viewport: vp,
      width: 380,
      heightAt: content(),
    });
    expect(p).toMatchObject({ left: MARGIN, width: 320 - 2 * MARGIN, side: 'below' });
  });
});
