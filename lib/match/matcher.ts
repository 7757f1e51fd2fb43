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
import { COMPILED_VERSION, type CompiledLexicon, type CompiledTerm } from './compiled';
import { buildAutomaton, buildAutomatonSteps, scan, type Automaton, type ScanOutput } from './automaton';
import * as chars from './chars';
import * as normalization from './normalize';
import { createNormalizedBuffer, normalizeInto, originalRange, type NormalizedBuffer } from './normalize';
import { closesText, HEADING_MAX } from './heading';
import { lowerBound } from './lower-bound';
import { rankHits, scoreTerms } from './rank';
import type { Hit, Matcher, RankedPosition } from './types';

/** Minimum letters of the rest of a compound after the term ("innsigelses|retten"). */
export const MIN_COMPOUND_REST = 3;
/** Minimum letters of the modifier before a compound's head ("lærer|norm"). */
export const MIN_COMPOUND_MODIFIER = 3;
export { looksLikeHeading } from './heading';
/** Scratch buffers above this size are not kept between calls (8M units: a very large page
 *  should not pin its ~50 MB of scratch; a 5 MB page keeps it, for rescans). */
const KEEP_SCRATCH = 1 << 23;

// Local copies of the character tables (see normalize.ts for why).
const { initBlock } = chars;
const KIND = chars.KIND;
const FLAGS = chars.FLAGS;
const F_WORD = chars.F_WORD;
const K_UNKNOWN = chars.K_UNKNOWN;
const BLOCK_CHAR = normalization.BLOCK_CHAR;
const HYPHEN_CHAR = normalization.HYPHEN_CHAR;

const S = 0x73; // "s"
const E = 0x65; // "e"

interface Rule {
  term: number;
  endings: Set<string>;
  maxEnding: number;
  tail: string;
}

interface Candidate {
  /** Normalised [s, e). */
  s: number;
  e: number;
  /** Read as part of a compound (not just an inflected form)? */
  compound: boolean;
  /** Length of the pattern (stem) that produced it: the tie-breaker for equal extents. */
  core: number;
  terms: number[];
  /** Per term (same order), per position slot: does the hit count there? */
  live: boolean[][];
  /** Per term, per slot, set only where a context-bound hit has only weak company (counts half). */
  weak?: (boolean[] | undefined)[];
}

function isWord(c: number): boolean {
  if (KIND[c] === K_UNKNOWN) initBlock(c);
  return (FLAGS[c]! & F_WORD) !== 0;
}

export interface MatcherOptions {
  /** Weight for hits whose term is not in this lexicon (ranking only). */
  unknownWeight?: number;
}

function checkVersion(compiled: CompiledLexicon): void {
  if (compiled.version !== COMPILED_VERSION) throw new Error(`compiled lexicon version ${compiled.version}, expected ${COMPILED_VERSION}`);
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

class LexiconMatcher implements Matcher {
  readonly size: number;
  private readonly automaton: Automaton;
  private readonly terms: CompiledTerm[];
  private readonly positionIds: string[];
  /** Per position index: its chapter (0 = unknown). */
  private readonly chapters: number[];
  private readonly chapterOf: Map<string, number>;
  private readonly maxChapter: number;
  private readonly rules: Rule[][];
  private readonly startsWord: Uint8Array;
  private readonly endsWord: Uint8Array;
  private readonly weights = new Map<string, number>();
  /** Per term: does any of its positions have a context rule? */
  private readonly conditional: Uint8Array;
  /** Per term: does any of its positions have a negative context? */
  private readonly guarded: Uint8Array;
  /** Per term: its live flags when it has no context rule (all true), shared by all its hits. */
  private readonly allLive: boolean[][];
  private readonly needAnchors: (number[] | null)[][];
  private scratch: NormalizedBuffer = createNormalizedBuffer();
  private scanOut: ScanOutput = { pairs: new Int32Array(256), count: 0 };

  constructor(
    compiled: CompiledLexicon,
    private readonly options: MatcherOptions,
    automaton: Automaton,
  ) {
    if (compiled.version !== COMPILED_VERSION) throw new Error(`compiled lexicon version ${compiled.version}, expected ${COMPILED_VERSION}`);
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
    this.startsWord = new Uint8Array(compiled.patterns.map((p) => (isWord(p.s.charCodeAt(0)) ? 1 : 0)));
    this.endsWord = new Uint8Array(compiled.patterns.map((p) => (isWord(p.s.charCodeAt(p.s.length - 1)) ? 1 : 0)));
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
    this.applyContext(scopes, candidates);
    const chosen = resolveOverlaps(candidates.filter((c) => c.live.some((l) => l.some(Boolean))));
    const hits = chosen.map((c) => this.toHit(text, norm, scopes, c));
    this.markLone(hits, chosen, scopes);
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
          const ext = this.extent(norm, p, rule, s, e);
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

  /**
   * Where a hit of `rule` starting with pattern `p` at [s, e) begins and ends, or null when the
   * boundary or morphology rules reject it.
   */
  private extent(norm: NormalizedBuffer, p: number, rule: Rule, s: number, e: number): [number, number, boolean] | null {
    const buf = norm.buf;
    const len = norm.length;
    const term = this.terms[rule.term]!;
    let hs = s;
    if (this.startsWord[p] && s > 0) {
      const before = buf[s - 1]!;
      if (isWord(before)) {
        // Inside a word: only as the head of a compound with a modifier of ≥3 letters.
        if (!term.head) return null;
        let k = s - 1;
        while (k >= 0 && isWord(buf[k]!)) k--;
        if (s - 1 - k < MIN_COMPOUND_MODIFIER) return null;
        hs = wordStart(buf, k + 1);
      } else if (before === HYPHEN_CHAR && s > 1 && isWord(buf[s - 2]!)) {
        // "skole-norm": the head of a hyphenated compound.
        if (!term.head) return null;
        hs = wordStart(buf, s - 1);
      }
    }

    const head = hs !== s;
    if (!this.endsWord[p]) return [hs, e, head];
    let we = e;
    while (we < len && isWord(buf[we]!)) we++;
    const joint = we + 1 < len && buf[we] === HYPHEN_CHAR && isWord(buf[we + 1]!);
    if (we - e <= rule.maxEnding && rule.endings.has(stringOf(buf, e, we))) {
      if (!joint) return [hs, we, head];
      // "innsigelses-saken", "EØS-avtalen": the first part of a hyphenated compound.
      return term.first || term.infl === 'none' ? [hs, hyphenatedEnd(buf, len, we), true] : null;
    }
    if (!term.first) return null;
    // Compound: the whole lemma (stem + tail), an optional linking s/e, then ≥3 letters.
    let r = e;
    for (let i = 0; i < rule.tail.length; i++, r++) {
      if (r >= we || buf[r] !== rule.tail.charCodeAt(i)) return null;
    }
    if (r < we && (buf[r] === S || buf[r] === E)) r++;
    if (we - r >= MIN_COMPOUND_REST) return [hs, joint ? hyphenatedEnd(buf, len, we) : we, true];
    if (we === r && joint) return [hs, hyphenatedEnd(buf, len, we), true];
    return null;
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
  private applyContext(scopes: BlockScopes, cands: Candidate[]): void {
    // occurrences[term] = indices (ascending, so in text order) of the candidates carrying it.
    const occurrences: number[][] = [];
    let ruled = false;
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci]!;
      const live: boolean[][] = new Array<boolean[]>(c.terms.length);
      for (let j = 0; j < c.terms.length; j++) {
        const t = c.terms[j]!;
        (occurrences[t] ??= []).push(ci);
        if (this.conditional[t] || this.guarded[t]) {
          live[j] = this.terms[t]!.needs.map((n) => n === null);
          ruled = true;
        } else live[j] = this.allLive[t]!; // counts everywhere: one shared read-only array per term
      }
      c.live = live;
    }
    if (!ruled) return;
    let anchors: Map<number, number[]> | null = null;
    for (const c of cands) {
      c.terms.forEach((t, j) => {
        const term = this.terms[t]!;
        if (this.conditional[t]) {
          term.needs.forEach((need, slot) => {
            if (need === null) return;
            // Strong: any needed term in the block (with its heading), or a needed anchor in the section.
            // Two context-bound words vouch for each other fully only side by side: across a section
            // broad words meet too easily.
            scopes.scope(c.s);
            for (let q = 0; q < need.length; q++) {
              if (this.occursIn(occurrences[need[q]!], cands, scopes.from, scopes.to, c)) {
                c.live[j]![slot] = true;
                return;
              }
            }
            scopes.section(c.s);
            const needed = this.needAnchors[t]![slot]!;
            for (let q = 0; q < needed.length; q++) {
              if (this.occursIn(occurrences[needed[q]!], cands, scopes.from, scopes.to, c)) {
                c.live[j]![slot] = true;
                return;
              }
            }
            let weak = false;
            for (let q = 0; q < need.length && !weak; q++) weak = this.occursIn(occurrences[need[q]!], cands, scopes.from, scopes.to, c);
            for (let q = 0; q < needed.length && !weak; q++) weak = this.occursIn(occurrences[needed[q]!], cands, 0, Infinity, c);
            if (!weak && term.needsAny?.[slot]) {
              const chapter = this.chapters[term.positions[slot]!] ?? 0;
              anchors ??= this.anchorsByChapter(cands);
              weak = chapter !== 0 && this.occursIn(anchors.get(chapter), cands, scopes.from, scopes.to, c);
            }
            if (weak) {
              c.live[j]![slot] = true;
              ((c.weak ??= [])[j] ??= [])[slot] = true;
            }
          });
        }
        if (this.guarded[t]) {
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
  private markLone(hits: Hit[], chosen: Candidate[], scopes: BlockScopes): void {
    const perChapter = new Int32Array(this.maxChapter + 1);
    let i = 0;
    while (i < hits.length) {
      const section = scopes.sectionOf(chosen[i]!.s);
      let j = i + 1;
      while (j < hits.length && scopes.sectionOf(chosen[j]!.s) === section) j++;
      perChapter.fill(0);
      for (let k = i; k < j; k++) this.eachChapter(hits[k]!, (ch) => { perChapter[ch] = perChapter[ch]! + 1; });
      for (let k = i; k < j; k++) {
        const hit = hits[k]!;
        let lone: string[] | undefined;
        for (const p of hit.positions) {
          if (perChapter[this.chapterOf.get(p) ?? 0]! <= 1) (lone ??= []).push(p);
        }
        if (lone) hit.lone = lone;
      }
      i = j;
    }
  }

  /** Calls `f` once per distinct chapter of a hit's positions. */
  private eachChapter(hit: Hit, f: (chapter: number) => void): void {
    const ps = hit.positions;
    for (let a = 0; a < ps.length; a++) {
      const ch = this.chapterOf.get(ps[a]!) ?? 0;
      let seen = false;
      for (let b = 0; b < a && !seen; b++) seen = (this.chapterOf.get(ps[b]!) ?? 0) === ch;
      if (!seen) f(ch);
    }
  }

  /** Per chapter: indices (ascending) of the candidates that are an anchor (no context rule) of one of its positions. */
  private anchorsByChapter(cands: Candidate[]): Map<number, number[]> {
    const out = new Map<number, number[]>();
    cands.forEach((c, ci) => {
      const seen = new Set<number>();
      for (const t of c.terms) {
        const term = this.terms[t]!;
        term.needs.forEach((need, slot) => {
          const chapter = this.chapters[term.positions[slot]!] ?? 0;
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

  /** Does a candidate in `list` lie within [from, to) without overlapping `c`? */
  private occursIn(list: number[] | undefined, cands: Candidate[], from: number, to: number, c: Candidate): boolean {
    if (!list) return false;
    const lo = lowerBound(list.length, (k) => cands[list[k]!]!.s < from);
    for (let k = lo; k < list.length; k++) {
      const o = cands[list[k]!]!;
      if (o.s >= to) return false;
      // The same words read another way are no independent evidence.
      if (o.s >= from && (o.e <= c.s || o.s >= c.e)) return true;
    }
    return false;
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

/** Does a candidate in `list` (ascending by start) start within [from, to)? Overlaps count too. */
function occursAnywhereIn(list: number[] | undefined, cands: Candidate[], from: number, to: number): boolean {
  if (!list) return false;
  const lo = lowerBound(list.length, (k) => cands[list[k]!]!.s < from);
  return lo < list.length && cands[list[lo]!]!.s < to;
}

function stringOf(buf: Uint16Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

/** Start of the (possibly hyphenated) word containing index i. */
function wordStart(buf: Uint16Array, i: number): number {
  for (;;) {
    while (i > 0 && isWord(buf[i - 1]!)) i--;
    if (i > 1 && buf[i - 1] === HYPHEN_CHAR && isWord(buf[i - 2]!)) i--;
    else return i;
  }
}

/** End of a hyphenated word whose hyphen joint is at `we`. */
function hyphenatedEnd(buf: Uint16Array, len: number, we: number): number {
  let j = we;
  while (j + 1 < len && buf[j] === HYPHEN_CHAR && isWord(buf[j + 1]!)) {
    j++;
    while (j < len && isWord(buf[j]!)) j++;
  }
  return j;
}

/**
 * Longest hit wins, then the leftmost, then the longer stem. Works cluster by cluster (runs of
 * mutually overlapping candidates), so the cost stays linear in the number of candidates.
 */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  let i = 0;
  while (i < cands.length) {
    let j = i + 1;
    let end = cands[i]!.e;
    while (j < cands.length && cands[j]!.s < end) {
      end = Math.max(end, cands[j]!.e);
      j++;
    }
    if (j === i + 1) chosen.push(cands[i]!);
    else {
      const cluster = cands
        .slice(i, j)
        .sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s || Number(a.compound) - Number(b.compound) || b.core - a.core);
      const picked: Candidate[] = [];
      for (const c of cluster) {
        const same = picked.find((p) => p.s === c.s && p.e === c.e);
        if (same) {
          // The same word as an inflected form of two terms ("tilsynet" of "tilsyn" and "tilsynet"):
          // both readings hold. A compound reading is weaker and yields to the other.
          if (!same.compound && !c.compound) absorb(same, c);
        } else if (picked.every((p) => c.e <= p.s || c.s >= p.e)) picked.push(c);
      }
      chosen.push(...picked.sort((a, b) => a.s - b.s));
    }
    i = j;
  }
  return chosen;
}

function absorb(into: Candidate, from: Candidate): void {
  from.terms.forEach((t, j) => {
    const k = into.terms.indexOf(t);
    const fromWeak = from.weak?.[j];
    if (k < 0) {
      into.terms.push(t);
      into.live.push(from.live[j]!);
      if (fromWeak) (into.weak ??= [])[into.terms.length - 1] = fromWeak;
    } else {
      const intoWeak = into.weak?.[k];
      // Strong in either reading wins over weak.
      if (intoWeak || fromWeak) {
        (into.weak ??= [])[k] = into.live[k]!.map(
          (l, slot) => (l && !intoWeak?.[slot]) || (from.live[j]![slot]! && !fromWeak?.[slot]) ? false : true,
        );
      }
      into.live[k] = into.live[k]!.map((l, slot) => l || from.live[j]![slot]!);
    }
  });
}

/** Blocks of the normalised text ("\n"-separated) and the context scope of a position in it. */
class BlockScopes {
  /** Index of every block boundary, ascending. */
  private readonly breaks: Int32Array;

  constructor(private readonly norm: NormalizedBuffer) {
    const text = norm.buf.subarray(0, norm.length);
    const found: number[] = [];
    for (let i = text.indexOf(BLOCK_CHAR); i >= 0; i = text.indexOf(BLOCK_CHAR, i + 1)) found.push(i);
    this.breaks = Int32Array.from(found);
  }

  /** Number of the block holding index i (= boundaries before it). */
  private blockNo(i: number): number {
    const br = this.breaks;
    return lowerBound(br.length, (k) => br[k]! < i);
  }

  private start(b: number): number {
    return b === 0 ? 0 : this.breaks[b - 1]! + 1;
  }

  private end(b: number): number {
    return b < this.breaks.length ? this.breaks[b]! : this.norm.length;
  }

  private isHeading(b: number): boolean {
    const { buf } = this.norm;
    const a = this.start(b);
    const e = this.end(b);
    if (e - a > HEADING_MAX || e <= a) return false;
    let k = e - 1;
    while (k > a && buf[k] === 0x20) k--;
    return !closesText(buf[k]!);
  }

  /** After `scope(i)` or `section(i)`: the normalised range of that scope. */
  from = 0;
  to = 0;

  /** The block of index i, with the heading right above it or, for a heading, the block below. */
  scope(i: number): void {
    const b = this.blockNo(i);
    this.from = b > 0 && this.isHeading(b - 1) ? this.start(b - 1) : this.start(b);
    this.to = b < this.breaks.length && this.isHeading(b) ? this.end(b + 1) : this.end(b);
  }

  /** Per block: heading flag, and the first and last block of its section (computed on first use, one pass each way). */
  private headings: Uint8Array | null = null;
  private sectionFirst: Int32Array | null = null;
  private sectionLast: Int32Array | null = null;

  private headingFlags(): Uint8Array {
    if (!this.headings) {
      const n = this.breaks.length + 1;
      const flags = new Uint8Array(n);
      // The last block heads nothing: a heading needs a block below it.
      for (let b = 0; b < n - 1; b++) flags[b] = this.isHeading(b) ? 1 : 0;
      const first = new Int32Array(n);
      const last = new Int32Array(n);
      for (let b = 0; b < n; b++) first[b] = flags[b] || b === 0 ? b : first[b - 1]!;
      for (let b = n - 1; b >= 0; b--) last[b] = b === n - 1 || flags[b + 1] ? b : last[b + 1]!;
      this.headings = flags;
      this.sectionFirst = first;
      this.sectionLast = last;
    }
    return this.headings;
  }

  /** The section of index i: from the heading at or above its block to the block before the next heading. */
  section(i: number): void {
    this.headingFlags();
    const b = this.blockNo(i);
    this.from = this.start(this.sectionFirst![b]!);
    this.to = this.end(this.sectionLast![b]!);
  }

  /** Number of the section holding index i (its first block). */
  sectionOf(i: number): number {
    this.headingFlags();
    return this.sectionFirst![this.blockNo(i)]!;
  }

  /** Does index i lie in a heading that heads a section (a block follows it)? */
  headsSection(i: number): boolean {
    if (this.breaks.length === 0) return false;
    return this.headingFlags()[this.blockNo(i)] === 1;
  }
}
