/**
 * Lexicon declarations (types.ts) → the compiled lexicon the matcher runs: surface patterns with the
 * morphology of their last word, and per term its positions, compounding, context rules and weight.
 *
 * A pattern is the normalised term up to the STEM of its last word (the lemma minus an elided final
 * -e, say). The matcher finds stems with one automaton pass and then checks what follows the stem
 * against the inflection class's endings or the compounding rule. That keeps the automaton small
 * (one pattern per spelling instead of one per inflected form) and lets a compound run to the end
 * of its word.
 *
 * The result is plain JSON (no Maps, no functions): it can be bundled into the content script.
 */
import { normalize } from '../match/normalize';
import { isWordUnit } from '../match/chars';
import { MAX_VARIANTS, prefixVariants, stemOf } from './morphology';
import {
  COMPILED_VERSION,
  type CompiledLexicon,
  type CompiledPattern,
  type CompiledTerm,
  type PatternRule,
} from '../match/compiled';
import { LexiconError, readDeclarations, termKey, type Decl } from './declarations';
import type { PositionTerms } from './types';

export { LexiconError, termKey } from './declarations';
export {
  COMPILED_VERSION,
  type CompiledLexicon,
  type CompiledPattern,
  type CompiledTerm,
  type PatternRule,
} from '../match/compiled';

/** Normalise one word of a declaration as the matcher normalises page text. */
function normWord(w: string): string {
  return normalize(w).text;
}

function defaultWeight(key: string, sharedBy: number): number {
  const letters = key.replace(/[^\p{L}\p{N}]/gu, '').length;
  const length = Math.min(1, 0.3 + 0.05 * letters);
  return length / Math.sqrt(sharedBy);
}

/** A term being compiled: position ids instead of indices, compounding as booleans. */
type Draft = Omit<CompiledTerm, 'positions' | 'first' | 'head'> & {
  positions: string[];
  first: boolean;
  head: boolean;
};

/** The terms merged from the declarations, and which term each declaration became. */
interface Merged {
  terms: Draft[];
  /** Per declaration (same order): its term's index. */
  declTerm: number[];
  termsByKey: Map<string, number[]>;
  /** Per term key: the positions declaring it. */
  sharedBy: Map<string, Set<string>>;
}

/** Compile the lexicons of all documents. Throws LexiconError on a nonsensical declaration. */
export function compileLexicon(lexicon: PositionTerms[]): CompiledLexicon {
  const { decls, positionIds, chapterOf } = readDeclarations(lexicon);
  const merged = mergeTerms(decls);
  resolveNeeds(decls, merged);
  const guardOf = addGuards(decls, merged);
  assignWeights(decls, merged);
  const { patterns, suffixSets } = buildPatterns(decls, merged.terms, merged.declTerm, guardOf);
  return finish(positionIds, chapterOf, merged.terms, patterns, suffixSets);
}

/** Phase 2: declarations of the same term (same spelling, inflection and compounding) merged across positions. */
function mergeTerms(decls: Decl[]): Merged {
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
function resolveNeeds(decls: Decl[], { terms, declTerm, termsByKey }: Merged): void {
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
function addGuards(decls: Decl[], { terms, declTerm }: Merged): Map<string, number> {
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
function assignWeights(decls: Decl[], { terms, declTerm, sharedBy }: Merged): void {
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

/** Phase 6: patterns, every spelling of the words before the last + the stem of each last-word alternative. */
function buildPatterns(
  decls: Decl[],
  terms: Draft[],
  declTerm: number[],
  guardOf: Map<string, number>,
): { patterns: CompiledPattern[]; suffixSets: string[][] } {
  const suffixSets: string[][] = [];
  const suffixSetOf = new Map<string, number>();
  const patterns: CompiledPattern[] = [];
  const patternOf = new Map<string, number>();
  const addPattern = (s: string, rule: PatternRule): void => {
    let pi = patternOf.get(s);
    if (pi === undefined) {
      pi = patterns.length;
      patternOf.set(s, pi);
      patterns.push({ s, rules: [] });
    }
    const rules = patterns[pi]!.rules;
    if (!rules.some((r) => r[0] === rule[0] && r[1] === rule[1] && r[2] === rule[2])) rules.push(rule);
  };
  const addTermPatterns = (ti: number, t: string, fail: (reason: string) => never): void => {
    const term = terms[ti]!;
    const words = t.split(' ').map((w) => w.split('|').map(normWord));
    for (const alts of words) {
      for (const a of alts) if (a === '' || /\s/.test(a)) fail(`"${a}" is not a single word after normalisation`);
    }
    const lastAlts = words.pop()!;
    if (term.first && lastAlts.some((a) => !isWordUnit(a.charCodeAt(a.length - 1)))) {
      fail('compounding needs a last word that ends in a letter');
    }
    const prefixes = prefixVariants(words, fail);
    if (prefixes.length * lastAlts.length > MAX_VARIANTS)
      fail(`expands to more than ${MAX_VARIANTS} spellings; split it into several terms`);
    for (const alt of lastAlts) {
      const { stem, tail, endings } = stemOf(alt, term.infl, fail);
      const setKey = [...new Set(endings)].sort().join('|');
      let si = suffixSetOf.get(setKey);
      if (si === undefined) {
        si = suffixSets.length;
        suffixSetOf.set(setKey, si);
        suffixSets.push(setKey.split('|'));
      }
      for (const prefix of prefixes) addPattern(prefix + stem, [ti, si, tail]);
    }
  };
  const termDone = new Set<number>();
  decls.forEach((d, di) => {
    const ti = declTerm[di]!;
    if (termDone.has(ti)) return;
    termDone.add(ti);
    addTermPatterns(ti, d.spec.t, (reason: string): never => {
      throw new LexiconError(d.position, d.spec.t, reason);
    });
  });
  decls.forEach((d) => {
    for (const u of d.spec.unless ?? []) {
      const gi = guardOf.get(termKey(u))!;
      if (termDone.has(gi)) continue;
      termDone.add(gi);
      addTermPatterns(gi, u, (reason: string): never => {
        throw new LexiconError(d.position, d.spec.t, `unless "${u}": ${reason}`);
      });
    }
  });
  return { patterns, suffixSets };
}

/** Phase 7: the plain-JSON result, terms referring to positions by index. */
function finish(
  positionIds: string[],
  chapterOf: Map<string, number>,
  terms: Draft[],
  patterns: CompiledPattern[],
  suffixSets: string[][],
): CompiledLexicon {
  const positionIndex = new Map(positionIds.map((id, i) => [id, i]));
  const compiledTerms: CompiledTerm[] = terms.map(({ first, head, positions, weight, ...rest }) => ({
    ...rest,
    ...(first ? { first: true as const } : {}),
    ...(head ? { head: true as const } : {}),
    positions: positions.map((id) => positionIndex.get(id)!),
    weight: Math.round(weight * 1000) / 1000,
  }));
  const chapters = positionIds.map((id) => chapterOf.get(id) ?? 0);
  return { version: COMPILED_VERSION, positions: positionIds, chapters, terms: compiledTerms, patterns, suffixSets };
}
