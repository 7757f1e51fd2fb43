/** Reading the lexicon's declarations: each checked (LexiconError says what is wrong where), with its normalised key. */
import { isPositionId } from '../corpus/id';
import { normalize } from '../match/normalize';
import type { Inflection, PositionTerms, TermSpec } from './types';

export class LexiconError extends Error {
  constructor(position: string, term: string | null, reason: string) {
    super(`Lexicon error in position "${position}"${term === null ? '' : `, term "${term}"`}: ${reason}`);
    this.name = 'LexiconError';
  }
}

const INFLECTIONS: readonly Inflection[] = ['noun', 'noun-er', 'adj', 'verb', 'none'];
const COMPOUNDS = ['first', 'head', 'both'] as const;

/** Normalised form of a whole `t`, used to resolve `needs` and to merge declarations. */
export function termKey(t: string): string {
  return normalize(t.trim()).text;
}

export interface Decl {
  spec: TermSpec;
  position: string;
  key: string;
}

function validateSpec(spec: TermSpec, fail: (reason: string) => never): void {
  if (typeof spec.t !== 'string' || spec.t.trim() === '') fail('empty term');
  if (spec.t !== spec.t.trim() || /\s\s/.test(spec.t) || /[\t\n\r]/.test(spec.t)) {
    fail('words must be separated by single spaces, without leading or trailing space');
  }
  if (spec.infl !== undefined && !INFLECTIONS.includes(spec.infl)) fail(`unknown infl "${String(spec.infl)}"`);
  if (spec.compound !== undefined && !COMPOUNDS.includes(spec.compound))
    fail(`unknown compound "${String(spec.compound)}"`);
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
      if (u !== u.trim() || /\s\s/.test(u) || /[\t\n\r]/.test(u))
        fail(`unless: "${u}" must have single spaces, without leading or trailing space`);
      validateWords(u, 'unless: ', fail);
      if (termKey(u) === termKey(spec.t)) fail(`unless names the term itself ("${u}")`);
      if (termKey(u).replace(/[^\p{L}\p{N}]/gu, '').length < 2)
        fail(`unless: "${u}" needs at least two letters or digits`);
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

/** Phase 1: every declaration checked, with its position and normalised key; positions in order. */
export function readDeclarations(lexicon: PositionTerms[]): {
  decls: Decl[];
  positionIds: string[];
  chapterOf: Map<string, number>;
} {
  const seenPositions = new Set<string>();
  const chapterOf = new Map<string, number>();
  const decls: Decl[] = [];
  for (const entry of lexicon) {
    const pos = entry.position;
    if (!isPositionId(pos)) {
      throw new LexiconError(
        String(pos),
        null,
        'position id must look like "<document>:<slug>" (lowercase a-z, 0-9, -)',
      );
    }
    if (seenPositions.has(pos)) throw new LexiconError(pos, null, 'position listed twice');
    seenPositions.add(pos);
    if (entry.chapter !== undefined) {
      if (!Number.isInteger(entry.chapter) || entry.chapter < 1)
        throw new LexiconError(pos, null, 'chapter must be a whole number ≥ 1');
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
  return { decls, positionIds: [...seenPositions], chapterOf };
}
