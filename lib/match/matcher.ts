/**
 * The matcher: normalise once, one automaton pass for the stems of all terms, then for each stem
 * found the Norwegian boundary rules of its term:
 *
 * - a hit starts at a word start and ends at a word end (word = Unicode letters and digits);
 * - after the stem comes one of the inflection class's endings, or — for a term that may start a
 *   compound — the whole lemma, an optional linking -s-/-e- and at least 3 more letters
 *   ("innsigelsesretten"), or a hyphen and another word ("innsigelses-saken");
 * - a term that may end a compound may have a modifier of at least 3 letters before it in the same
 *   word ("lærernormen"), or any modifier joined by a hyphen ("skole-norm");
 * - an abbreviation or name (infl 'none') may be joined to the next word by a hyphen ("EØS-midler");
 * - multi-word terms match across any whitespace (normalised to one space) but never across a block
 *   boundary ("\n" after normalisation);
 * - context rules (evidence): a hit of an ambiguous term counts in full for a position when a needed
 *   term occurs in its block (with its heading) or a needed anchor in its section (heading to next
 *   heading), at other words than its own; weaker company (elsewhere on the page, a context-bound
 *   partner in the section, an anchor of the same chapter) keeps it as a weak hit (see applyContext);
 * - negative contexts: a hit of a term with `unless` does not count for a position when one of its
 *   guard words occurs anywhere in its section (guards are found by the same automaton pass and
 *   are never hits themselves);
 * - each hit says whether it stands in a heading and whether it is alone for its chapter in its section;
 * - overlaps: the longest hit wins, then the leftmost, then an inflected form over a compound, then
 *   the more specific (longer) stem; two terms inflected to the very same word both hold.
 * Hits carry original offsets and the exact surface text.
 */
import { buildAutomaton, buildAutomatonSteps } from './automaton';
import { scan, type Automaton, type ScanOutput } from './automaton-scan';
import { BlockScopes } from './block-scopes';
import { resolveOverlaps, type Candidate } from './candidate';
import { COMPILED_VERSION, type CompiledLexicon, type CompiledTerm } from './compiled';
import { applyContext, markLone, type EvidenceTables } from './evidence';
import { hitExtent, type PatternEdges, type Rule } from './extent';
import { createNormalizedBuffer, normalizeInto, originalRange, type NormalizedBuffer } from './normalize';
import { rankHits, scoreTerms } from './rank';
import { isWord } from './words';
import type { Hit, Matcher, RankedPosition } from './types';

export { MIN_COMPOUND_MODIFIER, MIN_COMPOUND_REST } from './extent';
export { looksLikeHeading } from './heading';
/** Scratch buffers above this size are not kept between calls (8M units: a very large page
 *  should not pin its ~50 MB of scratch; a 5 MB page keeps it, for rescans). */
const KEEP_SCRATCH = 1 << 23;

export interface MatcherOptions {
  /** Weight for hits whose term is not in this lexicon (ranking only). */
  unknownWeight?: number;
}

function checkVersion(compiled: CompiledLexicon): void {
  if (compiled.version !== COMPILED_VERSION)
    throw new Error(`compiled lexicon version ${compiled.version}, expected ${COMPILED_VERSION}`);
}

export function createMatcher(compiled: CompiledLexicon, options: MatcherOptions = {}): Matcher {
  checkVersion(compiled);
  return new LexiconMatcher(compiled, options, buildAutomaton(compiled.patterns.map((p) => p.s)));
}

/** The same matcher, built in steps (yields while building its automaton): for lib/page/slicer. */
export function* createMatcherSteps(compiled: CompiledLexicon, options: MatcherOptions = {}): Generator<void, Matcher> {
  checkVersion(compiled);
  const automaton = yield* buildAutomatonSteps(compiled.patterns.map((p) => p.s));
  return new LexiconMatcher(compiled, options, automaton);
}

/** The matcher; its lexicon tables are read by the evidence step (EvidenceTables). */
class LexiconMatcher implements Matcher, EvidenceTables {
  readonly size: number;
  private readonly automaton: Automaton;
  readonly terms: CompiledTerm[];
  private readonly positionIds: string[];
  /** Per position index: its chapter (0 = unknown). */
  readonly chapters: number[];
  readonly chapterOf: Map<string, number>;
  readonly maxChapter: number;
  private readonly rules: Rule[][];
  /** Per pattern: whether its first / last character is a word character. */
  private readonly edges: PatternEdges[];
  private readonly weights = new Map<string, number>();
  /** Per term: does any of its positions have a context rule? */
  readonly conditional: Uint8Array;
  /** Per term: does any of its positions have a negative context? */
  readonly guarded: Uint8Array;
  /** Per term: its live flags when it has no context rule (all true), shared by all its hits. */
  readonly allLive: boolean[][];
  readonly needAnchors: (number[] | null)[][];
  private scratch: NormalizedBuffer = createNormalizedBuffer();
  private scanOut: ScanOutput = { pairs: new Int32Array(256), count: 0 };

  constructor(
    compiled: CompiledLexicon,
    private readonly options: MatcherOptions,
    automaton: Automaton,
  ) {
    if (compiled.version !== COMPILED_VERSION)
      throw new Error(`compiled lexicon version ${compiled.version}, expected ${COMPILED_VERSION}`);
    this.terms = compiled.terms;
    this.positionIds = compiled.positions;
    this.chapters = compiled.chapters;
    this.chapterOf = new Map(compiled.positions.map((id, i) => [id, compiled.chapters[i] ?? 0]));
    this.maxChapter = Math.max(0, ...compiled.chapters);
    const sets = compiled.suffixSets.map((s) => ({ set: new Set(s), max: Math.max(...s.map((x) => x.length)) }));
    this.rules = compiled.patterns.map((p) =>
      p.rules.map(([term, si, tail]) => ({ term, endings: sets[si]!.set, maxEnding: sets[si]!.max, tail })),
    );
    this.automaton = automaton;
    this.size = compiled.patterns.length;
    this.edges = compiled.patterns.map((p) => ({
      startsWord: isWord(p.s.charCodeAt(0)),
      endsWord: isWord(p.s.charCodeAt(p.s.length - 1)),
    }));
    for (const t of this.terms) if (!t.guard) this.weights.set(t.t, Math.max(this.weights.get(t.t) ?? 0, t.weight));
    this.conditional = new Uint8Array(this.terms.map((t) => (t.needs.some((n) => n !== null) ? 1 : 0)));
    this.guarded = new Uint8Array(this.terms.map((t) => (t.unless?.some((u) => u !== null) ? 1 : 0)));
    this.allLive = this.terms.map((t) => t.needs.map(() => true));
    // Per term and slot: the needed terms that are anchors (no context rule) of that slot's position.
    this.needAnchors = this.terms.map((t) =>
      t.needs.map((need, slot) => {
        if (need === null) return null;
        const position = t.positions[slot]!;
        return need.filter((n) => {
          const other = this.terms[n]!;
          const k = other.positions.indexOf(position);
          return k < 0 || other.needs[k] === null; // a term of another position counts as named company
        });
      }),
    );
  }

  find(text: string): Hit[] {
    const norm = normalizeInto(text, this.scratch);
    this.scratch = norm.buf.length > KEEP_SCRATCH ? createNormalizedBuffer() : norm;
    const out = scan(this.automaton, norm.buf, norm.length, this.scanOut);
    this.scanOut = out.pairs.length > KEEP_SCRATCH ? { pairs: new Int32Array(256), count: 0 } : out;

    const candidates = this.candidates(norm, out);
    if (candidates.length === 0) return [];
    candidates.sort((a, b) => a.s - b.s || b.e - a.e || b.core - a.core);
    const scopes = new BlockScopes(norm);
    applyContext(this, scopes, candidates);
    const chosen = resolveOverlaps(candidates.filter((c) => c.live.some((l) => l.some(Boolean))));
    const hits = chosen.map((c) => this.toHit(text, norm, scopes, c));
    markLone(this, hits, chosen, scopes);
    return hits;
  }

  scoreTerms(counts: ReadonlyMap<string, number>): number {
    return scoreTerms(counts, (term) => this.weights.get(term) ?? this.options.unknownWeight ?? 0.5);
  }

  rank(hits: Hit[]): RankedPosition[] {
    return rankHits(hits, (term) => this.weights.get(term) ?? this.options.unknownWeight ?? 0.5);
  }

  /** Every stem occurrence that passes its term's boundary and morphology rules. */
  private candidates(norm: NormalizedBuffer, out: ScanOutput): Candidate[] {
    const { outStart, outList, patternLength } = this.automaton;
    const result: Candidate[] = [];
    const pairs = out.pairs;
    for (let k = 0; k < out.count; k += 2) {
      const state = pairs[k]!;
      const e = pairs[k + 1]! + 1;
      for (let o = outStart[state]!; o < outStart[state + 1]!; o++) {
        const p = outList[o]!;
        const s = e - patternLength[p]!;
        let last: Candidate | null = null;
        for (const rule of this.rules[p]!) {
          const ext = hitExtent(norm.buf, norm.length, this.edges[p]!, this.terms[rule.term]!, rule, s, e);
          if (ext === null) continue;
          const [hs, he, compound] = ext;
          if (last && last.s === hs && last.e === he && last.compound === compound) {
            if (!last.terms.includes(rule.term)) last.terms.push(rule.term);
            continue;
          }
          last = { s: hs, e: he, compound, core: patternLength[p]!, terms: [rule.term], live: [] };
          result.push(last);
        }
      }
    }
    return result;
  }

  private toHit(text: string, norm: NormalizedBuffer, scopes: BlockScopes, c: Candidate): Hit {
    const [start, end] = originalRange(text, norm.map, c.s, c.e);
    const positions: string[] = [];
    // Only a candidate with weak slots needs the strong set (most have none: no allocation).
    const strong = c.weak ? new Set<string>() : null;
    let term: string | null = null;
    c.terms.forEach((ti, j) => {
      const t = this.terms[ti]!;
      t.positions.forEach((pi, slot) => {
        if (!c.live[j]![slot]) return;
        term ??= t.t;
        const pos = this.positionIds[pi]!;
        if (!positions.includes(pos)) positions.push(pos);
        if (strong && !c.weak![j]?.[slot]) strong.add(pos);
      });
    });
    const hit: Hit = { start, end, text: text.slice(start, end), term: term!, positions };
    if (strong !== null && strong.size < positions.length) hit.weak = positions.filter((p) => !strong.has(p));
    if (scopes.headsSection(c.s)) hit.heading = true;
    return hit;
  }
}
