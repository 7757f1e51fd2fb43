import { describe, expect, it } from 'vitest';
import { compileLexicon, LexiconError, type CompiledLexicon } from './compile';
import type { PositionTerms, TermSpec } from './types';

const one = (spec: TermSpec, position = 'test:x'): CompiledLexicon => compileLexicon([{ position, terms: [spec] }]);

/** Every surface form the compiled lexicon accepts for term `ti` (stem + each ending). */
function forms(c: CompiledLexicon, ti = 0): string[] {
  const out = new Set<string>();
  for (const p of c.patterns) {
    for (const [term, si] of p.rules) if (term === ti) for (const e of c.suffixSets[si]!) out.add(p.s + e);
  }
  return [...out].sort();
}

describe('surface forms per inflection class', () => {
  it('noun: bokmål and nynorsk endings, genitive, final -e elided', () => {
    const f = forms(one({ t: 'innsigelse' }));
    for (const w of [
      'innsigelse',
      'innsigelsen',
      'innsigelser',
      'innsigelsene',
      'innsigelsa',
      'innsigelsar',
      'innsigelsane',
      'innsigelses',
      'innsigelsens',
      'innsigelsenes',
    ]) {
      expect(f).toContain(w);
    }
    expect(f).not.toContain('innsigelseen');
    expect(f).not.toContain('innsigels');
    const g = forms(one({ t: 'tilsyn' }));
    for (const w of ['tilsyn', 'tilsynet', 'tilsyna', 'tilsyns', 'tilsynets', 'tilsynene']) expect(g).toContain(w);
  });

  it('noun: a short vowel + m doubles (program → programmet)', () => {
    expect(forms(one({ t: 'program' }))).toContain('programmet');
    expect(forms(one({ t: 'norm' }))).not.toContain('normmet');
  });

  it('noun-er: lærer → lærere, lærerne; regel → regler, reglene', () => {
    const f = forms(one({ t: 'lærer', infl: 'noun-er' }));
    for (const w of ['lærer', 'læreren', 'lærere', 'lærerne', 'lærers', 'lærernes']) expect(f).toContain(w);
    const r = forms(one({ t: 'regel', infl: 'noun-er' }));
    for (const w of ['regel', 'regelen', 'regler', 'reglene', 'reglar', 'reglane']) expect(r).toContain(w);
  });

  it('adj and verb', () => {
    const a = forms(one({ t: 'statleg', infl: 'adj' }));
    for (const w of ['statleg', 'statlege', 'statlegt']) expect(a).toContain(w);
    const v = forms(one({ t: 'lovfeste', infl: 'verb' }));
    for (const w of ['lovfeste', 'lovfester', 'lovfestes', 'lovfestet', 'lovfesta', 'lovfestar', 'lovfestast'])
      expect(v).toContain(w);
  });

  it('none: exactly the written form, lowercased', () => {
    expect(forms(one({ t: 'EØS', infl: 'none' }))).toEqual(['eøs']);
  });

  it('only the last word inflects; | alternatives and dash variants expand', () => {
    const f = forms(one({ t: 'statlig|statleg tilsyn' }));
    expect(f).toContain('statlig tilsynet');
    expect(f).toContain('statleg tilsyna');
    expect(f).not.toContain('statlige tilsyn');
    const p = forms(one({ t: 'plan– og bygningsloven', infl: 'none' }));
    expect(p).toEqual(['plan og bygningsloven', 'plan- og bygningsloven', 'plan-og bygningsloven']);
  });
});

describe('compiled terms', () => {
  const lexicon: PositionTerms[] = [
    {
      position: 'test:a',
      terms: [
        { t: 'bemanningsnorm', compound: 'both' },
        { t: 'norm', compound: 'head', needs: ['*'] },
      ],
    },
    {
      position: 'test:b',
      terms: [
        { t: 'Bemanningsnorm', compound: 'both' },
        { t: 'lærer', infl: 'noun-er', needs: ['norm'] },
      ],
    },
  ];
  const c = compileLexicon(lexicon);

  it('merges a term shared by several positions and lowers its default weight', () => {
    const shared = c.terms.filter((t) => t.t.toLowerCase() === 'bemanningsnorm');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.positions.map((i) => c.positions[i])).toEqual(['test:a', 'test:b']);
    expect(shared[0]!.first && shared[0]!.head).toBe(true);
    const alone = compileLexicon([lexicon[0]!]).terms[0]!;
    expect(shared[0]!.weight).toBeLessThan(alone.weight);
  });

  it('weighs short terms lower than long ones', () => {
    const norm = c.terms.find((t) => t.t === 'norm')!;
    const long = compileLexicon([lexicon[0]!]).terms[0]!;
    expect(norm.weight).toBeLessThan(long.weight);
    expect(one({ t: 'norm', weight: 0.9 }).terms[0]!.weight).toBe(0.9);
  });

  it("a declared weight wins over another position's default for the same term; the highest declared wins", () => {
    const shared = (a: number | undefined, b: number | undefined) =>
      compileLexicon([
        { position: 'doc:a', terms: [{ t: 'plan- og bygningslov', ...(a === undefined ? {} : { weight: a }) }] },
        { position: 'doc:b', terms: [{ t: 'plan- og bygningslov', ...(b === undefined ? {} : { weight: b }) }] },
      ]).terms[0]!.weight;
    expect(shared(0.4, undefined)).toBe(0.4);
    expect(shared(undefined, 0.4)).toBe(0.4);
    expect(shared(0.3, 0.45)).toBe(0.45);
    expect(shared(undefined, undefined)).toBeGreaterThan(0.5);
  });

  it('carries each position\'s chapter, and marks "*" context rules (only they take same-chapter company)', () => {
    const x = compileLexicon([
      {
        position: 'doc:a',
        chapter: 2,
        terms: [{ t: 'kommuneplan' }, { t: 'areal', needs: ['*'] }, { t: 'jord', needs: ['kommuneplan'] }],
      },
      { position: 'doc:b', terms: [{ t: 'innsigelse' }] },
    ]);
    expect(x.chapters).toEqual([2, 0]);
    expect(x.terms.find((t) => t.t === 'areal')!.needsAny).toEqual([true]);
    expect(x.terms.find((t) => t.t === 'jord')!.needsAny).toBeUndefined();
    expect(() => compileLexicon([{ position: 'doc:a', chapter: 0, terms: [{ t: 'kommuneplan' }] }])).toThrow(/chapter/);
  });

  it('resolves context rules to term indices ("*" = the other terms of the position)', () => {
    const norm = c.terms.findIndex((t) => t.t === 'norm');
    const bemanning = c.terms.findIndex((t) => t.t === 'bemanningsnorm');
    expect(c.terms[norm]!.needs).toEqual([[bemanning]]);
    const laerer = c.terms.find((t) => t.t === 'lærer')!;
    expect(laerer.needs).toEqual([[norm]]);
    expect(c.terms[bemanning]!.needs).toEqual([null, null]);
  });

  it('compiles negative contexts to guard terms that point nowhere, per position', () => {
    const g = compileLexicon([
      { position: 'test:a', terms: [{ t: 'innsigelse', compound: 'first', unless: ['inkasso', 'Presidenten:'] }] },
      {
        position: 'test:b',
        terms: [
          { t: 'innsigelse', compound: 'first' },
          { t: 'plan', unless: ['inkasso'] },
        ],
      },
    ]);
    const index = (t: string) => g.terms.findIndex((x) => x.t === t);
    const [inkasso, president] = [index('inkasso'), index('Presidenten:')];
    expect(g.terms[inkasso]).toMatchObject({
      guard: true,
      positions: [],
      needs: [],
      weight: 0,
      infl: 'noun',
      first: true,
    });
    expect(g.terms[president]).toMatchObject({ guard: true, infl: 'none' });
    expect(g.terms[president]!.first).toBeUndefined();
    // One guard term per distinct word; the slot of test:b has no negative context.
    expect(g.terms.filter((x) => x.guard)).toHaveLength(2);
    expect(g.terms[index('innsigelse')]!.unless).toEqual([[inkasso, president], null]);
    expect(g.terms[index('plan')]!.unless).toEqual([[inkasso]]);
    // A term without negative context carries no `unless` at all (small JSON).
    expect('unless' in compileLexicon([lexicon[0]!]).terms[0]!).toBe(false);
    // Guards are found like terms: "inkasso" inflects and starts compounds.
    expect(forms(g, inkasso)).toEqual(expect.arrayContaining(['inkasso', 'inkassoen', 'inkassos']));
    expect(g.patterns.some((p) => p.s === 'presidenten:')).toBe(true);
  });

  it('keeps guards out of "*"', () => {
    const g = compileLexicon([
      {
        position: 'test:a',
        terms: [
          { t: 'motsegn', unless: ['votering'] },
          { t: 'plansak', needs: ['*'] },
        ],
      },
    ]);
    const plansak = g.terms.find((x) => x.t === 'plansak')!;
    expect(plansak.needs).toEqual([[g.terms.findIndex((x) => x.t === 'motsegn')]]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});

describe('validation', () => {
  const bad = (spec: Partial<TermSpec> & Record<string, unknown>, pattern: RegExp, position = 'test:x') => {
    expect(() => compileLexicon([{ position, terms: [spec as TermSpec] }])).toThrow(pattern);
    expect(() => compileLexicon([{ position, terms: [spec as TermSpec] }])).toThrow(LexiconError);
  };

  it('names the position and the term', () => {
    expect(() => one({ t: 'norm', infl: 'nom' as never }, 'test:abc')).toThrow(
      'Lexicon error in position "test:abc", term "norm": unknown infl "nom"',
    );
  });

  it('rejects nonsense declarations', () => {
    bad({ t: '' }, /empty term/);
    bad({ t: ' norm' }, /single spaces/);
    bad({ t: 'statlig  tilsyn' }, /single spaces/);
    bad({ t: 'statlig||statleg tilsyn' }, /empty alternative/);
    bad({ t: 'norm', compound: 'middle' as never }, /unknown compound/);
    bad({ t: 'norm', lang: 'sv' as never }, /unknown lang/);
    bad({ t: 'norm', weight: 2 }, /weight/);
    bad({ t: 'norm', needs: [] }, /needs/);
    bad({ t: 'norm', needs: ['*', 'lov'] }, /stands alone/);
    bad({ t: 'norm', needs: ['finnes ikke'] }, /no term of the lexicon/);
    bad({ t: 'norm', needs: ['Norm'] }, /needs itself/);
    bad({ t: 'norm', needs: ['*'] }, /no other term/);
    bad({ t: 'bord', infl: 'noun-er' }, /noun-er/);
    bad({ t: 'St.prp.', infl: 'noun' }, /must end in a letter/);
    bad({ t: 'x' }, /two letters/);
    bad({ t: 'norm' }, /position id/, 'Test X');
    bad({ t: 'norm', unless: [] }, /unless must be/);
    bad({ t: 'norm', unless: [''] }, /unless: empty word/);
    bad({ t: 'norm', unless: ['a  b'] }, /single spaces/);
    bad({ t: 'norm', unless: ['a||b'] }, /unless: empty alternative/);
    bad({ t: 'norm', unless: ['Norm'] }, /names the term itself/);
    bad({ t: 'norm', unless: ['x:'] }, /two letters/);
  });

  it('rejects a term listed twice in a position and a position listed twice', () => {
    expect(() => compileLexicon([{ position: 'test:x', terms: [{ t: 'norm' }, { t: 'Norm' }] }])).toThrow(
      /listed twice/,
    );
    expect(() =>
      compileLexicon([
        { position: 'test:x', terms: [{ t: 'norm' }] },
        { position: 'test:x', terms: [{ t: 'lov' }] },
      ]),
    ).toThrow(/position listed twice/);
  });

  it('rejects an explosion of alternatives', () => {
    const word = Array.from({ length: 9 }, (_, i) => `a${'b'.repeat(i + 1)}`).join('|');
    bad({ t: `${word} ${word} norm` }, /more than 64 spellings/);
  });
});
