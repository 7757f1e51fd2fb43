/** Test support: random DOM trees (fast-check) for the property tests of text extraction and scanning. */
import fc from 'fast-check';

export type DomTree =
  | { kind: 'text'; text: string }
  | { kind: 'comment'; text: string }
  /** A text cut in two, the second part inside an inline element ("innsigelses<b>retten</b>"). */
  | { kind: 'split'; text: string; at: number; tag: string }
  | { kind: 'skipped'; tag: 'script' | 'style' | 'textarea'; text: string }
  | { kind: 'element'; tag: string; children: DomTree[] }
  /** An element with an open shadow root; its light children show only through the slot (if any). */
  | { kind: 'host'; tag: string; light: DomTree[]; shadow: DomTree[]; slot: number | null };

export interface DomTreeOptions {
  /** The text of text nodes (and of comments, split and skipped elements). */
  text: fc.Arbitrary<string>;
  /** Whitespace-only text nodes, as between tags in real HTML (off by default). */
  space?: fc.Arbitrary<string>;
  comments?: boolean;
  /** Text cut in two by an inline element (off by default). */
  split?: boolean;
  /** Put before the text of script/style/textarea: what must never be extracted. */
  skippedMark?: string;
  inline: readonly string[];
  block: readonly string[];
  hostTags?: readonly string[];
  /** Most children of one element. */
  maxChildren: number;
}

/** One random node (with its subtree). */
export function domTreeArbitrary(o: DomTreeOptions): fc.Arbitrary<DomTree> {
  const skippedMark = o.skippedMark ?? '';
  const { node } = fc.letrec<{ node: DomTree; nodes: DomTree[] }>((tie) => ({
    nodes: fc.array(tie('node'), { maxLength: o.maxChildren }),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: o.text.map((text): DomTree => ({ kind: 'text', text })) },
      ...(o.space ? [{ weight: 1, arbitrary: o.space.map((text): DomTree => ({ kind: 'text', text })) }] : []),
      ...(o.comments ? [{ weight: 1, arbitrary: o.text.map((text): DomTree => ({ kind: 'comment', text })) }] : []),
      ...(o.split
        ? [
            {
              weight: 2,
              arbitrary: fc
                .record({ text: o.text, at: fc.nat(), tag: fc.constantFrom(...o.inline) })
                .map(({ text, at, tag }): DomTree => ({ kind: 'split', text, at: at % (text.length + 1), tag })),
            },
          ]
        : []),
      {
        weight: 1,
        arbitrary: fc
          .record({ tag: fc.constantFrom('script' as const, 'style' as const, 'textarea' as const), text: o.text })
          .map(({ tag, text }): DomTree => ({ kind: 'skipped', tag, text: skippedMark + text })),
      },
      { weight: 1, arbitrary: fc.constant<DomTree>({ kind: 'element', tag: 'br', children: [] }) },
      {
        weight: 3,
        arbitrary: fc
          .record({ tag: fc.constantFrom(...o.inline, ...o.block), children: tie('nodes') as fc.Arbitrary<DomTree[]> })
          .map(({ tag, children }): DomTree => ({ kind: 'element', tag, children })),
      },
      {
        weight: 1,
        arbitrary: fc
          .record({
            tag: fc.constantFrom(...(o.hostTags ?? ['span'])),
            light: tie('nodes') as fc.Arbitrary<DomTree[]>,
            shadow: tie('nodes') as fc.Arbitrary<DomTree[]>,
            slot: fc.option(fc.nat(), { freq: 2 }),
          })
          .map(({ tag, light, shadow, slot }): DomTree => ({ kind: 'host', tag, light, shadow, slot })),
      },
    ),
  }));
  return node;
}

export interface BuildOptions {
  /** Put before the text of light children that no slot shows (they are never rendered). */
  unslottedMark?: string;
}

/** The nodes of a tree in `doc` (a split gives two). Scripts get a JSON type, so they never run. */
export function buildDomTree(doc: Document, t: DomTree, o: BuildOptions = {}, slotted = true): Node[] {
  switch (t.kind) {
    case 'text':
      return [doc.createTextNode(slotted || o.unslottedMark === undefined ? t.text : o.unslottedMark + t.text)];
    case 'comment':
      return [doc.createComment(t.text)];
    case 'split': {
      const el = doc.createElement(t.tag);
      el.append(t.text.slice(t.at));
      return [doc.createTextNode(t.text.slice(0, t.at)), el];
    }
    case 'skipped': {
      const el = doc.createElement(t.tag);
      if (t.tag === 'script') el.setAttribute('type', 'application/json');
      el.append(t.text);
      return [el];
    }
    case 'element': {
      const el = doc.createElement(t.tag);
      for (const c of t.children) el.append(...buildDomTree(doc, c, o, slotted));
      return [el];
    }
    case 'host': {
      const el = doc.createElement(t.tag);
      for (const c of t.light) el.append(...buildDomTree(doc, c, o, slotted && t.slot !== null));
      const inside = t.shadow.flatMap((c) => buildDomTree(doc, c, o, slotted));
      if (t.slot !== null) inside.splice(t.slot % (inside.length + 1), 0, doc.createElement('slot'));
      el.attachShadow({ mode: 'open' }).append(...inside);
      return [el];
    }
  }
}
