/**
 * The user's own terms join the built-in lexicon: each maps a word or phrase to a position and highlights
 * like a built-in term (inflected as a noun, no compounding, no context rule: the user chose it).
 */
import { contentHash } from '../data/build';
import { compileLexicon, type CompiledLexicon } from './compile';
import type { PositionTerms } from './types';

export interface OwnTermInput {
  term: string;
  positionId: string;
}

export interface LexiconBuild {
  version: string;
  lexicon: CompiledLexicon;
  /** Own terms that could not be compiled (empty, punctuation only…), with the reason. */
  rejected: { term: string; positionId: string; reason: string }[];
}

export function ownTermsAsLexicon(own: readonly OwnTermInput[], knownPositions: ReadonlySet<string>): {
  entries: PositionTerms[];
  rejected: LexiconBuild['rejected'];
} {
  const byPosition = new Map<string, Set<string>>();
  const rejected: LexiconBuild['rejected'] = [];
  for (const { term, positionId } of own) {
    const t = term.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (!knownPositions.has(positionId)) {
      rejected.push({ term, positionId, reason: 'ukjent standpunkt' });
      continue;
    }
    try {
      compileLexicon([{ position: positionId, terms: [{ t }] }]);
    } catch (error) {
      rejected.push({ term, positionId, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const set = byPosition.get(positionId) ?? new Set<string>();
    set.add(t);
    byPosition.set(positionId, set);
  }
  const entries = [...byPosition].map(([position, terms]) => ({ position, note: 'Brukerens egne ord', terms: [...terms].map((t) => ({ t })) }));
  return { entries, rejected };
}

/** Built-in lexicon + own terms → what the content scripts match with. */
export function buildLexicon(base: readonly PositionTerms[], own: readonly OwnTermInput[]): LexiconBuild {
  const known = new Set(base.map((p) => p.position));
  const { entries, rejected } = ownTermsAsLexicon(own, known);
  // The compiler takes each position once: own terms join their position's built-in entry.
  const extra = new Map(entries.map((e) => [e.position, e.terms]));
  const all = base.map((entry) => {
    const mine = extra.get(entry.position);
    if (!mine) return entry;
    const builtIn = new Set(entry.terms.map((t) => t.t.toLowerCase()));
    return { ...entry, terms: [...entry.terms, ...mine.filter((t) => !builtIn.has(t.t.toLowerCase()))] };
  });
  return { version: contentHash(JSON.stringify(all)), lexicon: compileLexicon(all), rejected };
}
