/** Compiling, phases 2–5: declarations merged into terms, with their context rules, guards and weights. */
import { isWordUnit } from '../match/chars';
import type { CompiledTerm } from '../match/compiled';
import { LexiconError, termKey, type Decl } from './declarations';

/** A term being compiled: position ids instead of indices, compounding as booleans. */
export type Draft = Omit<CompiledTerm, 'positions' | 'first' | 'head'> & {
  positions: string[];
  first: boolean;
  head: boolean;
};

/** The terms merged from the declarations, and which term each declaration became. */
export interface Merged {
  terms: Draft[];
  /** Per declaration (same order): its term's index. */
  declTerm: number[];
  termsByKey: Map<string, number[]>;
  /** Per term key: the positions declaring it. */
  sharedBy: Map<string, Set<string>>;
}

function defaultWeight(key: string, sharedBy: number): number {
  const letters = key.replace(/[^\p{L}\p{N}]/gu, '').length;
  const length = Math.min(1, 0.3 + 0.05 * letters);
  return length / Math.sqrt(sharedBy);
}

/** Phase 2: declarations of the same term (same spelling, inflection and compounding) merged across positions. */
export function mergeTerms(decls: Decl[]): Merged {
  // Drafts carry position ids; the result refers to them by index.
  const terms: Draft[] = [];
  const termOf = new Map<string, number>();
  const termsByKey = new Map<string, number[]>();
  const sharedBy = new Map<string, Set<string>>();
  const declTerm: number[] = [];
  for (const d of decls) {
    const infl = d.spec.infl ?? 'noun';
    const comp = d.spec.compound;
    const id = `${d.key}\u0000${infl}\u0000${comp ?? ''}`;
    let ti = termOf.get(id);
    if (ti === undefined) {
      ti = terms.length;
      termOf.set(id, ti);
      terms.push({
        t: d.spec.t,
        infl,
        first: comp === 'first' || comp === 'both',
        head: comp === 'head' || comp === 'both',
        positions: [],
        needs: [],
        weight: 0,
        ...(d.spec.lang ? { lang: d.spec.lang } : {}),
      });
      termsByKey.set(d.key, [...(termsByKey.get(d.key) ?? []), ti]);
    }
    const term = terms[ti]!;
    if (term.lang !== d.spec.lang) delete term.lang;
    if (!term.positions.includes(d.position)) {
      term.positions.push(d.position);
      term.needs.push(null);
    }
    if (!sharedBy.has(d.key)) sharedBy.set(d.key, new Set());
    sharedBy.get(d.key)!.add(d.position);
    declTerm.push(ti);
  }
  return { terms, declTerm, termsByKey, sharedBy };
}

/** Phase 3: context rules (`needs`), resolved to term indices. */
export function resolveNeeds(decls: Decl[], { terms, declTerm, termsByKey }: Merged): void {
  const keys = terms.map((t) => termKey(t.t));
  const termsOfPosition = new Map<string, number[]>();
  terms.forEach((t, ti) => {
    for (const p of t.positions) termsOfPosition.set(p, [...(termsOfPosition.get(p) ?? []), ti]);
  });
  decls.forEach((d, di) => {
    if (!d.spec.needs) return;
    const ti = declTerm[di]!;
    const term = terms[ti]!;
    const fail = (reason: string): never => {
      throw new LexiconError(d.position, d.spec.t, reason);
    };
    let need: number[];
    if (d.spec.needs[0] === '*') {
      need = termsOfPosition.get(d.position)!.filter((oi) => oi !== ti && keys[oi] !== d.key);
      if (need.length === 0) fail('needs ["*"] but the position has no other term');
      (term.needsAny ??= term.positions.map(() => false))[term.positions.indexOf(d.position)] = true;
    } else {
      need = [];
      for (const name of d.spec.needs) {
        const k = termKey(name);
        if (k === d.key) fail(`needs itself ("${name}")`);
        const found = termsByKey.get(k);
        if (!found) fail(`needs "${name}", which is no term of the lexicon`);
        need.push(...found!);
      }
    }
    // A term is declared at most once per position, so its slot is this declaration's alone.
    term.needs[term.positions.indexOf(d.position)] = [...new Set(need)].sort((a, b) => a - b);
  });
}

/**
 * Phase 4: negative contexts. Every distinct word becomes a guard term (no positions, never a hit), and each
 * declaration's slot lists its guards. Guards come after the real terms, so "*" never includes them.
 */
export function addGuards(decls: Decl[], { terms, declTerm }: Merged): Map<string, number> {
  const guardOf = new Map<string, number>();
  decls.forEach((d, di) => {
    if (!d.spec.unless) return;
    const term = terms[declTerm[di]!]!;
    const guards = d.spec.unless.map((u) => {
      const k = termKey(u);
      let gi = guardOf.get(k);
      if (gi === undefined) {
        gi = terms.length;
        guardOf.set(k, gi);
        // A word inflects as a noun and may start a compound; "Presidenten:" is matched as written.
        const exact = !isWordUnit(k.charCodeAt(k.length - 1));
        terms.push({
          t: u,
          infl: exact ? 'none' : 'noun',
          first: !exact,
          head: false,
          positions: [],
          needs: [],
          weight: 0,
          guard: true,
        });
      }
      return gi;
    });
    term.unless ??= term.positions.map(() => null);
    term.unless[term.positions.indexOf(d.position)] = [...new Set(guards)].sort((a, b) => a - b);
  });
  return guardOf;
}

/**
 * Phase 5: weights, declared or derived from length and sharing. A declared weight is a reviewer's decision
 * (a law named in passing weighs little), so it wins over any position's default; between declared weights
 * the highest wins.
 */
export function assignWeights(decls: Decl[], { terms, declTerm, sharedBy }: Merged): void {
  const declared = new Set<number>();
  decls.forEach((d, di) => {
    if (d.spec.weight !== undefined) declared.add(declTerm[di]!);
  });
  decls.forEach((d, di) => {
    const ti = declTerm[di]!;
    if (declared.has(ti) && d.spec.weight === undefined) return;
    const term = terms[ti]!;
    const w = d.spec.weight ?? defaultWeight(d.key, sharedBy.get(d.key)!.size);
    term.weight = Math.max(term.weight, w);
  });
}
