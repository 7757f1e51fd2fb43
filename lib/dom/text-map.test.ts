// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from './extract';
import type { RangePiece } from './text-map';

afterEach(() => {
  document.body.replaceChildren();
});

function page(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

function pieceText(p: RangePiece): string {
  const r = document.createRange();
  r.setStart(p.startContainer, p.startOffset);
  r.setEnd(p.endContainer, p.endOffset);
  return r.toString();
}

/** A random tree of our own: text, inline and block elements, images (word breaks). */
type Tree = { text: string } | { tag: string; children: Tree[] };
const INLINE = ['b', 'i', 'span', 'a', 'em', 'strong', 'mark', 'sup'];
const BLOCK = ['p', 'div', 'li', 'h2', 'td', 'section', 'blockquote'];
const treeArb = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'b', 'æ', 'ø', 'å', ' ', '-', '\u00ad', '\u00a0'), maxLength: 8 }),
    }),
    fc.record({ tag: fc.constantFrom(...INLINE, ...BLOCK, 'img'), children: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
}));

function build(t: Tree): Node {
  if ('text' in t) return document.createTextNode(t.text);
  const el = document.createElement(t.tag);
  if (t.tag !== 'img') for (const c of t.children) el.append(build(c));
  return el;
}

/** Which text offsets come from a text node (not from an inserted separator), found per node. */
function covered(text: string, map: ReturnType<typeof extractText>['map']): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const n of map.nodes) {
    const start = map.offsetOf(n, 0)!;
    expect(text.slice(start, start + n.data.length)).toBe(n.data);
    for (let i = start; i < start + n.data.length; i++) mask[i] = true;
  }
  return mask;
}

describe('mapping round trips (random trees)', () => {
  it('the DOM text between the mapped positions of any span equals text.slice, inserted separators aside', () => {
    fc.assert(
      fc.property(fc.array(treeArb.node, { maxLength: 6 }), fc.nat(), fc.nat(), (trees, a, b) => {
        const root = document.createElement('div');
        for (const t of trees) root.append(build(t));
        document.body.replaceChildren(root);
        const { text, map } = extractText(root);
        const s = text.length ? a % (text.length + 1) : 0;
        const e = text.length ? b % (text.length + 1) : 0;
        const [start, end] = s <= e ? [s, e] : [e, s];
        const mask = covered(text, map);
        let expected = '';
        for (let i = start; i < end; i++) if (mask[i]) expected += text[i];
        expect(map.ranges(start, end).map(pieceText).join('')).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('offset → DOM point → offset is the identity wherever there is a text node', () => {
    fc.assert(
      fc.property(fc.array(treeArb.node, { maxLength: 6 }), (trees) => {
        const root = document.createElement('div');
        for (const t of trees) root.append(build(t));
        document.body.replaceChildren(root);
        const { text, map } = extractText(root);
        const mask = covered(text, map);
        for (let o = 0; o <= text.length; o++) {
          const inSeparator = !mask[o];
          const afterSeparator = o === 0 || !mask[o - 1];
          const f = map.point(o, 'forward');
          if (!inSeparator && o < text.length) expect(f && map.offsetOf(f.node, f.offset)).toBe(o);
          const bk = map.point(o, 'backward');
          if (!afterSeparator) expect(bk && map.offsetOf(bk.node, bk.offset)).toBe(o);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('spans and points', () => {
  it('a phrase across nested inline elements is ONE piece spanning several text nodes', () => {
    const root = page('<p>etter <a href="#"><b>plan</b>- og <i>bygnings</i></a>loven i dag</p>');
    const { text, map } = extractText(root);
    const start = text.indexOf('plan');
    const end = text.indexOf(' i dag');
    const pieces = map.ranges(start, end);
    expect(pieces).toHaveLength(1);
    const [p] = pieces;
    expect(p!.startContainer).toBe(root.querySelector('b')!.firstChild);
    expect(p!.startOffset).toBe(0);
    expect(p!.endContainer.data).toBe('loven i dag');
    expect(p!.endOffset).toBe('loven'.length);
    expect(pieceText(p!)).toBe('plan- og bygningsloven');
    // Usable as a StaticRange where the DOM has one.
    if (typeof StaticRange !== 'undefined') expect(new StaticRange(p!).collapsed).toBe(false);
  });

  it('a span across a block separator becomes one piece per block', () => {
    const root = page('<p>første avsnitt</p><p>andre avsnitt</p>');
    const { text, map } = extractText(root);
    const pieces = map.ranges(text.indexOf('avsnitt'), text.indexOf(' avsnitt', 10));
    expect(pieces.map(pieceText)).toEqual(['avsnitt', 'andre']);
  });

  it('a span across a shadow boundary becomes one piece per tree', () => {
    const root = page('<p>øremerkede <x-ord></x-ord></p>');
    root.querySelector('x-ord')!.attachShadow({ mode: 'open' }).append('midler');
    const { text, map } = extractText(root);
    expect(text).toBe('øremerkede midler');
    const pieces = map.ranges(0, text.length);
    expect(pieces).toHaveLength(2);
    expect(pieces.map(pieceText)).toEqual(['øremerkede ', 'midler']);
  });

  it('a point on a node boundary or in a separator depends on the bias', () => {
    const root = page('<p>ab<b>cd</b></p><p>ef</p>');
    const { map } = extractText(root); // "abcd\n\nef"
    const ab = root.querySelector('p')!.firstChild as Text;
    const cd = root.querySelector('b')!.firstChild as Text;
    const ef = root.querySelectorAll('p')[1]!.firstChild as Text;
    expect(map.point(2, 'forward')).toEqual({ node: cd, offset: 0 });
    expect(map.point(2, 'backward')).toEqual({ node: ab, offset: 2 });
    expect(map.point(5, 'forward')).toEqual({ node: ef, offset: 0 });
    expect(map.point(5, 'backward')).toEqual({ node: cd, offset: 2 });
    expect(map.point(0, 'backward')).toBeNull();
    expect(map.point(8, 'forward')).toBeNull();
    expect(map.point(8, 'backward')).toEqual({ node: ef, offset: 2 });
  });

  it('offsetOf answers null for nodes that are not page text, and clamps offsets', () => {
    const root = page('<p>synlig<script>skjult</script></p>');
    const { map } = extractText(root);
    expect(map.offsetOf(root.querySelector('script')!.firstChild!, 0)).toBeNull();
    expect(map.offsetOf(root.querySelector('p')!, 0)).toBeNull();
    expect(map.offsetOf(root.querySelector('p')!.firstChild!, 99)).toBe('synlig'.length);
    expect(map.size).toBe(1);
  });

  it('an empty or inverted span has no pieces', () => {
    const { map } = extractText(page('<p>tekst</p>'));
    expect(map.ranges(2, 2)).toEqual([]);
    expect(map.ranges(3, 1)).toEqual([]);
  });
});
