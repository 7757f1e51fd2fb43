// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mark } from './painter';
import { createWrapPainter } from './wrap-painter';

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

describe('wrap painter', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '';
    root = document.createElement('div');
    root.innerHTML = '<p>Unngå bindende bemanningsnormer og <b>øremerkede</b> midler i kommunene.</p>';
    document.body.append(root);
  });

  it('wraps marks and unwraps them back to the identical DOM', () => {
    const before = root.innerHTML;
    const [t1, t2, t3] = textNodes(root);
    const at = t1!.data.indexOf('bemanningsnormer');
    const marks: Mark[] = [
      { span: { startContainer: t1!, startOffset: at, endContainer: t1!, endOffset: at + 16 }, chapterIndex: 1 },
      { span: { startContainer: t2!, startOffset: 0, endContainer: t3!, endOffset: 7 }, chapterIndex: 3 },
    ];
    const painter = createWrapPainter(document);
    painter.add(marks);
    const wrapped = [...root.querySelectorAll('mark[data-standpunkt-mark]')].map((m) => m.textContent);
    expect(wrapped).toEqual(['bemanningsnormer', 'øremerkede', ' midler']);
    expect(root.textContent).toBe('Unngå bindende bemanningsnormer og øremerkede midler i kommunene.');
    expect(painter.markOf(root.querySelector('mark')!)).toBe(marks[0]);
    painter.setFocus(marks[1]!);
    expect(root.querySelectorAll('mark[data-standpunkt-focus]')).toHaveLength(2);
    // The «same demand» style: an attribute on each piece of the marks, gone when cleared.
    painter.setSame([marks[0]!]);
    expect([...root.querySelectorAll('mark[data-standpunkt-same]')].map((m) => m.textContent)).toEqual([
      'bemanningsnormer',
    ]);
    painter.setSame([]);
    expect(root.querySelectorAll('mark[data-standpunkt-same]')).toHaveLength(0);
    painter.clear();
    expect(root.innerHTML).toBe(before);
    // The page's own text nodes are still the ones in the DOM.
    expect(textNodes(root)[0]).toBe(t1);
    painter.destroy();
  });

  it('puts a stylesheet on the page and takes it away on destroy', () => {
    const count = () =>
      document.adoptedStyleSheets.length + document.querySelectorAll('style[data-standpunkt-ui]').length;
    const before = count();
    const painter = createWrapPainter(document);
    painter.ensureStyle();
    expect(count()).toBe(before + 1);
    painter.destroy();
    expect(count()).toBe(before);
  });
});

describe('wrap painter and skipped elements', () => {
  it('never wraps the text of a <style> inside a span', () => {
    document.body.innerHTML = '<p>øremerkede <style>p{color:red}</style>midler</p>';
    const p = document.querySelector('p')!;
    const first = p.firstChild as Text;
    const last = p.lastChild as Text;
    const painter = createWrapPainter(document);
    painter.add([
      { span: { startContainer: first, startOffset: 0, endContainer: last, endOffset: 6 }, chapterIndex: 1 },
    ]);
    expect(document.querySelector('style')!.parentElement).toBe(p);
    expect(document.querySelector('style')!.textContent).toBe('p{color:red}');
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['øremerkede ', 'midler']);
    painter.destroy();
    expect(p.innerHTML).toBe('øremerkede <style>p{color:red}</style>midler');
  });
});
