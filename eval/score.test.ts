import { describe, expect, it } from 'vitest';
import type { Hit } from '../lib/match/types';
import { score, type Prediction } from './score';
import type { Passage } from './types';

const passage = (id: string, lang: 'nb' | 'nn', text: string, expect: Passage['expect']): Passage => ({
  id, lang, genre: 'nyhet', text, expect,
});
const hitAt = (text: string, word: string, ...positions: string[]): Hit => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, term: word, positions };
};
const chapterOf = (p: string) => (p.startsWith('a') ? '1' : '2');

describe('score', () => {
  const t1 = 'Innsigelsene og statlig tilsyn.';
  const t2 = 'Lærarnorma i skulen.';
  const t3 = 'Ingenting her om normal drift.';
  const predictions: Prediction[] = [
    {
      passage: passage('p1', 'nb', t1, [
        { position: 'a1', words: ['Innsigelsene'] },
        { position: 'b1', words: ['statlig tilsyn', 'tilsynet'] },
      ]),
      hits: [hitAt(t1, 'Innsigelsene', 'a1'), hitAt(t1, 'tilsyn', 'a2')],
      positions: ['a1', 'a2'],
    },
    {
      passage: passage('p2', 'nn', t2, [{ position: 'b2', words: ['Lærarnorma'] }]),
      hits: [hitAt(t2, 'Lærarnorma', 'b2')],
      positions: ['b2'],
    },
    { passage: passage('p3', 'nb', t3, []), hits: [], positions: [] },
  ];
  const s = score(predictions, chapterOf);

  it('counts position-level hits, misses and false positives', () => {
    expect(s.overall).toMatchObject({ tp: 2, fn: 1, fp: 1 });
    expect(s.overall.recall).toBeCloseTo(2 / 3);
    expect(s.overall.precision).toBeCloseTo(2 / 3);
    expect(s.misses).toEqual([{ passage: 'p1', position: 'b1', words: ['statlig tilsyn', 'tilsynet'] }]);
    expect(s.falsePositives).toEqual([{ passage: 'p1', position: 'a2', words: ['tilsyn'] }]);
  });

  it('splits by chapter (false positives under the predicted position’s chapter) and by language', () => {
    expect(s.byChapter.get('1')).toMatchObject({ tp: 1, fn: 0, fp: 1, precision: 0.5 });
    expect(s.byChapter.get('2')).toMatchObject({ tp: 1, fn: 1, fp: 0, recall: 0.5 });
    expect(s.byLanguage.get('nn')).toMatchObject({ tp: 1, fn: 0, fp: 0, recall: 1, precision: 1 });
    expect(s.byLanguage.get('nb')).toMatchObject({ tp: 1, fn: 1, fp: 1 });
  });

  it('covers a word when any hit overlaps it; absent words are misses', () => {
    // Covered: Innsigelsene, "statlig tilsyn" (overlapped by "tilsyn"), Lærarnorma. Not in the text: tilsynet.
    expect(s.words).toEqual({ expected: 4, covered: 3, recall: 0.75 });
    expect(s.wordMisses).toEqual([{ passage: 'p1', position: 'b1', word: 'tilsynet' }]);
  });

  it('treats an empty set as perfect rather than dividing by zero', () => {
    const empty = score([{ passage: passage('n', 'nb', 'x', []), hits: [], positions: [] }], chapterOf);
    expect(empty.overall).toEqual({ tp: 0, fp: 0, fn: 0, recall: 1, precision: 1 });
  });
});
