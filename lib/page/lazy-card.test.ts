// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Card, ShowOptions } from '../card';
import { createLazyCard, type CardFactory } from './lazy-card';

function fakeFactory() {
  const shown: ShowOptions[] = [];
  const factory: CardFactory = () =>
    ({
      host: document.createElement('div'),
      root: null as unknown as ShadowRoot,
      isOpen: false,
      show: (o: ShowOptions) => void shown.push(o),
      reposition: vi.fn(),
      hide: vi.fn(),
      contains: () => true,
      destroy: vi.fn(),
    }) as Card;
  return { factory, shown };
}
const show = (x: number): ShowOptions => ({ anchor: { left: x, top: 0, right: x + 10, bottom: 10 }, positions: [] });

describe('lazy card', () => {
  it('loads the card code once, on the first show, and shows the latest request', async () => {
    const { factory, shown } = fakeFactory();
    const load = vi.fn(async () => factory);
    const card = createLazyCard(document, {}, load);
    expect(load).not.toHaveBeenCalled();
    card.show(show(1));
    card.show(show(2));
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]!.anchor.left).toBe(2);
    card.show(show(3));
    expect(shown).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not show a card that was hidden while loading, and retries after a failed load', async () => {
    const { factory, shown } = fakeFactory();
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(factory);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = createLazyCard(document, {}, load);
    card.show(show(1));
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    card.show(show(2));
    card.hide();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 0));
    expect(shown).toHaveLength(0);
  });

  it('a show that waited for the code is prepared once it has loaded (the group line comes with it)', async () => {
    const { factory, shown } = fakeFactory();
    const prepare = vi.fn((o: ShowOptions): ShowOptions => ({ ...o, focusFirst: true }));
    const card = createLazyCard(document, {}, async () => factory, prepare);
    card.show(show(1));
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]!.focusFirst).toBe(true);
    // Once loaded, shows go straight to the card: their positions were complete when made.
    card.show(show(2));
    expect(shown[1]!.focusFirst).toBeUndefined();
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});
