/**
 * Property tests of the matcher (fast-check), with the real lexicon and with small generated ones:
 * for any text no exception and well-formed hits (sorted, non-overlapping, inside the text, exact
 * surface, known positions); hits of a block do not depend on text in other blocks; every surface form
 * the compiled lexicon declares is found wherever it stands between word boundaries, whatever its
 * casing, soft hyphens and kind of space; å, æ and ø are never folded.
 * A failure prints fast-check's seed and path: rerun with `fc.assert(..., { seed, path })` to reproduce.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon, LexiconError, type CompiledLexicon } from '../lexicon/compile';
import { compiledLexicon, defaultMatcher } from '../lexicon/index';
import type { Inflection, PositionTerms, TermSpec } from '../lexicon/types';
import { createMatcher } from './matcher';
import type { Hit, Matcher } from './types';

// ---------------------------------------------------------------------------------------------
// Surface forms of a compiled lexicon

/** One declared surface: a pattern (normalised stem) plus one ending of its inflection class. */
interface Surface {
  text: string;
  term: number;
}

/** Every (pattern, rule) pair; by default only of terms that count without context (no `needs`,
 *  no `unless`, not a guard word). */
function rulesOf(compiled: CompiledLexicon, all = false): { s: string; term: number; endings: string[] }[] {
  const out: { s: string; term: number; endings: string[] }[] = [];
  for (const p of compiled.patterns) {
    for (const [term, si] of p.rules) {
      const t = compiled.terms[term]!;
      if (!all && (t.guard || t.unless || t.needs.some((n) => n !== null))) continue;
      out.push({ s: p.s, term, endings: compiled.suffixSets[si]! });
    }
  }
  return out;
}

/** A declared surface form, chosen by fast-check: of a context-free term, or (all) of any term or guard. */
function surfaceOf(compiled: CompiledLexicon, all = false): fc.Arbitrary<Surface> {
  const rules = rulesOf(compiled, all);
  return fc.tuple(fc.nat({ max: rules.length - 1 }), fc.nat()).map(([r, e]) => {
    const rule = rules[r]!;
    return { text: rule.s + rule.endings[e % rule.endings.length]!, term: rule.term };
  });
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * How the web writes a surface: random casing per letter, soft hyphens between letters, any kind of
 * space (nbsp, thin, runs, a single line break) between words, any dash for a hyphen.
 * `bits` drives the choices, so fast-check can shrink them.
 */
function disguise(surface: string, bits: number[]): string {
  let out = '';
  let k = 0;
  const next = (): number => bits[k++ % bits.length] ?? 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface[i]!;
    const r = next();
    if (c === ' ') {
      // A line break after a hyphen would be read as a hyphenated line end ("barne-\nhage").
      const spaces =
        surface[i - 1] === '-'
          ? [' ', '\u00A0', '  ']
          : [' ', '\u00A0', '\u2009', '\u202F', '  ', ' \t', '\n', '\r\n', ' \n '];
      out += spaces[r % spaces.length];
    } else if (c === '-') out += ['-', '-', '\u2010', '\u2011', '\u2013', '\u2212'][r % 6];
    else out += r % 3 === 0 ? c.toUpperCase() : c;
    // A soft hyphen only between two letters, never next to a space or a line break.
    if (isWordChar(c) && isWordChar(surface[i + 1]) && next() % 5 === 0) out += '\u00AD';
  }
  return out;
}

/** Everything `find` promises about its hits, for any text. */
function expectWellFormed(text: string, hits: Hit[], positions: ReadonlySet<string>, terms: ReadonlySet<string>): void {
  let prevEnd = 0;
  for (const h of hits) {
    expect(h.start).toBeGreaterThanOrEqual(prevEnd); // sorted and non-overlapping
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(h.text).toBe(text.slice(h.start, h.end));
    expect(h.positions.length).toBeGreaterThan(0);
    for (const p of h.positions) expect(positions.has(p)).toBe(true);
    expect(new Set(h.positions).size).toBe(h.positions.length);
    expect(terms.has(h.term)).toBe(true);
    prevEnd = h.end;
  }
}

function known(compiled: CompiledLexicon): { positions: Set<string>; terms: Set<string> } {
  return {
    positions: new Set(compiled.positions),
    terms: new Set(compiled.terms.filter((t) => !t.guard).map((t) => t.t)),
  };
}

/** Between two parts of a text: a sentence block (so the side before is not read as a heading) and
 *  then a heading of its own, so each side keeps its own sections (matcher.ts, BlockScopes). */
const ISOLATE = '\n\n.\n\nQxz\n\n';

/** What a hit says with strong evidence: its extent, term and the positions it counts for in full. */
function strongView(hits: Hit[]): { start: number; end: number; text: string; term: string; positions: string[] }[] {
  return hits
    .map((h) => ({
      start: h.start,
      end: h.end,
      text: h.text,
      term: h.term,
      positions: h.positions.filter((p) => !h.weak?.includes(p)),
    }))
    .filter((h) => h.positions.length > 0);
}

const NOISE = [
  ' ',
  ' ',
  ' ',
  '. ',
  ', ',
  '\n',
  '\n\n',
  '\u00A0',
  '\u00AD',
  '\u200B',
  '-',
  '\u2013',
  '«',
  '»',
  '(',
  ')',
  ':',
  '😀',
  'e\u0301',
  'İ',
  '2030',
];

/** Random text: surfaces of the lexicon (disguised), filler words, artefacts and arbitrary Unicode. */
function textOf(surface: fc.Arbitrary<Surface>, words: readonly string[]): fc.Arbitrary<string> {
  const part = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(surface, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }))
        .map(([s, b]) => `${disguise(s.text, b)} `),
    },
    { weight: 3, arbitrary: fc.constantFrom(...words).map((w) => `${w} `) },
    { weight: 4, arbitrary: fc.constantFrom(...NOISE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  return fc.array(part, { maxLength: 40 }).map((parts) => parts.join(''));
}

// ---------------------------------------------------------------------------------------------
// The real lexicon

const real = compiledLexicon();
const realMatcher = defaultMatcher();
const realKnown = known(real);

/** Everyday words in no pattern of the real lexicon (checked below), to embed terms in. */
const FILLER_CANDIDATES =
  'Dette er tekst noe helt leser høyt hver gul sykkel hund fjell sol regn snø eller ble jo hun ut opp ned her der'.split(
    ' ',
  );
const patternWords = new Set(real.patterns.flatMap((p) => p.s.split(/[ ,:]+/)).filter((w) => w !== ''));
const FILLER = FILLER_CANDIDATES.filter((f) => ![...patternWords].some((w) => f.toLowerCase().includes(w)));

const realSurface = surfaceOf(real);
const realAnySurface = surfaceOf(real, true);
const realText = textOf(realAnySurface, FILLER);

// Ten "İ" (two units each when lowercased) before a term once overflowed the normaliser's buffer.
const LEFT = [' ', '\n', '\n\n', ' «', ' (', ' "', '. ', ': ', '\u00A0', ` ${'İ'.repeat(10)} `];
const RIGHT = [' ', '\n', '\n\n', '» ', ') ', ', ', '. ', '! ', '? ', '; ', '\u00A0'];

const sentence = (words: readonly string[]) =>
  fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' '));

/** A surface, disguised, between a random left and right context; with its place in the text. */
function embedded(surface: fc.Arbitrary<Surface>, words: readonly string[]) {
  return fc
    .record({
      surface,
      bits: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
      before: sentence(words),
      after: sentence(words),
      left: fc.constantFrom(...LEFT),
      right: fc.constantFrom(...RIGHT),
      atStart: fc.boolean(),
      atEnd: fc.boolean(),
    })
    .map(({ surface, bits, before, after, left, right, atStart, atEnd }) => {
      const written = disguise(surface.text, bits);
      const head = atStart ? '' : `${before}${left}`;
      const tail = atEnd ? '' : `${right}${after}`;
      return { text: head + written + tail, start: head.length, end: head.length + written.length, surface };
    });
}

/** The position ids of a compiled term. */
const positionsOf = (compiled: CompiledLexicon, term: number): string[] =>
  compiled.terms[term]!.positions.map((p) => compiled.positions[p]!);

function expectFound(
  matcher: Matcher,
  compiled: CompiledLexicon,
  e: { text: string; start: number; end: number; surface: Surface },
): void {
  const hits = matcher.find(e.text);
  const hit = hits.find((h) => h.start === e.start && h.end === e.end);
  expect(
    hit,
    `no hit at [${e.start}, ${e.end}) for ${JSON.stringify(e.text)}; hits: ${JSON.stringify(hits)}`,
  ).toBeDefined();
  for (const p of positionsOf(compiled, e.surface.term)) expect(hit!.positions).toContain(p);
}

const FOLD: Record<string, string[]> = { æ: ['ae', 'a', 'e'], ø: ['o', 'oe'], å: ['a', 'aa'] };
/** Replace every å/æ/ø by a plausible ASCII spelling (chosen by `bits`). */
function fold(s: string, bits: number[]): string {
  let k = 0;
  return s.replace(/[æøå]/gi, (c) => {
    const lower = c.toLowerCase();
    const alt = FOLD[lower]![(bits[k++ % bits.length] ?? 0) % FOLD[lower]!.length]!;
    return c === lower ? alt : alt.toUpperCase();
  });
}

describe('matcher with the real lexicon (properties)', () => {
  it('the filler words are in no pattern and give no hit', () => {
    expect(FILLER.length).toBeGreaterThanOrEqual(15);
    expect(realMatcher.find(FILLER.join(' '))).toEqual([]);
  });

  it('never throws; hits are sorted, non-overlapping, inside the text, with exact surface and known positions', () => {
    fc.assert(
      fc.property(realText, (text) => {
        expectWellFormed(text, realMatcher.find(text), realKnown.positions, realKnown.terms);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every declared surface form between word boundaries, in any casing, with soft hyphens and any space', () => {
    fc.assert(
      fc.property(embedded(realSurface, FILLER), (e) => expectFound(realMatcher, real, e)),
      { numRuns: 600 },
    );
  });

  it('the strong hits of a text do not change when other sections are added before and after it', () => {
    fc.assert(
      fc.property(realText, realText, realText, (before, text, after) => {
        const t = `${text}.`; // ends in a sentence: its last block heads nothing, alone or not
        const alone = strongView(realMatcher.find(t));
        const offset = before.length + ISOLATE.length;
        const inContext = strongView(
          realMatcher
            .find(before + ISOLATE + t + ISOLATE + after)
            .filter((h) => h.start >= offset && h.end <= offset + t.length)
            .map((h) => ({ ...h, start: h.start - offset, end: h.end - offset })),
        );
        expect(inContext).toEqual(alone);
      }),
      { numRuns: 150 },
    );
  });

  it('å, æ and ø are never folded: text without them hits only terms that have a spelling without them', () => {
    // From the declarations as written, not the compiled patterns (those went through the normaliser).
    const plain = (t: string): boolean =>
      t.split(' ').every((word) => word.split('|').some((alt) => !/[æøå]/i.test(alt)));
    const withPlainSpelling = new Set(real.terms.filter((t) => plain(t.t)).map((t) => t.t));
    const foldedText = fc
      .tuple(
        fc.array(fc.tuple(realAnySurface, fc.constantFrom(...FILLER, ...NOISE)), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      )
      .map(([parts, bits]) => fold(parts.map(([s, f]) => `${s.text} ${f}`).join(' '), bits))
      .filter((t) => !/[æøåÆØÅ]/.test(t));
    fc.assert(
      fc.property(foldedText, (text) => {
        for (const h of realMatcher.find(text))
          expect(withPlainSpelling, `${h.term} in ${JSON.stringify(text)}`).toContain(h.term);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Small generated lexicons

/** Lexicon words use these letters; filler words only the others, so they never meet a pattern. */
const LEX_LETTERS = 'abdefgiklmnoprstuvæøå';
const FILLER_WORDS = ['hyc', 'qwz', 'jchz', 'xyw', 'zyzzy', 'wcq', 'Chq', 'Jyx'];

const lexWord = fc.string({ unit: fc.constantFrom(...LEX_LETTERS), minLength: 2, maxLength: 7 });
/** A word of a term: one spelling or `|` alternatives, now and then a hyphenated compound. */
const termWord = fc.oneof(
  { weight: 4, arbitrary: lexWord },
  { weight: 1, arbitrary: fc.tuple(lexWord, lexWord).map(([a, b]) => `${a}|${b}`) },
  { weight: 1, arbitrary: fc.tuple(lexWord, lexWord).map(([a, b]) => `${a}-${b}`) },
);
const termSpec: fc.Arbitrary<TermSpec> = fc
  .record({
    words: fc.array(termWord, { minLength: 1, maxLength: 3 }),
    infl: fc.constantFrom<Inflection>('noun', 'noun', 'noun-er', 'adj', 'verb', 'none'),
    compound: fc.constantFrom<TermSpec['compound']>(undefined, undefined, 'first', 'head', 'both'),
    star: fc.nat({ max: 5 }),
    guard: fc.option(lexWord, { freq: 6 }),
  })
  .map(({ words, infl, compound, star, guard }) => {
    // noun-er needs a lemma in -er/-el/-en.
    const t = infl === 'noun-er' ? `${words.join(' ')}er` : words.join(' ');
    return {
      t,
      infl,
      ...(compound ? { compound } : {}),
      ...(star === 0 ? { needs: ['*'] } : {}),
      ...(guard && guard !== t ? { unless: [guard] } : {}),
    };
  });

/** A compiled random lexicon; declarations the compiler rejects (LexiconError) are regenerated. */
const generatedLexicon: fc.Arbitrary<CompiledLexicon> = fc
  .array(fc.array(termSpec, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((positions): CompiledLexicon | null => {
    const lexicon: PositionTerms[] = positions.map((terms, i) => ({ position: `gen:p${i}`, terms }));
    try {
      return compileLexicon(lexicon);
    } catch (e) {
      if (e instanceof LexiconError) return null;
      throw e;
    }
  })
  .filter((c): c is CompiledLexicon => c !== null && rulesOf(c).length > 0);

describe('matcher with generated lexicons (properties)', () => {
  it('never throws; hits are sorted, non-overlapping, inside the text, with exact surface and known positions', () => {
    fc.assert(
      fc.property(
        generatedLexicon.chain((compiled) =>
          fc.tuple(
            fc.constant(compiled),
            fc.array(textOf(surfaceOf(compiled, true), FILLER_WORDS), { minLength: 1, maxLength: 4 }),
          ),
        ),
        ([compiled, texts]) => {
          const matcher = createMatcher(compiled);
          const { positions, terms } = known(compiled);
          // Several texts through one matcher: its reused scratch buffers must not leak between calls.
          for (const text of texts) expectWellFormed(text, matcher.find(text), positions, terms);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds every declared surface form between word boundaries, in any casing, with soft hyphens and any space', () => {
    fc.assert(
      fc.property(
        generatedLexicon.chain((compiled) =>
          fc.tuple(fc.constant(compiled), embedded(surfaceOf(compiled), FILLER_WORDS)),
        ),
        ([compiled, e]) => expectFound(createMatcher(compiled), compiled, e),
      ),
      { numRuns: 150 },
    );
  });

  it('the strong hits of a text do not change when other sections are added before and after it', () => {
    fc.assert(
      fc.property(
        generatedLexicon.chain((compiled) => {
          const text = textOf(surfaceOf(compiled, true), FILLER_WORDS);
          return fc.tuple(fc.constant(compiled), text, text, text);
        }),
        ([compiled, before, text, after]) => {
          const matcher = createMatcher(compiled);
          const t = `${text}.`;
          const alone = strongView(matcher.find(t));
          const offset = before.length + ISOLATE.length;
          const inContext = strongView(
            matcher
              .find(before + ISOLATE + t + ISOLATE + after)
              .filter((h) => h.start >= offset && h.end <= offset + t.length)
              .map((h) => ({ ...h, start: h.start - offset, end: h.end - offset })),
          );
          expect(inContext).toEqual(alone);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('å, æ and ø are never folded: a term spelled only with them never matches its folded spelling', () => {
    const withNordic = fc
      .tuple(
        lexWord,
        fc.constantFrom('æ', 'ø', 'å'),
        lexWord,
        fc.constantFrom<Inflection>('noun', 'adj', 'verb', 'none'),
        fc.constantFrom<TermSpec['compound']>(undefined, 'first', 'head', 'both'),
      )
      .map(([a, nordic, b, infl, compound]) => ({ t: `${a}${nordic}${b}`, infl, ...(compound ? { compound } : {}) }));
    fc.assert(
      fc.property(
        withNordic.chain((spec) => {
          const compiled = compileLexicon([{ position: 'gen:nordic', terms: [spec] }]);
          return fc.tuple(
            fc.constant(compiled),
            embedded(surfaceOf(compiled), FILLER_WORDS),
            fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
          );
        }),
        ([compiled, e, bits]) => {
          const matcher = createMatcher(compiled);
          expectFound(matcher, compiled, e); // the term itself is found …
          const folded = fold(e.text, bits);
          expect(matcher.find(folded), folded).toEqual([]); // … its folded spelling never
        },
      ),
      { numRuns: 150 },
    );
  });
});
