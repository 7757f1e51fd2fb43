import { describe, expect, it } from 'vitest';
import { createMatcher } from '../match/matcher';
import fc from 'fast-check';
import { checkTerm } from '../userdata/validate';
import { lexicon } from './index';
import { buildLexicon, curatedClash, curatedKeys } from './own-terms';
import type { PositionTerms } from './types';

const base: PositionTerms[] = [
  { position: 'd:a', terms: [{ t: 'innsigelse' }] },
  { position: 'd:b', terms: [{ t: 'bemanningsnorm' }] },
];

describe('own terms', () => {
  it('highlight like built-in terms, for their position', () => {
    const built = buildLexicon(base, [{ term: ' Grunnbemanning ', positionId: 'd:b' }]);
    const hits = createMatcher(built.lexicon).find('Vi trenger mer grunnbemanning og færre innsigelser.');
    expect(hits.map((h) => [h.text, h.positions])).toEqual([
      ['grunnbemanning', ['d:b']],
      ['innsigelser', ['d:a']],
    ]);
  });
  it('change the version; the same terms give the same version', () => {
    const a = buildLexicon(base, []);
    const b = buildLexicon(base, [{ term: 'grunnbemanning', positionId: 'd:b' }]);
    expect(a.version).not.toBe(b.version);
    expect(buildLexicon(base, []).version).toBe(a.version);
  });
  it('reject terms for unknown positions or that cannot be matched, and keep the rest', () => {
    const built = buildLexicon(base, [
      { term: 'grunnbemanning', positionId: 'd:zz' },
      { term: '!!!', positionId: 'd:a' },
      { term: 'motsegn', positionId: 'd:a' },
    ]);
    expect(built.rejected.map((r) => [r.term, r.reason])).toEqual([
      ['grunnbemanning', 'unknownPosition'],
      ['!!!', 'invalid'],
    ]);
    expect(
      createMatcher(built.lexicon)
        .find('motsegn')
        .map((h) => h.positions),
    ).toEqual([['d:a']]);
  });
});

describe('own terms never switch the lexicon off (issue 10, finding 1)', () => {
  const curated: PositionTerms[] = [
    { position: 'd:a', terms: [{ t: 'e-helselov' }, { t: 'statlig|statleg tilsyn' }] },
    { position: 'd:b', terms: [{ t: 'innsigelse' }] },
  ];

  it.each([
    ['an en dash for a curated hyphen', [{ term: 'e–helselov', positionId: 'd:a' }], 'curated'],
    ['a soft hyphen in a curated term', [{ term: 'inn\u00adsigelse', positionId: 'd:b' }], 'curated'],
    ['one spelling of curated alternatives', [{ term: 'Statleg  tilsyn', positionId: 'd:a' }], 'curated'],
    [
      'two own terms that differ by a dash',
      [
        { term: 'ab-cd', positionId: 'd:b' },
        { term: 'ab–cd', positionId: 'd:b' },
      ],
      'duplicate',
    ],
  ] as const)('skips %s and keeps the rest', (_name, own, reason) => {
    const built = buildLexicon(curated, [...own]);
    expect(built.rejected.map((r) => r.reason)).toEqual([reason]);
    expect(createMatcher(built.lexicon).find('innsigelsen').length).toBe(1);
  });

  it('keeps the same word for another position (the compiler merges it)', () => {
    const built = buildLexicon(curated, [{ term: 'innsigelse', positionId: 'd:a' }]);
    expect(built.rejected).toEqual([]);
    expect(createMatcher(built.lexicon).find('innsigelse')[0]!.positions.sort()).toEqual(['d:a', 'd:b']);
  });

  it('curatedClash names the curated spelling', () => {
    expect(curatedClash('E—HELSELOV', 'd:a', curatedKeys(curated))).toBe('e-helselov');
    expect(curatedClash('e-helselov', 'd:b', curatedKeys(curated))).toBeNull();
  });

  it('property: for any own terms the store or an import accepts, the build succeeds with the real lexicon', () => {
    const positions = lexicon.map((p) => p.position);
    const pieces = [
      'e',
      'helse',
      'lov',
      '-',
      '–',
      '—',
      '\u00ad',
      ' ',
      'ø',
      'A',
      'norm',
      'innsigelse',
      'kommune',
      '2',
      '.',
      '/',
      '\u00a0',
      '|',
    ];
    // Curated spellings with their own position, written with another dash, a soft hyphen, in capitals.
    const curatedPairs = lexicon.flatMap((p) =>
      p.terms.map((t) => ({
        term: t.t
          .split(' ')
          .map((w) => w.split('|')[0])
          .join(' '),
        positionId: p.position,
      })),
    );
    const variant = (w: string) => w.replace(/-/g, '–').replace(/^(..)/, '$1\u00ad').toUpperCase();
    const entryArb = fc.oneof(
      fc.record({
        term: fc.oneof(
          fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
          fc.string({ maxLength: 12 }),
        ),
        positionId: fc.constantFrom(...positions, 'ks-2021:finnes-ikke'),
      }),
      fc.constantFrom(...curatedPairs).map((p) => ({ ...p, term: variant(p.term) })),
    );
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 12 }), (raw) => {
        // What the UI and the import let through: checkTerm's rules.
        const accepted = raw.flatMap((r) => {
          try {
            return [{ term: checkTerm(r.term, 't'), positionId: r.positionId }];
          } catch {
            return [];
          }
        });
        const built = buildLexicon(lexicon, accepted);
        expect(built.lexicon.positions.length).toBe(positions.length);
        expect(built.rejected.length).toBeLessThanOrEqual(accepted.length);
      }),
      // Each run compiles the whole real lexicon (~0.1 s): few runs, many terms per run.
      { numRuns: 30 },
    );
  }, 60_000);
});
