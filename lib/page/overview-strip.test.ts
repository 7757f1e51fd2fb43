// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverviewStrip, MAX_MEASURED } from './overview-strip';

function hitsIn(doc: Document, n: number) {
  const text = doc.body.appendChild(doc.createTextNode('x'.repeat(n + 1)));
  return Array.from({ length: n }, (_, i) => ({
    span: { startContainer: text, startOffset: i, endContainer: text, endOffset: i + 1 },
    chapterIndex: 1 + (i % 7),
    positionId: 'p',
  }));
}

describe('overview strip', () => {
  afterEach(() => vi.restoreAllMocks());

  it('measures at most MAX_MEASURED hits per pass, spread over all of them (a 10 MB page has 100,000)', async () => {
    const hits = hitsIn(document, MAX_MEASURED * 5 + 3);
    const measured: number[] = [];
    const original = Range.prototype.setStart;
    vi.spyOn(Range.prototype, 'setStart').mockImplementation(function (this: Range, node: Node, offset: number) {
      measured.push(offset);
      return original.call(this, node, offset);
    });
    const strip = createOverviewStrip({ doc: document, hits: () => hits as never, onJump: () => {} });
    strip.update(true);
    await vi.waitFor(() => expect(measured.length).toBeGreaterThan(0), { timeout: 2000 });
    expect(measured.length).toBeLessThanOrEqual(MAX_MEASURED);
    expect(Math.max(...measured)).toBeGreaterThan(MAX_MEASURED * 4); // the end of the page is sampled too
    strip.destroy();
  });
});
