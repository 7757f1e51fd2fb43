/**
 * The user's own terms join the built-in lexicon: each maps a word or phrase to a position and highlights
 * like a built-in term (inflected as a noun, no compounding, no context rule: the user chose it).
 *
 * User data must never switch highlighting off: every own term is screened here with the compiler's own
 * normalisation (`termKey`: case, dashes, soft hyphens, spaces), and one that the compiler would refuse
 * (unknown position, a clash with a curated or another own term of its position, a term that cannot be
 * matched) is skipped and reported instead of making the whole build throw.
 */
import { contentHash } from '../data/build';
import { isWordUnit } from '../match/chars';
import { compileLexicon, termKey, type CompiledLexicon } from './compile';
import type { PositionTerms, TermSpec } from './types';

export interface OwnTermInput {
  term: string;
  positionId: string;
}

/** Why an own term is not part of the lexicon. */
export type SkipReason = 'unknownPosition' | 'curated' | 'duplicate' | 'invalid';

export interface SkippedOwnTerm {
  term: string;
  positionId: string;
  reason: SkipReason;
  /** The spelling it clashes with, or the compiler's message. */
  detail: string;
  /** Its index in the own terms given. */
  index: number;
}

export interface LexiconBuild {
  version: string;
  lexicon: CompiledLexicon;
  /** Own terms that are not matched, with the reason (shown in Options). */
  rejected: SkippedOwnTerm[];
}

/** An own term as it is stored: NFC, trimmed, inner whitespace collapsed (as lib/db's normaliseTerm). */
const tidy = (term: string): string => term.normalize('NFC').trim().replace(/\s+/g, ' ');

/** The key under which the compiler sees a term: two terms with the same key clash in one position. */
export function ownTermKey(term: string): string {
  return termKey(tidy(term));
}

/** The declaration of an own term: a noun when it ends in a letter, else matched as written. */
export function ownTermSpec(term: string): TermSpec {
  const t = tidy(term);
  const key = termKey(t);
  return isWordUnit(key.charCodeAt(key.length - 1)) ? { t } : { t, infl: 'none' };
}

/** Every spelling `a|b c|d` stands for (capped like the compiler's variants), as keys. */
function spellingKeys(t: string): string[] {
  let out = [''];
  for (const word of t.trim().split(/\s+/)) {
    out = out.flatMap((prefix) => word.split('|').map((alt) => (prefix ? `${prefix} ${alt}` : alt)));
    if (out.length > 64) break;
  }
  return [...new Set([termKey(t), ...out.map(termKey)])];
}

/** Position → key of each curated spelling → the spelling as declared. */
export type CuratedKeys = Map<string, Map<string, string>>;

export function curatedKeys(base: readonly PositionTerms[]): CuratedKeys {
  const out: CuratedKeys = new Map();
  for (const entry of base) {
    const keys = new Map<string, string>();
    for (const spec of entry.terms) for (const k of spellingKeys(spec.t)) if (!keys.has(k)) keys.set(k, spec.t);
    out.set(entry.position, keys);
  }
  return out;
}

/**
 * The curated term an own term would duplicate in its position, or null. (The same word in ANOTHER
 * position is no clash: the compiler merges it and the hit names both positions.)
 */
export function curatedClash(term: string, positionId: string, curated: CuratedKeys): string | null {
  return curated.get(positionId)?.get(ownTermKey(term)) ?? null;
}

/** Why one own term cannot be compiled on its own, or null when it can. */
export function ownTermProblem(term: string): string | null {
  try {
    compileLexicon([{ position: 'standpunkt:check', terms: [ownTermSpec(term)] }]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Splits own terms into declarations the compiler accepts and skipped ones, in input order. */
export function screenOwnTerms(
  base: readonly PositionTerms[],
  own: readonly OwnTermInput[],
  curated: CuratedKeys = curatedKeys(base),
): { entries: PositionTerms[]; rejected: SkippedOwnTerm[] } {
  const byPosition = new Map<string, Map<string, TermSpec>>();
  const rejected: SkippedOwnTerm[] = [];
  own.forEach(({ term, positionId }, index) => {
    const skip = (reason: SkipReason, detail: string) =>
      void rejected.push({ term, positionId, reason, detail, index });
    if (typeof term !== 'string' || typeof positionId !== 'string') {
      skip('invalid', 'not text');
      return;
    }
    if (!curated.has(positionId)) {
      skip('unknownPosition', positionId);
      return;
    }
    const problem = ownTermProblem(term);
    if (problem !== null) {
      skip('invalid', problem);
      return;
    }
    const clash = curatedClash(term, positionId, curated);
    if (clash !== null) {
      skip('curated', clash);
      return;
    }
    const key = ownTermKey(term);
    const mine = byPosition.get(positionId) ?? new Map<string, TermSpec>();
    const earlier = mine.get(key);
    if (earlier) {
      skip('duplicate', earlier.t);
      return;
    }
    mine.set(key, ownTermSpec(term));
    byPosition.set(positionId, mine);
  });
  const entries = [...byPosition].map(([position, terms]) => ({
    position,
    note: 'Brukerens egne ord',
    terms: [...terms.values()],
  }));
  return { entries, rejected };
}

/**
 * Built-in lexicon + own terms → what the content scripts match with. Never throws because of user
 * data: should the screened set still fail to compile (a rule of the compiler this screen does not know),
 * the curated lexicon runs alone and every own term is reported as skipped.
 */
export function buildLexicon(base: readonly PositionTerms[], own: readonly OwnTermInput[]): LexiconBuild {
  const { entries, rejected } = screenOwnTerms(base, own);
  // The compiler takes each position once: own terms join their position's built-in entry.
  const extra = new Map(entries.map((e) => [e.position, e.terms]));
  const all = base.map((entry) => {
    const mine = extra.get(entry.position);
    return mine ? { ...entry, terms: [...entry.terms, ...mine] } : entry;
  });
  try {
    return { version: contentHash(JSON.stringify(all)), lexicon: compileLexicon(all), rejected };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const skipped = new Set(rejected.map((r) => r.index));
    const all = own.flatMap((o, index) =>
      skipped.has(index) ? [] : [{ ...o, reason: 'invalid' as const, detail, index }],
    );
    return {
      version: contentHash(JSON.stringify(base)),
      lexicon: compileLexicon([...base]),
      rejected: [...rejected, ...all].sort((a, b) => a.index - b.index),
    };
  }
}
