import { describe, expect, it, vi } from 'vitest';
import type { Interaction } from './interaction';
import { Navigation } from './navigation';
import type { PageHit } from './scanner';
import type { Stop } from './stops';

const owner = () => {
  const o = { focused: null as PageHit | null, blur: vi.fn(), focus: vi.fn((hit: PageHit) => (o.focused = hit)) };
  return o as unknown as Interaction & { blur: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> };
};
const hit = (positions: string[]) => ({ hit: { positions } }) as unknown as PageHit;

describe('Navigation', () => {
  const page = owner();
  const frame = owner();
  const a = hit(['x']);
  const b = hit(['y']);
  const c = hit(['x']);
  const frameElement = { scrollIntoView: vi.fn() } as unknown as Element;
  const stops: Stop<Interaction>[] = [
    { hit: a, owner: page, frame: null },
    { hit: b, owner: frame, frame: frameElement },
    { hit: c, owner: page, frame: null },
  ];

  it('steps through the stops, moving the focus between page and frame', () => {
    const nav = new Navigation(() => stops);
    nav.step(1);
    expect(page.focus).toHaveBeenLastCalledWith(a);
    nav.step(1);
    expect(page.blur).toHaveBeenCalled();
    expect(frame.focus).toHaveBeenLastCalledWith(b);
  });

  it('reveals the n-th occurrence of a position, wrapping', () => {
    const nav = new Navigation(() => stops);
    expect(nav.reveal('x', 3)).toEqual({ index: 1, total: 2 });
    expect(page.focus).toHaveBeenLastCalledWith(c);
    expect(nav.reveal('x', -1)).toEqual({ index: 1, total: 2 });
    expect(nav.reveal('z', 0)).toEqual({ index: 0, total: 0 });
  });

  it('forgets a focused frame that went away', () => {
    const nav = new Navigation(() => stops);
    nav.reveal('y', 0);
    frame.blur.mockClear();
    nav.forget(frame);
    nav.step(1);
    expect(frame.blur).not.toHaveBeenCalled();
  });
});
