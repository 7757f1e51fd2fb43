import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileLexicon } from '../lexicon/compile';
import type { PositionTerms } from '../lexicon/types';
import { createMatcher } from './matcher';

const P = {
  obj: 'test:innsigelser',
  norm: 'test:bemanningsnormer',
  sup: 'test:tilsyn',
  plan: 'test:plan',
  eu: 'test:eos',
  clim: 'test:klima',
} as const;

/** A small lexicon written for these tests, so they do not depend on the real term list. */
const LEXICON: PositionTerms[] = [
  {
    position: P.obj,
    terms: [
      { t: 'innsigelse', compound: 'first' },
      { t: 'motsegn', compound: 'first', lang: 'nn' },
      { t: 'lovfeste', infl: 'verb' },
    ],
  },
  {
    position: P.norm,
    terms: [
      { t: 'bemanningsnorm', compound: 'first' },
      { t: 'norm', compound: 'head', needs: ['*'] },
      { t: 'lærer', infl: 'noun-er', needs: ['bemanningsnorm'] },
      { t: 'regel', infl: 'noun-er' },
      { t: 'bemanning', needs: ['*'] },
    ],
  },
  {
    position: P.sup,
    terms: [
      { t: 'statlig|statleg tilsyn' },
      { t: 'tilsynet', infl: 'none' },
      { t: 'fylkesveg' },
      { t: 'statlig', infl: 'adj', needs: ['fylkesveg'] },
    ],
  },
  { position: P.plan, terms: [{ t: 'plan- og bygningsloven', infl: 'none' }] },
  { position: P.eu, terms: [{ t: 'EØS', infl: 'none' }, { t: 'EØS-avtale' }] },
  {
    position: P.clim,
    terms: [
      { t: 'Klimakur 2030', infl: 'none' },
      { t: 'klimatilpasning', compound: 'first' },
    ],
  },
];

const matcher = createMatcher(compileLexicon(LEXICON));
const surfaces = (text: string): string[] => matcher.find(text).map((h) => h.text);
const termsOf = (text: string): string[] => matcher.find(text).map((h) => h.term);

/** A one-term matcher, to test a single declaration in isolation. */
const only = (spec: PositionTerms['terms'][number]) => {
  const m = createMatcher(compileLexicon([{ position: 'test:x', terms: [spec] }]));
  return (text: string): string[] => m.find(text).map((h) => h.text);
};

describe('inflection', () => {
  const noun = only({ t: 'innsigelse' });
  it('bokmål noun forms with final -e elided', () => {
    expect(noun('innsigelse innsigelsen innsigelser innsigelsene')).toEqual([
      'innsigelse',
      'innsigelsen',
      'innsigelser',
      'innsigelsene',
    ]);
    expect(noun('innsigelseen innsigelseer innsigels')).toEqual([]);
  });

  it('nynorsk noun forms (-a, -ar, -ane)', () => {
    const veg = only({ t: 'fylkesveg' });
    expect(veg('fylkesvegar fylkesvegane fylkesvegen')).toEqual(['fylkesvegar', 'fylkesvegane', 'fylkesvegen']);
    const motsegn = only({ t: 'motsegn' });
    expect(motsegn('motsegna motsegner motsegnene')).toEqual(['motsegna', 'motsegner', 'motsegnene']);
    const tilsyn = only({ t: 'tilsyn' });
    expect(tilsyn('tilsyna tilsynet')).toEqual(['tilsyna', 'tilsynet']);
  });

  it('genitive -s on every form', () => {
    expect(noun('innsigelsens innsigelsenes innsigelses')).toEqual(['innsigelsens', 'innsigelsenes', 'innsigelses']);
    expect(only({ t: 'tilsyn' })('tilsynets')).toEqual(['tilsynets']);
  });

  it('noun-er drops the e in the plural: lærere, lærerne; regler, reglene', () => {
    const m = only({ t: 'lærer', infl: 'noun-er' });
    expect(m('lærer læreren lærere lærerne lærernes')).toEqual(['lærer', 'læreren', 'lærere', 'lærerne', 'lærernes']);
    const r = only({ t: 'regel', infl: 'noun-er' });
    expect(r('regel regelen regler reglene reglar')).toEqual(['regel', 'regelen', 'regler', 'reglene', 'reglar']);
    // As a plain noun "lærer" would not give "lærerne".
    expect(only({ t: 'lærer' })('lærerne')).toEqual([]);
  });

  it('adjectives and verbs', () => {
    const adj = only({ t: 'statlig', infl: 'adj' });
    expect(adj('statlig statlige statligere')).toEqual(['statlig', 'statlige', 'statligere']);
    expect(adj('statligheten')).toEqual([]);
    const verb = only({ t: 'lovfeste', infl: 'verb' });
    expect(verb('lovfeste lovfester lovfestet lovfesta lovfestes lovfestar')).toEqual([
      'lovfeste',
      'lovfester',
      'lovfestet',
      'lovfesta',
      'lovfestes',
      'lovfestar',
    ]);
  });

  it("'none' matches exactly as written, case-insensitively", () => {
    expect(surfaces('Klimakur 2030 og KLIMAKUR 2030')).toEqual(['Klimakur 2030', 'KLIMAKUR 2030']);
    expect(surfaces('Klimakur 20301 og klimakuren 2030')).toEqual([]);
    expect(only({ t: 'tilsynet', infl: 'none' })('tilsynets tilsynet')).toEqual(['tilsynet']);
  });

  it('only the last word inflects; alternatives with |', () => {
    expect(surfaces('statlige tilsynet, statleg tilsyn og statlig tilsyns')).toEqual([
      'tilsynet',
      'statleg tilsyn',
      'statlig tilsyns',
    ]);
  });
});

describe('compounds', () => {
  it("'first': term + optional linking s/e + ≥3 letters", () => {
    expect(surfaces('innsigelsesretten innsigelsessaker innsigelsesinstitutt')).toEqual([
      'innsigelsesretten',
      'innsigelsessaker',
      'innsigelsesinstitutt',
    ]);
    expect(surfaces('motsegnsrett')).toEqual(['motsegnsrett']);
  });

  it("'first' needs at least 3 letters after the linking letter", () => {
    const m = only({ t: 'tilsyn', compound: 'first' });
    expect(m('tilsynsrom tilsynsro tilsynabc tilsynab')).toEqual(['tilsynsrom', 'tilsynabc']);
    // "normert" is no compound of "norm": e is a linking letter, leaving only "rt".
    expect(only({ t: 'norm', compound: 'first' })('normert normering')).toEqual(['normering']);
  });

  it('inflection is not a compound: bemanningsnormene is matched as a form of the term', () => {
    const hits = matcher.find('bemanningsnormene');
    expect(hits.map((h) => [h.text, h.term])).toEqual([['bemanningsnormene', 'bemanningsnorm']]);
  });

  it('without compounding, a term inside a longer word is no hit', () => {
    expect(only({ t: 'tilsyn' })('tilsynsmyndighet Finanstilsynet tilsynsrapport')).toEqual([]);
    expect(only({ t: 'innsigelse' })('innsigelsesretten')).toEqual([]);
  });

  it("'head': a modifier of ≥3 letters before the term in the same word", () => {
    const m = only({ t: 'norm', compound: 'head' });
    expect(m('lærernormen barnehagenorma')).toEqual(['lærernormen', 'barnehagenorma']);
    expect(m('abnorm enorm xyznorm')).toEqual(['xyznorm']);
  });

  it('"norm" is not found in "normal" or "enorm"', () => {
    const m = only({ t: 'norm', compound: 'head' });
    expect(m('normal normalt enorm enormt')).toEqual([]);
    expect(m('norm')).toEqual(['norm']);
  });

  it('"tilsyn" is not found in "Finanstilsynet" unless declared as a head', () => {
    expect(only({ t: 'tilsyn' })('Finanstilsynet')).toEqual([]);
    expect(only({ t: 'tilsyn', compound: 'head' })('Finanstilsynet')).toEqual(['Finanstilsynet']);
  });

  it('a hyphen joins compounds: first part, head, and abbreviations', () => {
    expect(surfaces('innsigelses-saken')).toEqual(['innsigelses-saken']);
    expect(only({ t: 'innsigelse' })('innsigelses-saken')).toEqual([]);
    expect(only({ t: 'norm', compound: 'head' })('skole-norma')).toEqual(['skole-norma']);
    expect(only({ t: 'tilsyn' })('finans-tilsynet')).toEqual([]);
    expect(surfaces('EØS-midlene og EØS')).toEqual(['EØS-midlene', 'EØS']);
  });

  it('a declared hyphenated term wins over the abbreviation inside it', () => {
    expect(termsOf('EØS-avtalen')).toEqual(['EØS-avtale']);
  });
});

describe('page artefacts', () => {
  it('soft hyphens inside a word', () => {
    expect(surfaces('inn\u00ADsigel\u00ADsen')).toEqual(['inn\u00ADsigel\u00ADsen']);
  });

  it('non-breaking and thin spaces between words', () => {
    expect(surfaces('statlig\u00A0tilsyn og statleg\u2009tilsyn')).toEqual([
      'statlig\u00A0tilsyn',
      'statleg\u2009tilsyn',
    ]);
  });

  it('a word hyphenated across a line break', () => {
    expect(surfaces('innsigel-\nsene')).toEqual(['innsigel-\nsene']);
  });

  it('typographic dashes in "plan– og bygningsloven", and its web spellings', () => {
    expect(surfaces('etter plan– og bygningsloven')).toEqual(['plan– og bygningsloven']);
    expect(surfaces('plan—og bygningsloven og plan og bygningsloven')).toEqual([
      'plan—og bygningsloven',
      'plan og bygningsloven',
    ]);
  });

  it('multi-word terms across spaces and a line break inside a block, never across blocks', () => {
    expect(surfaces('statlig   tilsyn')).toEqual(['statlig   tilsyn']);
    expect(surfaces('statlig\ntilsyn')).toEqual(['statlig\ntilsyn']);
    expect(surfaces('statlig\n\ntilsyn')).toEqual([]);
    expect(surfaces('plan- og\n\nbygningsloven')).toEqual([]);
  });

  it('å/æ/ø are never folded', () => {
    const m = only({ t: 'lærer', infl: 'noun-er' });
    expect(m('larer laerer lærer LÆRER')).toEqual(['lærer', 'LÆRER']);
    expect(only({ t: 'fylkesvei' })('fylkesvei')).toEqual(['fylkesvei']);
    expect(only({ t: 'bygningsrad' })('bygningsråd')).toEqual([]);
  });

  it('offsets are exact with surrogate pairs and emoji before the hit', () => {
    const text = '👩‍👩‍👧 𝔄 «Innsigelsene» 😀statlig\u00A0tilsyn';
    for (const h of matcher.find(text)) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(surfaces(text)).toEqual(['Innsigelsene', 'statlig\u00A0tilsyn']);
    expect(matcher.find(text)[0]!.start).toBe(text.indexOf('Innsigelsene'));
  });

  it('finds a term after many characters that expand when lowercased ("İ")', () => {
    const text = `${'İzmir og İstanbul. '.repeat(5)}Fylkesmannen fremmet innsigelse.`;
    expect(surfaces(text)).toEqual(['innsigelse']);
    expect(matcher.find(text)[0]!.start).toBe(text.indexOf('innsigelse'));
  });

  it('offsets are exact for any mix of artefacts around a term (property)', () => {
    const noise = fc.constantFrom(' ', '\u00A0', '\u00AD', '\u200B', '😀', 'e\u0301', '\n', '. ', ', ', '«', '»');
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 6 }), fc.array(noise, { maxLength: 6 }), (pre, post) => {
        const text = `${pre.join('')} Innsigelsen ${post.join('')}`;
        const hits = matcher.find(text);
        expect(hits.map((h) => h.text)).toEqual(['Innsigelsen']);
        expect(hits[0]!.start).toBe(text.indexOf('Innsigelsen'));
      }),
    );
  });
});

describe('context rules', () => {
  const weakOf = (text: string): string[] => matcher.find(text).map((h) => `${h.term}${h.weak ? ' (weak)' : ''}`);

  it('an ambiguous term counts with a needed term in its section; elsewhere in the text only weakly', () => {
    expect(termsOf('Lærerne fikk mer tid.')).toEqual([]);
    expect(weakOf('Lærerne og bemanningsnormen.')).toEqual(['lærer', 'bemanningsnorm']);
    // Two paragraphs without a heading between them are one section.
    expect(weakOf('Lærerne fikk mer tid.\n\nBemanningsnormen ble vedtatt.')).toEqual(['lærer', 'bemanningsnorm']);
    // Under another heading: the company is elsewhere on the page, weak evidence.
    expect(weakOf('Skolen\n\nLærerne fikk mer tid.\n\nVedtak\n\nBemanningsnormen ble vedtatt.')).toEqual([
      'lærer (weak)',
      'bemanningsnorm',
    ]);
  });

  it('a weak hit is marked for that position only', () => {
    const [hit] = matcher.find('Skolen\n\nLærerne fikk mer tid.\n\nVedtak\n\nBemanningsnormen ble vedtatt.');
    expect(hit!.positions).toEqual([P.norm]);
    expect(hit!.weak).toEqual([P.norm]);
  });

  it('two different context-bound terms of a position validate each other side by side, weakly across a section; one repeated does not', () => {
    expect(weakOf('Bemanningen må følge en norm.')).toEqual(['bemanning', 'norm']);
    expect(termsOf('Bemanningen og bemanningen.')).toEqual([]);
    expect(weakOf('Bemanningen.\n\nEn norm.')).toEqual(['bemanning (weak)', 'norm (weak)']);
    // An anchor of the position in the section is full company.
    expect(weakOf('Bemanningen.\n\nEn bemanningsnorm.')).toEqual(['bemanning', 'bemanningsnorm']);
  });

  it('a heading shares its context with its whole section, up to the next heading', () => {
    expect(termsOf('Bemanningsnorm i skolen\n\nLærerne fikk mer tid.')).toEqual(['bemanningsnorm', 'lærer']);
    expect(
      weakOf('Bemanningsnorm i skolen\n\nDet var et år.\n\nLærerne fikk mer tid.\n\nNeste sak\n\nLærerne igjen.'),
    ).toEqual(['bemanningsnorm', 'lærer', 'lærer (weak)']);
  });

  it('"*" takes an anchor of another position of the same chapter in the section as weak company; a named list does not', () => {
    const m = createMatcher(
      compileLexicon([
        {
          position: 'test:a',
          chapter: 1,
          terms: [{ t: 'kommuneplan' }, { t: 'areal', needs: ['*'] }, { t: 'jord', needs: ['kommuneplan'] }],
        },
        { position: 'test:b', chapter: 1, terms: [{ t: 'innsigelse' }] },
        { position: 'test:c', chapter: 2, terms: [{ t: 'barnehage' }] },
      ]),
    );
    const found = (text: string) => m.find(text).map((h) => `${h.term}${h.weak ? '~' : ''}:${h.positions.join(',')}`);
    expect(found('Arealet fikk en innsigelse.')).toEqual(['areal~:test:a', 'innsigelse:test:b']);
    expect(found('Arealet ved barnehagen.')).toEqual(['barnehage:test:c']);
    expect(found('Jorda fikk en innsigelse.')).toEqual(['innsigelse:test:b']);
  });

  it('marks hits in a heading, and hits that stand alone for their chapter in the section', () => {
    const [heading, body] = matcher.find('Innsigelser\n\nFylket fremmet innsigelse.');
    expect(heading!.heading).toBe(true);
    expect(body!.heading).toBeUndefined();
    // A single block heads nothing.
    expect(matcher.find('Innsigelser')[0]!.heading).toBeUndefined();
    expect(matcher.find('Fylket fremmet innsigelse.')[0]!.lone).toEqual([P.obj]);
    expect(matcher.find('Fylket fremmet innsigelse og motsegn.').map((h) => h.lone)).toEqual([undefined, undefined]);
  });

  it('the same words read as another term are no context', () => {
    const m = createMatcher(
      compileLexicon([
        { position: 'test:a', terms: [{ t: 'tilsynet', infl: 'none', needs: ['tilsyn'] }] },
        { position: 'test:b', terms: [{ t: 'tilsyn' }] },
      ]),
    );
    expect(m.find('Tilsynet kom.').map((h) => h.positions)).toEqual([['test:b']]);
    expect(m.find('Tilsyn og tilsynet.').map((h) => h.positions)).toEqual([['test:b'], ['test:a', 'test:b']]);
  });

  it('a term counts for the positions whose context is met', () => {
    // "statlig" alone needs "fylkesveg"; "statlig tilsyn" is its own term and always counts.
    expect(termsOf('Statlige midler.')).toEqual([]);
    expect(termsOf('Statlige midler til fylkesvegane.')).toEqual(['statlig', 'fylkesveg']);
  });
});

describe('negative contexts (unless)', () => {
  const m = createMatcher(
    compileLexicon([
      {
        position: 'test:innsigelser',
        terms: [
          { t: 'innsigelse', compound: 'first', unless: ['inkasso', 'skyldner', 'forbruker'] },
          { t: 'motsegn', compound: 'first', unless: ['Presidenten:', 'ingen motsegn'] },
          { t: 'plansak', needs: ['*'] },
        ],
      },
      { position: 'test:forbruk', terms: [{ t: 'innsigelse', compound: 'first' }] },
    ]),
  );
  const found = (text: string) => m.find(text).map((h) => `${h.text}:${h.positions.join(',')}`);

  it('a guard word in the same block keeps the hit from counting, inflected or as a compound', () => {
    expect(found('Statsforvalteren fremmet innsigelse til planen.')).toEqual([
      'innsigelse:test:innsigelser,test:forbruk',
    ]);
    expect(found('Skyldneren fremmet innsigelse mot kravet.')).toEqual(['innsigelse:test:forbruk']);
    expect(found('Inkassoselskapet ignorerte innsigelsen.')).toEqual(['innsigelsen:test:forbruk']);
  });

  it('only within the section (heading to next heading), and only for the positions that declared it', () => {
    expect(found('Innsigelsen ble tatt til følge.\n\nSaken gikk til inkasso.')).toEqual(['Innsigelsen:test:forbruk']);
    expect(found('Plansaker\n\nInnsigelsen ble tatt til følge.\n\nInkasso\n\nSaken gikk til inkasso.')).toEqual([
      'Plansaker:test:innsigelser',
      'Innsigelsen:test:innsigelser,test:forbruk',
    ]);
    expect(found('Inkasso og forbrukere\n\nInnsigelsen ble avvist.')).toEqual(['Innsigelsen:test:forbruk']);
  });

  it('a guard may overlap the hit itself, or be written exactly ("Presidenten:")', () => {
    expect(found('Det kom ingen motsegn til planen.')).toEqual([]);
    expect(found('Presidenten: Dersom ingen har motsegn, er det vedteke.')).toEqual([]);
    expect(found('Fylkeskommunen fremja motsegn til planen. Presidenten i klubben var einig.')).toEqual([
      'motsegn:test:innsigelser',
    ]);
  });

  it('guard words are never hits, and a guarded hit still occurs as context for others', () => {
    expect(found('Inkasso, skyldner og forbruker.')).toEqual([]);
    expect(found('Plansaka gjaldt motsegn frå fylket.')).toEqual([
      'Plansaka:test:innsigelser',
      'motsegn:test:innsigelser',
    ]);
  });
});

describe('overlaps', () => {
  it('the longest hit wins', () => {
    expect(termsOf('statlig tilsyn')).toEqual(['statlig|statleg tilsyn']);
  });

  it('then the leftmost', () => {
    const m = createMatcher(
      compileLexicon([
        {
          position: 'test:x',
          terms: [
            { t: 'tidlig innsats', infl: 'none' },
            { t: 'innsats i bygd', infl: 'none' },
          ],
        },
      ]),
    );
    // Both 14 characters long.
    expect(m.find('tidlig innsats i bygd').map((h) => h.text)).toEqual(['tidlig innsats']);
    const longer = createMatcher(
      compileLexicon([
        {
          position: 'test:x',
          terms: [
            { t: 'tidlig innsats', infl: 'none' },
            { t: 'innsats i bygda', infl: 'none' },
          ],
        },
      ]),
    );
    expect(longer.find('tidlig innsats i bygda').map((h) => h.text)).toEqual(['innsats i bygda']);
  });

  it('hits are sorted by start and do not overlap', () => {
    const hits = matcher.find('Innsigelsen om statlig tilsyn, bemanningsnormen og EØS-avtalen.');
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
    expect(hits.map((h) => h.positions[0])).toEqual([P.obj, P.sup, P.norm, P.eu]);
  });
});

describe('ranking', () => {
  it('ranks the position with more and more distinct evidence first', () => {
    const text = 'Innsigelsen og motsegna, innsigelsesretten. Statlig tilsyn.';
    const ranked = matcher.rank(matcher.find(text));
    expect(ranked.map((r) => r.id)).toEqual([P.obj, P.sup]);
    expect(ranked[0]!.hits).toHaveLength(3);
  });

  it('runs the same from a compiled lexicon that went through JSON (as bundled)', () => {
    const text = 'Innsigelsesretten, statlig\u00A0tilsyn, lærernormen og bemanningsnormene.';
    const revived = createMatcher(JSON.parse(JSON.stringify(compileLexicon(LEXICON))));
    expect(revived.find(text)).toEqual(matcher.find(text));
    expect(() => createMatcher({ ...compileLexicon(LEXICON), version: 0 })).toThrow(/version/);
  });

  it('exposes the number of patterns', () => {
    expect(matcher.size).toBeGreaterThan(10);
  });
});
