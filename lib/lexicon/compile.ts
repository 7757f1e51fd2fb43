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
import { COMPILED_VERSION, type CompiledLexicon, type CompiledPattern, type CompiledTerm, type PatternRule } from '../match/compiled';
import type { Inflection, PositionTerms, TermSpec } from './types';

export { COMPILED_VERSION, type CompiledLexicon, type CompiledPattern, type CompiledTerm, type PatternRule } from '../match/compiled';

export class LexiconError extends Error {
  constructor(position: string, term: string | null, reason: string) {
    super(`Lexicon error in position "${position}"${term === null ? '' : `, term "${term}"`}: ${reason}`);
    this.name = 'LexiconError';
  }
}

const INFLECTIONS: readonly Inflection[] = ['noun', 'noun-er', 'adj', 'verb', 'none'];
const COMPOUNDS = ['first', 'head', 'both'] as const;
const POSITION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The product of `|` alternatives and dash variants a term may expand to. */
const MAX_VARIANTS = 64;

const withGenitive = (forms: string[]): string[] => [
  ...forms,
  ...forms.filter((f) => !f.endsWith('s')).map((f) => `${f}s`),
];
const NOUN_ENDINGS = ['en', 'et', 'a', 'er', 'ar', 'ene', 'ane'];

/** Endings of a noun relative to its stem: bokmål and nynorsk, definite/plural, genitive -s. */
function nounEndings(tail: string): string[] {
  return withGenitive([tail, ...NOUN_ENDINGS]);
}

/** noun-er: lærer → lærere, lærerne; regel → regler, reglene, reglar. `tail` is "er"/"el"/"en". */
function nounErEndings(tail: string): string[] {
  const x = tail[1]!;
  const full = ['', 'en', 'e', 'ne', 'et', 'a'].map((e) => tail + e);
  const contracted = ['er', 'ene', 'ar', 'ane', 'a', 'e'].map((e) => x + e);
  return withGenitive([...full, ...contracted]);
}

const ADJ_ENDINGS = ['', 'e', 't', 'ere', 'est', 'este', 'are', 'ast', 'aste'];
/** Verb endings after the stem (lemma minus infinitive -e/-a): bokmål and nynorsk. */
const VERB_ENDINGS = ['e', 'a', 'er', 'ar', 'es', 'ast', 'et', 'ete', 'ede', 'te', 'de', 't', 'ende', 'ande', 'ing'];
/** Verbs whose infinitive ends in another vowel or a consonant ("nå", "bo"). */
const VERB_ENDINGS_PLAIN = ['', 'r', 's', 'dd', 'dde', 'tt', 'ende', 'ing'];

interface Stem {
  stem: string;
  tail: string;
  endings: string[];
}

/** Split the normalised last word into stem + the endings its class allows. */
function stemOf(word: string, infl: Inflection, fail: (reason: string) => never): Stem {
  const last = word.charCodeAt(word.length - 1);
  if (infl !== 'none' && !isWordUnit(last)) fail(`the last word "${word}" must end in a letter to inflect as '${infl}' (use infl: 'none')`);
  switch (infl) {
    case 'none':
      return { stem: word, tail: '', endings: [''] };
    case 'noun': {
      if (word.endsWith('e') && word.length > 2) return { stem: word.slice(0, -1), tail: 'e', endings: nounEndings('e') };
      const endings = nounEndings('');
      // program → programmet, rom → rommet: a short vowel before final m doubles it.
      if (/[aeiouyæøå]m$/.test(word)) endings.push(...withGenitive(NOUN_ENDINGS.map((e) => `m${e}`)));
      return { stem: word, tail: '', endings };
    }
    case 'noun-er': {
      const tail = word.slice(-2);
      if (!['er', 'el', 'en'].includes(tail) || word.length < 4) fail(`'noun-er' needs a lemma ending in -er, -el or -en, not "${word}"`);
      return { stem: word.slice(0, -2), tail, endings: nounErEndings(tail) };
    }
    case 'adj':
      if (word.endsWith('e')) return { stem: word, tail: '', endings: [''] };
      return { stem: word, tail: '', endings: ADJ_ENDINGS };
    case 'verb': {
      if ((word.endsWith('e') || word.endsWith('a')) && word.length > 2) {
        const tail = word.slice(-1);
        return { stem: word.slice(0, -1), tail, endings: VERB_ENDINGS };
      }
      return { stem: word, tail: '', endings: VERB_ENDINGS_PLAIN };
    }
  }
}

/** Normalise one word of a declaration as the matcher normalises page text. */
function normWord(w: string): string {
  return normalize(w).text;
}

/** Normalised form of a whole `t`, used to resolve `needs` and to merge declarations. */
export function termKey(t: string): string {
  return normalize(t.trim()).text;
}

function defaultWeight(key: string, sharedBy: number): number {
  const letters = key.replace(/[^\p{L}\p{N}]/gu, '').length;
  const length = Math.min(1, 0.3 + 0.05 * letters);
  return length / Math.sqrt(sharedBy);
}

interface Decl {
  spec: TermSpec;
  position: string;
  key: string;
}

/** Every surface spelling of the words before the last one, joined, with the dash variants. */
function prefixVariants(words: string[][], fail: (reason: string) => never): string[] {
  let out = [''];
  for (const alts of words) {
    const next: string[] = [];
    for (const prefix of out) {
      for (const alt of alts) {
        // A suspended compound "plan-" is written "plan- og", "plan-og" and "plan og" on the web.
        if (alt.endsWith('-') && alt.length > 1) {
          next.push(`${prefix}${alt} `, `${prefix}${alt}`, `${prefix}${alt.slice(0, -1)} `);
        } else next.push(`${prefix}${alt} `);
      }
    }
    out = [...new Set(next)];
    if (out.length > MAX_VARIANTS) fail(`expands to more than ${MAX_VARIANTS} spellings; split it into several terms`);
  }
  return out;
}

function validateSpec(spec: TermSpec, fail: (reason: string) => never): void {
  if (typeof spec.t !== 'string' || spec.t.trim() === '') fail('empty term');
  if (spec.t !== spec.t.trim() || /\s\s/.test(spec.t) || /[\t\n\r]/.test(spec.t)) {
    fail('words must be separated by single spaces, without leading or trailing space');
  }
  if (spec.infl !== undefined && !INFLECTIONS.includes(spec.infl)) fail(`unknown infl "${String(spec.infl)}"`);
  if (spec.compound !== undefined && !COMPOUNDS.includes(spec.compound)) fail(`unknown compound "${String(spec.compound)}"`);
  if (spec.lang !== undefined && spec.lang !== 'nb' && spec.lang !== 'nn') fail(`unknown lang "${String(spec.lang)}"`);
  if (spec.weight !== undefined && !(typeof spec.weight === 'number' && spec.weight > 0 && spec.weight <= 1)) {
    fail(`weight must be a number in (0, 1], not ${String(spec.weight)}`);
  }
  if (spec.needs !== undefined) {
    if (!Array.isArray(spec.needs) || spec.needs.length === 0) fail('needs must be a non-empty list of terms or ["*"]');
    if (spec.needs.includes('*') && spec.needs.length > 1) fail('needs: "*" stands alone');
    for (const n of spec.needs) if (typeof n !== 'string' || n.trim() === '') fail('needs: empty term name');
  }
  validateWords(spec.t, '', fail);
  if (spec.unless !== undefined) {
    if (!Array.isArray(spec.unless) || spec.unless.length === 0) fail('unless must be a non-empty list of words');
    for (const u of spec.unless) {
      if (typeof u !== 'string' || u.trim() === '') fail('unless: empty word');
      if (u !== u.trim() || /\s\s/.test(u) || /[\t\n\r]/.test(u)) fail(`unless: "${u}" must have single spaces, without leading or trailing space`);
      validateWords(u, 'unless: ', fail);
      if (termKey(u) === termKey(spec.t)) fail(`unless names the term itself ("${u}")`);
      if (termKey(u).replace(/[^\p{L}\p{N}]/gu, '').length < 2) fail(`unless: "${u}" needs at least two letters or digits`);
    }
  }
}

function validateWords(t: string, what: string, fail: (reason: string) => never): void {
  for (const word of t.split(' ')) {
    for (const alt of word.split('|')) {
      if (alt === '') fail(`${what}empty alternative in "${word}"`);
    }
  }
}

/** Compile the lexicons of all documents. Throws LexiconError on a nonsensical declaration. */
export function compileLexicon(lexicon: PositionTerms[]): CompiledLexicon {
  const seenPositions = new Set<string>();
  const chapterOf = new Map<string, number>();
  const decls: Decl[] = [];
  for (const entry of lexicon) {
    const pos = entry.position;
    if (typeof pos !== 'string' || !POSITION_ID.test(pos)) {
      throw new LexiconError(String(pos), null, 'position id must look like "<document>:<slug>" (lowercase a-z, 0-9, -)');
    }
    if (seenPositions.has(pos)) throw new LexiconError(pos, null, 'position listed twice');
    seenPositions.add(pos);
    if (entry.chapter !== undefined) {
      if (!Number.isInteger(entry.chapter) || entry.chapter < 1) throw new LexiconError(pos, null, 'chapter must be a whole number ≥ 1');
      chapterOf.set(pos, entry.chapter);
    }
    if (!Array.isArray(entry.terms)) throw new LexiconError(pos, null, 'terms must be an array');
    const keys = new Set<string>();
    for (const spec of entry.terms) {
      const fail = (reason: string): never => {
        throw new LexiconError(pos, spec?.t ?? null, reason);
      };
      validateSpec(spec, fail);
      const key = termKey(spec.t);
      if (key.replace(/[^\p{L}\p{N}]/gu, '').length < 2) fail('a term needs at least two letters or digits');
      if (keys.has(key)) fail('term listed twice in this position');
      keys.add(key);
      decls.push({ spec, position: pos, key });
    }
  }

  // Merge declarations of the same term (same spelling, inflection and compounding) across positions.
  // Drafts carry position ids; the result refers to them by index.
  type Draft = Omit<CompiledTerm, 'positions' | 'first' | 'head'> & { positions: string[]; first: boolean; head: boolean };
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

  // Context rules, resolved to term indices.
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

  // Negative contexts: every distinct word becomes a guard term (no positions, never a hit), and each
  // declaration's slot lists its guards. Guards come after the real terms, so "*" never includes them.
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
        terms.push({ t: u, infl: exact ? 'none' : 'noun', first: !exact, head: false, positions: [], needs: [], weight: 0, guard: true });
      }
      return gi;
    });
    term.unless ??= term.positions.map(() => null);
    term.unless[term.positions.indexOf(d.position)] = [...new Set(guards)].sort((a, b) => a - b);
  });

  // Weights: declared, or derived from length and sharing. A declared weight is a reviewer's decision
  // (a law named in passing weighs little), so it wins over any position's default; between declared
  // weights the highest wins.
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

  // Patterns: every spelling of the words before the last + the stem of each last-word alternative.
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
    if (prefixes.length * lastAlts.length > MAX_VARIANTS) fail(`expands to more than ${MAX_VARIANTS} spellings; split it into several terms`);
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

  const positionIds = [...seenPositions];
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

