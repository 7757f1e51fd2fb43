/** The painted hits of one document: indexed by block, by text node (dedupe, hit-testing) and tallied per position. */
import type { Painter } from '../highlight/painter';
import { evidenceKey } from '../match/rank';
import type { PageHit } from './scanner';

/** What the page holds of one position, kept up to date as hits come and go (reports stay cheap). */
export interface PositionTally {
  /** Occurrences. */
  count: number;
  /** Per evidence key (lib/match/rank.ts: the term, marked for heading, weak or lone hits): occurrences (for the score). */
  terms: Map<string, number>;
  /** Per surface word, as on the page with whitespace collapsed: occurrences. */
  words: Map<string, number>;
}

const DOCUMENT_FRAGMENT_NODE = 11;

export class HitIndex {
  private readonly tallies = new Map<string, PositionTally>();
  private readonly hitsByBlock = new Map<Node, PageHit[]>();
  /** Painted hits by the text node they start in, then by start offset: dedupe and hit-testing. */
  private byStartNode = new WeakMap<Node, Map<number, PageHit>>();
  private byEndNode = new WeakMap<Node, PageHit[]>();
  /** Open shadow roots that hold hits: hit-testing must name them to see inside. */
  readonly shadowRoots = new Set<ShadowRoot>();

  constructor(private readonly painter: Painter) {}

  /** Every painted hit (unordered). */
  all(): PageHit[] {
    return [...this.hitsByBlock.values()].flat();
  }

  /** The painted hits in document order (for next/previous). */
  inOrder(): PageHit[] {
    return this.all().sort((a, b) => {
      if (a.span.startContainer === b.span.startContainer) return a.span.startOffset - b.span.startOffset;
      const pos = a.span.startContainer.compareDocumentPosition(b.span.startContainer);
      return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
    });
  }

  /** Per position: occurrences, term and word counts of the painted hits. */
  tally(): ReadonlyMap<string, PositionTally> {
    return this.tallies;
  }

  /** The painted hit at a DOM point (from caretPositionFromPoint), if any. */
  at(node: Node, offset: number): PageHit | undefined {
    for (const hit of this.byStartNode.get(node)?.values() ?? []) {
      const endsHere = hit.span.endContainer === node;
      if (hit.span.startOffset <= offset && (!endsHere || offset < hit.span.endOffset)) return hit;
    }
    for (const hit of this.byEndNode.get(node) ?? []) if (offset < hit.span.endOffset) return hit;
    return undefined;
  }

  /** Forgets every hit (the painter is cleared by the caller). */
  clear(): void {
    this.hitsByBlock.clear();
    this.tallies.clear();
    this.byStartNode = new WeakMap();
    this.byEndNode = new WeakMap();
    this.shadowRoots.clear();
  }

  /** Indexes a new hit; returns null when the same hit (or a longer one at the same start) is painted. */
  record(hit: PageHit): PageHit | null {
    const startNode = hit.span.startContainer;
    let starts = this.byStartNode.get(startNode);
    if (!starts) {
      starts = new Map();
      this.byStartNode.set(startNode, starts);
    }
    const existing = starts.get(hit.span.startOffset);
    if (existing) {
      if (existing.hit.end - existing.hit.start >= hit.hit.end - hit.hit.start) return null;
      this.remove([existing]);
    }
    starts.set(hit.span.startOffset, hit);
    const root = startNode.getRootNode();
    if (root.nodeType === DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) this.shadowRoots.add(root as ShadowRoot);
    if (hit.span.endContainer !== startNode) {
      const ends = this.byEndNode.get(hit.span.endContainer) ?? [];
      ends.push(hit);
      this.byEndNode.set(hit.span.endContainer, ends);
    }
    const list = this.hitsByBlock.get(hit.block) ?? [];
    list.push(hit);
    this.hitsByBlock.set(hit.block, list);
    this.count(hit, 1);
    return hit;
  }

  /** Unpaints and forgets these hits. */
  remove(hits: PageHit[]): void {
    if (!hits.length) return;
    this.painter.remove(hits);
    for (const hit of hits) {
      this.count(hit, -1);
      this.byStartNode.get(hit.span.startContainer)?.delete(hit.span.startOffset);
      const ends = this.byEndNode.get(hit.span.endContainer);
      if (ends)
        this.byEndNode.set(
          hit.span.endContainer,
          ends.filter((h) => h !== hit),
        );
      const list = this.hitsByBlock.get(hit.block);
      if (list) {
        const rest = list.filter((h) => h !== hit);
        if (rest.length) this.hitsByBlock.set(hit.block, rest);
        else this.hitsByBlock.delete(hit.block);
      }
    }
  }

  /** Removes the hits of every block inside `root`. */
  removeWithin(root: Node): void {
    for (const [block, hits] of [...this.hitsByBlock]) if (root.contains(block)) this.remove(hits);
  }

  /** Forgets hits in blocks the page removed. */
  dropStale(): void {
    for (const [block, hits] of [...this.hitsByBlock]) {
      if (!block.isConnected) this.remove(hits);
    }
  }

  private count(hit: PageHit, delta: 1 | -1): void {
    const word = hit.hit.text.replace(/\s+/g, ' ');
    for (const id of hit.hit.positions) {
      let t = this.tallies.get(id);
      if (!t) {
        t = { count: 0, terms: new Map(), words: new Map() };
        this.tallies.set(id, t);
      }
      t.count += delta;
      const bump = (m: Map<string, number>, k: string) => {
        const n = (m.get(k) ?? 0) + delta;
        if (n > 0) m.set(k, n);
        else m.delete(k);
      };
      // By evidence key (term, marked when in a heading, weak or lone), so the score is what rank() gives.
      bump(t.terms, evidenceKey(hit.hit, id));
      bump(t.words, word);
      if (t.count <= 0) this.tallies.delete(id);
    }
  }
}
