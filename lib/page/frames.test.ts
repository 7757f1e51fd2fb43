// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Interaction } from './interaction';
import { Frames, type FrameHost } from './frames';
import type { Surface } from './surface';

afterEach(() => {
  document.body.replaceChildren();
});

/** A surface that records what is done to it (the real one is tested in the controller and browser tests). */
function fakeSurface(doc: Document) {
  return {
    doc,
    observe: vi.fn(),
    scanAll: vi.fn(async () => {}),
    destroy: vi.fn(),
    scanner: { hitsInOrder: () => [] },
  };
}

function setup(enabled = true) {
  const made: ReturnType<typeof fakeSurface>[] = [];
  const dropped: (Interaction | undefined)[] = [];
  const host: FrameHost = {
    doc: document,
    enabled: () => enabled,
    newSurface: (frameDoc) => {
      const surface = fakeSurface(frameDoc);
      made.push(surface);
      return surface as unknown as Surface;
    },
    newInteraction: () => ({ destroy: vi.fn() }) as unknown as Interaction,
    dropped: (interaction) => dropped.push(interaction),
  };
  return { frames: new Frames(host), made, dropped };
}

const addFrame = (html: string, parent: Element = document.body) => {
  const frame = document.createElement('iframe');
  frame.setAttribute('srcdoc', html);
  parent.append(frame);
  return frame;
};

describe('Frames', () => {
  it('gives each readable frame a surface, observes and scans it once', async () => {
    addFrame('<p>innsigelse</p>');
    addFrame('<p>eiendomsskatt</p>');
    const { frames, made } = setup();
    await frames.scan();
    await frames.scan();
    expect(made).toHaveLength(2);
    for (const s of made) {
      expect(s.observe).toHaveBeenCalledTimes(1);
      expect(s.scanAll).toHaveBeenCalledTimes(1);
    }
    expect(frames.all()).toHaveLength(2);
    expect(frames.interactionOf(made[0]!.doc)).toBeDefined();
  });

  it('observes but does not scan while highlighting is off', async () => {
    addFrame('<p>innsigelse</p>');
    const { frames, made } = setup(false);
    await frames.scan();
    expect(made[0]!.observe).toHaveBeenCalled();
    expect(made[0]!.scanAll).not.toHaveBeenCalled();
  });

  it('drops the surface and interaction of a frame removed from the page', async () => {
    const frame = addFrame('<p>innsigelse</p>');
    const { frames, made, dropped } = setup();
    await frames.scan();
    frame.remove();
    await frames.scan();
    expect(made[0]!.destroy).toHaveBeenCalled();
    expect(dropped).toHaveLength(1);
    expect(frames.all()).toEqual([]);
  });

  it('skips frames without a readable document', async () => {
    const { frames, made } = setup();
    const frame = addFrame('<p>innsigelse</p>');
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    await frames.scan();
    expect(made).toEqual([]);
  });

  it('clear() drops every frame', async () => {
    addFrame('<p>a</p>');
    addFrame('<p>b</p>');
    const { frames, made, dropped } = setup();
    await frames.scan();
    frames.clear();
    expect(made.every((s) => s.destroy.mock.calls.length === 1)).toBe(true);
    expect(dropped).toHaveLength(2);
  });
});
