import { describe, expect, it } from 'vitest';
import { bundle } from '../data/bundle';
import { createSearchIndex } from './search';
import { queryWords, wordMarks } from './word-marks';

const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
  ranges.map(([s, e]) => text.slice(s, e));

describe('wordMarks', () => {
  const text = 'Rammebetingelser og innretning av bemanningsnormer, ikke innsigelser.';
  const at = (fragment: string): [number, number] => {
    const i = text.indexOf(fragment);
    return [i, i + fragment.length];
  };

  it('drops fragments inside words, short fragments and fragments unlike the query', () => {
    const ranges = [at('ingelse'), at('og'), at('innre'), at('bemanningsnorm'), at('innsigelse')];
    expect(marked(text, wordMarks(text, ranges, queryWords('bemanningsnorm')))).toEqual(['bemanningsnorm']);
    expect(marked(text, wordMarks(text, ranges, queryWords('innsigelse')))).toEqual(['innsigelse']);
  });

  it('keeps a whole query word even when short, and word prefixes of the query', () => {
    expect(marked(text, wordMarks(text, [at('og')], queryWords('og')))).toEqual(['og']);
    expect(marked(text, wordMarks(text, [at('Ramme')], queryWords('rammer')))).toEqual(['Ramme']);
  });
});

describe('search marks on the real text', () => {
  const index = createSearchIndex(bundle.positions);
  const allMarks = (query: string) =>
    index
      .search(query)
      .flatMap((h) => [...marked(h.position.title, h.marks.title), ...marked(h.position.body, h.marks.body)]);

  it('marks no word fragments for «innsigelse» and «bemanningsnorm» (issue 12)', () => {
    for (const query of ['innsigelse', 'bemanningsnorm']) {
      const marks = allMarks(query);
      expect(marks.length, query).toBeGreaterThan(0);
      for (const m of marks) {
        expect(m.length, `${query}: «${m}»`).toBeGreaterThanOrEqual(3);
        expect(m.toLowerCase().slice(0, 3), `${query}: «${m}»`).toBe(query.slice(0, 3));
      }
    }
  });
});
