// @vitest-environment happy-dom
/**
 * Property tests of text extraction and its DOM map (fast-check, happy-dom): for any generated DOM —
 * blocks, inline elements, line breaks, script/style/textarea, comments, open shadow roots with and
 * without a slot, text with any whitespace and Unicode — extraction does not throw, skipped content
 * never reaches the text, every range piece is valid and covers exactly the text of its span, and
 * offsets round-trip through DOM points.
 * A failure prints fast-check's seed and path: rerun with `fc.assert(..., { seed, path })` to reproduce.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, isExcluded } from './extract';
import { BLOCK_SEPARATOR } from './rules';
import type { RangePiece, TextMap } from './text-map';
import { buildDomTree, domTreeArbitrary, type DomTree } from './dom-tree.arbitrary';

afterEach(() => {
  document.body.replaceChildren();
});

/** In script/style/textarea only: must never appear in extracted text. */
const SKIPPED_MARK = '§';
/** In light children of a shadow host without a slot (not rendered): must never appear either. */
const UNSLOTTED_MARK = '¤';

const TEXT_UNITS = [
  'a',
  'b',
  'ø',
  'Æ',
  'å',
  'x',
  'é',
  'e\u0301',
  'İ',
  '😀',
  '-',
  '.',
  ',',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r\n',
  '\u00A0',
  '\u2009',
  '\u00AD',
  '\u200B',
];

const treeArb = domTreeArbitrary({
  text: fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 10 }),
  // Whitespace-only text: what sits between tags in real HTML.
  space: fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r\n'), minLength: 1, maxLength: 3 }),
  comments: true,
  skippedMark: SKIPPED_MARK,
  inline: ['span', 'b', 'em', 'a', 'sup'],
  block: ['p', 'div', 'li'],
  hostTags: ['span', 'div'],
  maxChildren: 5,
});

/** A page: a root <div> holding the generated trees, attached to the document. */
function page(trees: DomTree[]): HTMLElement {
  const root = document.createElement('div');
  for (const t of trees) root.append(...buildDomTree(document, t, { unslottedMark: UNSLOTTED_MARK }));
  document.body.replaceChildren(root);
  return root;
}

const pageArb = fc.array(treeArb, { maxLength: 8 });

/** For each text offset: does it come from a text node (true) or from an inserted separator? */
function covered(text: string, map: TextMap): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const n of map.nodes) {
    const start = map.offsetOf(n, 0)!;
    for (let i = start; i < start + n.data.length; i++) mask[i] = true;
  }
  return mask;
}

/** Text nodes of a tree (document or shadow root) in tree order; shadow roots are separate trees. */
function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/** Every text node of the page, light DOM and every shadow root. */
function allTextNodes(root: Node): Text[] {
  const out = textNodesOf(root);
  const hosts =
    root instanceof Element || root instanceof ShadowRoot || root instanceof Document
      ? [...(root as ParentNode).querySelectorAll('*')]
      : [];
  for (const el of hosts) if (el.shadowRoot) out.push(...allTextNodes(el.shadowRoot));
  return out;
}

/** The text a piece covers, counting only text nodes that are page text (mapped), as a reader sees it. */
function shownText(p: RangePiece, map: TextMap): string {
  const nodes = textNodesOf(p.startContainer.getRootNode());
  const from = nodes.indexOf(p.startContainer);
  const to = nodes.indexOf(p.endContainer);
  let out = '';
  for (let i = from; i <= to; i++) {
    const n = nodes[i]!;
    if (map.offsetOf(n, 0) === null) continue;
    const a = n === p.startContainer ? p.startOffset : 0;
    const b = n === p.endContainer ? p.endOffset : n.data.length;
    out += n.data.slice(a, b);
  }
  return out;
}

const FOLLOWING = 4;

function expectValidPiece(p: RangePiece, text: string, map: TextMap): void {
  for (const [node, offset] of [
    [p.startContainer, p.startOffset],
    [p.endContainer, p.endOffset],
  ] as const) {
    expect(node.nodeType).toBe(3);
    expect(map.offsetOf(node, 0)).not.toBeNull();
    expect(node.isConnected).toBe(true);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(node.data.length);
  }
  // One tree (a Range cannot cross a shadow boundary), start strictly before end.
  expect(p.startContainer.getRootNode()).toBe(p.endContainer.getRootNode());
  if (p.startContainer === p.endContainer) expect(p.startOffset).toBeLessThan(p.endOffset);
  else expect(p.startContainer.compareDocumentPosition(p.endContainer) & FOLLOWING).toBe(FOLLOWING);
  // A piece is one stretch of the text without separators: nodes joined as the reader sees them (it may
  // pass over content that is never shown, like a <script>, but not over a word or block break).
  const from = map.offsetOf(p.startContainer, p.startOffset)!;
  const to = map.offsetOf(p.endContainer, p.endOffset)!;
  expect(text.slice(from, to)).toBe(shownText(p, map));
}

describe('extractText and TextMap on generated DOMs (properties)', () => {
  it('never throws; every shown text node is mapped; script, style, textarea and unslotted light content never reach the text', () => {
    fc.assert(
      fc.property(pageArb, (trees) => {
        const root = page(trees);
        const { text, map } = extractText(root);
        expect(text).not.toContain(SKIPPED_MARK);
        expect(text).not.toContain(UNSLOTTED_MARK);
        // Extracting the whole document gives the same text.
        expect(extractText(document).text).toBe(text);
        for (const n of map.nodes) expect(isExcluded(n)).toBe(false);
        // Nothing shown is lost: every text node with visible characters outside skipped parts is mapped.
        const mapped = new Set<Node>(map.nodes);
        for (const n of allTextNodes(root)) {
          const shown =
            !/^[ \t\n\r\f]*$/.test(n.data) && !n.data.includes(SKIPPED_MARK) && !n.data.includes(UNSLOTTED_MARK);
          if (shown) expect(mapped.has(n), JSON.stringify(n.data)).toBe(true);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('every mapped node sits at its offset, in text order, without overlap; the rest is separators', () => {
    fc.assert(
      fc.property(pageArb, (trees) => {
        const { text, map } = extractText(page(trees));
        let prevEnd = 0;
        for (const n of map.nodes) {
          const start = map.offsetOf(n, 0)!;
          expect(start).toBeGreaterThanOrEqual(prevEnd);
          expect(text.slice(start, start + n.data.length)).toBe(n.data);
          // Between two nodes only separators: nothing, a word separator, or a block separator.
          expect(['', ' ', BLOCK_SEPARATOR]).toContain(text.slice(prevEnd, start));
          prevEnd = start + n.data.length;
        }
        expect(prevEnd).toBe(text.length);
      }),
      { numRuns: 250 },
    );
  });

  it('the pieces of any span are valid and cover exactly its text, separators aside', () => {
    fc.assert(
      fc.property(pageArb, fc.nat(), fc.nat(), (trees, a, b) => {
        const { text, map } = extractText(page(trees));
        const s = a % (text.length + 1);
        const e = b % (text.length + 1);
        const [start, end] = s <= e ? [s, e] : [e, s];
        const mask = covered(text, map);
        let expected = '';
        for (let i = start; i < end; i++) if (mask[i]) expected += text[i];
        const pieces = map.ranges(start, end);
        for (const p of pieces) expectValidPiece(p, text, map);
        expect(pieces.map((p) => shownText(p, map)).join('')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a span inside one block is one piece per stretch of one tree, split only at a shadow boundary or a word break', () => {
    fc.assert(
      fc.property(pageArb, fc.nat(), fc.nat(), (trees, a, b) => {
        const { text, map } = extractText(page(trees));
        const blocks = text.split(BLOCK_SEPARATOR);
        const block = a % blocks.length;
        const from = blocks.slice(0, block).reduce((n, x) => n + x.length + BLOCK_SEPARATOR.length, 0);
        const len = blocks[block]!.length;
        const s = from + (b % (len + 1));
        const e = from + len;
        const pieces = map.ranges(s, e);
        for (let i = 1; i < pieces.length; i++) {
          const prev = pieces[i - 1]!;
          const next = pieces[i]!;
          // Pieces split only where the tree changes (a shadow boundary) or a word separator sits.
          const sameTree = prev.endContainer.getRootNode() === next.startContainer.getRootNode();
          if (sameTree)
            expect(
              text.slice(
                map.offsetOf(prev.endContainer, prev.endOffset)!,
                map.offsetOf(next.startContainer, next.startOffset)!,
              ),
            ).toBe(' ');
        }
        const mask = covered(text, map);
        let expected = '';
        for (let i = s; i < e; i++) if (mask[i]) expected += text[i];
        expect(pieces.map((p) => shownText(p, map)).join('')).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('offset → DOM point → offset is the identity wherever a text node is, for both biases', () => {
    fc.assert(
      fc.property(pageArb, (trees) => {
        const { text, map } = extractText(page(trees));
        const mask = covered(text, map);
        for (let o = 0; o <= text.length; o++) {
          for (const bias of ['forward', 'backward'] as const) {
            const p = map.point(o, bias);
            if (p) {
              expect(map.offsetOf(p.node, 0)).not.toBeNull();
              expect(p.offset).toBeGreaterThanOrEqual(0);
              expect(p.offset).toBeLessThanOrEqual(p.node.data.length);
            }
          }
          // Forward: the point is before the character at o, in its node; backward: after the one
          // before o, in that character's node (they differ at a boundary between two nodes).
          if (o < text.length && mask[o]) {
            const f = map.point(o, 'forward')!;
            expect(map.offsetOf(f.node, f.offset)).toBe(o);
            expect(f.offset).toBeLessThan(f.node.data.length);
          }
          if (o > 0 && mask[o - 1]) {
            const k = map.point(o, 'backward')!;
            expect(map.offsetOf(k.node, k.offset)).toBe(o);
            expect(k.offset).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
