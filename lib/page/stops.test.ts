// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageHit } from './scanner';
import { nextStop, stopsInOrder } from './stops';

/** A hit whose only part that matters here is the node it starts in. */
const hitIn = (node: Node, text: string): PageHit =>
  ({
    span: { startContainer: node, startOffset: 0, endContainer: node, endOffset: 1 },
    hit: { text },
  }) as unknown as PageHit;

describe('stops across the page and its frames', () => {
  // Stand-ins for the frame elements (happy-dom does not load frames; only their place matters).
  document.body.innerHTML =
    '<p id="a">a</p><div id="f1"></div><p id="b">b</p><div id="f2"></div><div id="empty"></div>';
  const text = (id: string) => document.getElementById(id)!.firstChild!;
  const a = hitIn(text('a'), 'a');
  const b = hitIn(text('b'), 'b');
  // Frame hits live in other documents; only their frame element's place in the page matters.
  const other = document.implementation.createHTMLDocument('frame');
  other.body.innerHTML = '<p>x</p><p>y</p><p>z</p>';
  const [x, y, z] = [...other.querySelectorAll('p')].map((p) => hitIn(p.firstChild!, p.textContent!));
  const f1 = document.getElementById('f1')!;
  const f2 = document.getElementById('f2')!;
  const empty = document.getElementById('empty')!;
  const stops = stopsInOrder({ owner: 'page', hits: [a, b] }, [
    { owner: 'second', element: f2, hits: [z!] },
    { owner: 'first', element: f1, hits: [x!, y!] },
    { owner: 'none', element: empty, hits: [] },
  ]);

  it('puts each frame’s highlights where the frame stands in the page', () => {
    expect(stops.map((s) => `${s.owner}:${s.hit.hit.text}`)).toEqual([
      'page:a',
      'first:x',
      'first:y',
      'page:b',
      'second:z',
    ]);
    expect(stops[1]!.frame).toBe(f1);
    expect(stops[0]!.frame).toBeNull();
  });

  it('steps forward and back through them, wrapping at both ends', () => {
    expect(nextStop(stops, null, 1)!.hit).toBe(a);
    expect(nextStop(stops, null, -1)!.hit).toBe(z);
    expect(nextStop(stops, a, 1)!.hit).toBe(x);
    expect(nextStop(stops, x!, -1)!.hit).toBe(a);
    expect(nextStop(stops, z!, 1)!.hit).toBe(a);
    expect(nextStop(stops, a, -1)!.hit).toBe(z);
    expect(nextStop([], a, 1)).toBeNull();
  });

  it('without frames, the page’s own order', () => {
    expect(stopsInOrder({ owner: 'page', hits: [a, b] }, []).map((s) => s.hit)).toEqual([a, b]);
  });

  it('a frame after the last highlight, or before the first', () => {
    document.body.insertBefore(f2, document.body.firstChild);
    const reordered = stopsInOrder({ owner: 'page', hits: [a, b] }, [{ owner: 'second', element: f2, hits: [z!] }]);
    expect(reordered.map((s) => s.hit.hit.text)).toEqual(['z', 'a', 'b']);
  });
});
