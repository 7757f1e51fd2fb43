/**
 * The evidence step: per candidate, term and position, whether it counts (context rules `needs`, guards
 * `unless`), whether its company is only weak, and which hits are alone for their chapter in their section.
 */
import type { BlockScopes } from './block-scopes';
import { occursAnywhereIn, occursIn, type Candidate } from './candidate';
import type { CompiledTerm } from './compiled';
import type { Hit } from './types';

/** What the evidence step reads of the matcher's lexicon tables. */
export interface EvidenceTables {
  readonly terms: CompiledTerm[];
  /** Per position index: its chapter (0 = unknown). */
  readonly chapters: number[];
  readonly chapterOf: Map<string, number>;
  readonly maxChapter: number;
  /** Per term: does any of its positions have a context rule? */
  readonly conditional: Uint8Array;
  /** Per term: does any of its positions have a negative context? */
  readonly guarded: Uint8Array;
  /** Per term: its live flags when it has no context rule (all true), shared by all its hits. */
  readonly allLive: boolean[][];
  /** Per term and slot: the needed terms that are anchors (no context rule) of that slot's position. */
  readonly needAnchors: (number[] | null)[][];
}

/**
 * Decide, per term and position, whether each candidate counts. A context-bound term counts when a
 * needed term OCCURS in its section (types.ts, `needs`), whether or not that other hit is
 * context-bound itself: two different ambiguous words of one demand in one section are evidence
 * together, as each alone is not. Weaker company — the needed term elsewhere in the text, or an
 * anchor of another position of the same chapter in the section — keeps the hit, marked weak.
 * Guard words (`unless`) are looked for in the section too: the other field (debt collection, aid,
 * trademarks) is usually named once for a whole section.
 */
export function applyContext(tables: EvidenceTables, scopes: BlockScopes, cands: Candidate[]): void {
  // occurrences[term] = indices (ascending, so in text order) of the candidates carrying it.
  const occurrences: number[][] = [];
  let ruled = false;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    const live: boolean[][] = new Array<boolean[]>(c.terms.length);
    for (let j = 0; j < c.terms.length; j++) {
      const t = c.terms[j]!;
      (occurrences[t] ??= []).push(ci);
      if (tables.conditional[t] || tables.guarded[t]) {
        live[j] = tables.terms[t]!.needs.map((n) => n === null);
        ruled = true;
      } else live[j] = tables.allLive[t]!; // counts everywhere: one shared read-only array per term
    }
    c.live = live;
  }
  if (!ruled) return;
  let anchors: Map<number, number[]> | null = null;
  for (const c of cands) {
    c.terms.forEach((t, j) => {
      const term = tables.terms[t]!;
      if (tables.conditional[t]) {
        term.needs.forEach((need, slot) => {
          if (need === null) return;
          // Strong: any needed term in the block (with its heading), or a needed anchor in the section.
          // Two context-bound words vouch for each other fully only side by side: across a section
          // broad words meet too easily.
          scopes.scope(c.s);
          for (let q = 0; q < need.length; q++) {
            if (occursIn(occurrences[need[q]!], cands, scopes.from, scopes.to, c)) {
              c.live[j]![slot] = true;
              return;
            }
          }
          scopes.section(c.s);
          const needed = tables.needAnchors[t]![slot]!;
          for (let q = 0; q < needed.length; q++) {
            if (occursIn(occurrences[needed[q]!], cands, scopes.from, scopes.to, c)) {
              c.live[j]![slot] = true;
              return;
            }
          }
          let weak = false;
          for (let q = 0; q < need.length && !weak; q++)
            weak = occursIn(occurrences[need[q]!], cands, scopes.from, scopes.to, c);
          for (let q = 0; q < needed.length && !weak; q++)
            weak = occursIn(occurrences[needed[q]!], cands, 0, Infinity, c);
          if (!weak && term.needsAny?.[slot]) {
            const chapter = tables.chapters[term.positions[slot]!] ?? 0;
            anchors ??= anchorsByChapter(tables, cands);
            weak = chapter !== 0 && occursIn(anchors.get(chapter), cands, scopes.from, scopes.to, c);
          }
          if (weak) {
            c.live[j]![slot] = true;
            ((c.weak ??= [])[j] ??= [])[slot] = true;
          }
        });
      }
      if (tables.guarded[t]) {
        term.unless!.forEach((guards, slot) => {
          if (guards === null || !c.live[j]![slot]) return;
          scopes.section(c.s);
          for (let q = 0; q < guards.length; q++) {
            if (occursAnywhereIn(occurrences[guards[q]!], cands, scopes.from, scopes.to)) {
              c.live[j]![slot] = false;
              return;
            }
          }
        });
      }
    });
  }
}

/**
 * Marks, per hit and position, a hit that no other hit of the same chapter accompanies in its
 * section. One pass: hits are in text order, so a section's hits are consecutive.
 */
export function markLone(tables: EvidenceTables, hits: Hit[], chosen: Candidate[], scopes: BlockScopes): void {
  const perChapter = new Int32Array(tables.maxChapter + 1);
  let i = 0;
  while (i < hits.length) {
    const section = scopes.sectionOf(chosen[i]!.s);
    let j = i + 1;
    while (j < hits.length && scopes.sectionOf(chosen[j]!.s) === section) j++;
    perChapter.fill(0);
    for (let k = i; k < j; k++)
      eachChapter(tables, hits[k]!, (ch) => {
        perChapter[ch] = perChapter[ch]! + 1;
      });
    for (let k = i; k < j; k++) {
      const hit = hits[k]!;
      let lone: string[] | undefined;
      for (const p of hit.positions) {
        if (perChapter[tables.chapterOf.get(p) ?? 0]! <= 1) (lone ??= []).push(p);
      }
      if (lone) hit.lone = lone;
    }
    i = j;
  }
}

/** Calls `f` once per distinct chapter of a hit's positions. */
function eachChapter(tables: EvidenceTables, hit: Hit, f: (chapter: number) => void): void {
  const ps = hit.positions;
  for (let a = 0; a < ps.length; a++) {
    const ch = tables.chapterOf.get(ps[a]!) ?? 0;
    let seen = false;
    for (let b = 0; b < a && !seen; b++) seen = (tables.chapterOf.get(ps[b]!) ?? 0) === ch;
    if (!seen) f(ch);
  }
}

/** Per chapter: indices (ascending) of the candidates that are an anchor (no context rule) of one of its positions. */
function anchorsByChapter(tables: EvidenceTables, cands: Candidate[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  cands.forEach((c, ci) => {
    const seen = new Set<number>();
    for (const t of c.terms) {
      const term = tables.terms[t]!;
      term.needs.forEach((need, slot) => {
        const chapter = tables.chapters[term.positions[slot]!] ?? 0;
        if (need !== null || chapter === 0 || seen.has(chapter)) return;
        seen.add(chapter);
        let list = out.get(chapter);
        if (!list) out.set(chapter, (list = []));
        list.push(ci);
      });
    }
  });
  return out;
}
