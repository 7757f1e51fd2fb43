import { describe, expect, it } from 'vitest';
import type { Position } from '../corpus/types';
import { createSearchIndex, type MarkRange } from './search';

// Demands written for this test (not the KS text), with the spellings the folding must bridge.
const positions: Position[] = [
  {
    id: 'doc:barnehage',
    documentId: 'doc',
    chapter: 'Styrke tidlig innsats for barn og unge',
    chapterIndex: 6,
    title: 'Utdanne flere barnehagelærere i distriktene.',
    body: 'Kommunene mangler barnehagelærer i mange små kommuner.\n\nDesentralisert utdanning hjelper.',
    order: 0,
  },
  {
    id: 'doc:innsigelse',
    documentId: 'doc',
    chapter: 'Gi større rom for lokaldemokratiet',
    chapterIndex: 1,
    title: 'Være tilbakeholden med innsigelser mot kommunale planer.',
    body: 'Statlige etater bør bruke innsigelse bare når nasjonale interesser står på spill.',
    order: 1,
  },
  {
    id: 'doc:norm',
    documentId: 'doc',
    chapter: 'Gi større rom for lokaldemokratiet',
    chapterIndex: 1,
    title: 'Unngå nye bindende bemanningsnormer.',
    body: 'Normer binder opp ressurser som lokale folkevalgte bør prioritere.',
    order: 2,
  },
  {
    id: 'doc:klima',
    documentId: 'doc',
    chapter: 'Støtte lokal klima- og miljøpolitikk',
    chapterIndex: 5,
    title: 'Gi kommunene virkemidler for klimatilpasning.',
    body: 'Overvann og flom krever nye verktøy. Nordlige kommuner har egne behov.',
    order: 3,
  },
];

const terms = {
  'doc:norm': ['lærernorm', 'pedagognorm'],
  'doc:klima': ['overvann', 'havnivåstigning'],
};

const index = createSearchIndex(positions, terms);
const ids = (q: string) => index.search(q).map((h) => h.position.id);
const marked = (text: string, ranges: readonly MarkRange[]) => ranges.map(([s, e]) => text.slice(s, e));

describe('createSearchIndex', () => {
  it('finds æ/ø/å words typed as ae/oe/aa, and the other way round', () => {
    // Exact, not merely close enough for the fuzzy tier: the folding makes them the same word.
    const exactIds = (q: string, idx = index) =>
      idx
        .search(q)
        .filter((h) => h.exact)
        .map((h) => h.position.id);
    expect(exactIds('barnehagelaerer')).toEqual(['doc:barnehage']);
    expect(exactIds('stoerre rom')).toEqual(expect.arrayContaining(['doc:innsigelse', 'doc:norm']));
    expect(exactIds('havnivaastigning')).toEqual(['doc:klima']);
    const typed = createSearchIndex([{ ...positions[0]!, title: 'Flere barnehagelaerere', body: '' }]);
    expect(exactIds('barnehagelærere', typed)).toEqual(['doc:barnehage']);
  });

  it('tolerates typos and nynorsk endings', () => {
    expect(ids('bemaningsnorm')[0]).toBe('doc:norm');
    expect(ids('innsigelsar')[0]).toBe('doc:innsigelse');
    expect(ids('klimatilpassning')[0]).toBe('doc:klima');
  });

  it('searches the justification, the chapter and the terms', () => {
    expect(ids('folkevalgte')).toEqual(['doc:norm']);
    expect(ids('lokaldemokratiet')).toEqual(expect.arrayContaining(['doc:innsigelse', 'doc:norm']));
    expect(ids('pedagognorm')[0]).toBe('doc:norm');
  });

  it('narrows with every word (all words must match)', () => {
    expect(ids('kommuner')).toEqual(expect.arrayContaining(['doc:barnehage', 'doc:klima']));
    expect(ids('kommuner flom')).toEqual(['doc:klima']);
  });

  it('lists exact matches without fuzzy noise when there are enough of them', () => {
    const many = createSearchIndex(
      Array.from({ length: 6 }, (_, i) => ({
        ...positions[2]!,
        id: `doc:n${i}`,
        title: `Norm nummer ${i}`,
        body: '',
      })).concat({
        ...positions[3]!,
        title: 'Nord og sør',
        body: '',
      }),
    );
    const hits = many.search('norm');
    expect(hits).toHaveLength(6);
    expect(hits.every((h) => h.exact)).toBe(true);
  });

  it('puts exact hits before fuzzy ones', () => {
    const hits = index.search('normer');
    expect(hits[0]!.position.id).toBe('doc:norm');
    const firstFuzzy = hits.findIndex((h) => !h.exact);
    if (firstFuzzy >= 0) expect(hits.slice(firstFuzzy).every((h) => !h.exact)).toBe(true);
  });

  it('marks matched words in the original text, across folded letters', () => {
    const [hit] = index.search('barnehagelaerer');
    expect(marked(hit!.position.title, hit!.marks.title)).toEqual(['barnehagelærer']);
    expect(marked(hit!.position.body, hit!.marks.body)).toEqual(['barnehagelærer']);
    const [klima] = index.search('overvann');
    expect(klima!.terms).toEqual(['overvann']);
    expect(marked(klima!.position.body, klima!.marks.body)).toEqual(['Overvann']);
  });

  it('returns nothing for an empty or blank query and honours the limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('kommune', 1)).toHaveLength(1);
  });
});
