// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textColumnAt } from './column';

const word = { left: 100, top: 100, right: 160, bottom: 120 };
const box = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top, toJSON() {} }) as DOMRect;

/** happy-dom has no layout: elementsFromPoint and the boxes are given (and inline display spelled out). */
function page(html: string, boxes: Record<string, DOMRect>, stack: string[]) {
  document.body.innerHTML = html;
  for (const [id, r] of Object.entries(boxes))
    vi.spyOn(document.getElementById(id)!, 'getBoundingClientRect').mockReturnValue(r);
  const elements = stack.map((id) =>
    id === 'body' ? document.body : id === 'html' ? document.documentElement : document.getElementById(id)!,
  );
  // happy-dom has no elementsFromPoint at all.
  Object.defineProperty(document, 'elementsFromPoint', { value: () => elements, configurable: true });
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('textColumnAt', () => {
  it('is the nearest block around the word, passing over inline boxes', () => {
    page(
      '<div id="col"><p id="p">Tekst <em id="em" style="display:inline">med <a id="a" href="#" style="display:inline">lenke</a></em></p></div>',
      { p: box(40, 80, 700, 300), col: box(0, 0, 1000, 2000), em: box(90, 100, 200, 120) },
      ['a', 'em', 'p', 'col', 'body', 'html'],
    );
    expect(textColumnAt(document, word)).toEqual({ left: 40, top: 80, right: 700, bottom: 300 });
  });

  it('passes over our own card and an empty box', () => {
    page(
      '<div id="ui" data-standpunkt-ui><div id="inner"></div></div><p id="empty"></p><li id="li">x</li>',
      { inner: box(0, 0, 300, 300), empty: box(0, 0, 0, 0), li: box(20, 90, 500, 130) },
      ['inner', 'ui', 'empty', 'li', 'body'],
    );
    expect(textColumnAt(document, word)).toEqual({ left: 20, top: 90, right: 500, bottom: 130 });
  });

  it('is null for text right in <body> or nothing under the point (the card then goes above or below)', () => {
    page('<span id="s" style="display:inline">x</span>', {}, ['s', 'body', 'html']);
    expect(textColumnAt(document, word)).toBeNull();
    page('', {}, []);
    expect(textColumnAt(document, word)).toBeNull();
  });
});
