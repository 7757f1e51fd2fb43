/** Compiling, phase 6: the surface patterns (spellings up to the last word's stem) and their endings. */
import { normalize } from '../match/normalize';
import { isWordUnit } from '../match/chars';
import type { CompiledPattern, PatternRule } from '../match/compiled';
import type { Draft } from './compile-terms';
import { LexiconError, termKey, type Decl } from './declarations';
import { MAX_VARIANTS, prefixVariants, stemOf } from './morphology';

/** Normalise one word of a declaration as the matcher normalises page text. */
function normWord(w: string): string {
  return normalize(w).text;
}

/** Phase 6: patterns, every spelling of the words before the last + the stem of each last-word alternative. */
export function buildPatterns(
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
