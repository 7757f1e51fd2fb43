import { describe, expect, it } from 'vitest';
import { createMatcher } from '../match/matcher';
import { buildLexicon } from './own-terms';
import type { PositionTerms } from './types';

const base: PositionTerms[] = [{ position: 'd:a', terms: [{ t: 'innsigelse' }] }, { position: 'd:b', terms: [{ t: 'bemanningsnorm' }] }];

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
    expect(built.rejected.map((r) => r.term)).toEqual(['grunnbemanning', '!!!']);
    expect(createMatcher(built.lexicon).find('motsegn').map((h) => h.positions)).toEqual([['d:a']]);
  });
});
