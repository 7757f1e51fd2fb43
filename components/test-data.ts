import type { PageMatchReport } from '@/lib/page/report';
import type { DocumentMeta, Position } from '@/lib/corpus/types';

/** Positions written for component tests (not the KS text). */
export const doc: DocumentMeta = {
  id: 'ks-2021',
  title: 'Kommunesektorens forventninger til nytt Storting',
  publisher: 'KS',
  year: 2021,
  period: '2021–2025',
  file: 'ks.txt',
};

export const norm: Position = {
  id: 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer',
  documentId: 'ks-2021',
  chapter: 'Gi større rom for lokaldemokratiet',
  chapterIndex: 1,
  title: 'Unngå nye og utvidede bindende bemanningsnormer.',
  body: 'Første avsnitt om normer.\n\nAndre avsnitt om lokal handlefrihet.',
  order: 3,
};

export const klima: Position = {
  id: 'ks-2021:gi-kommunene-virkemidler-for-klimatilpasning',
  documentId: 'ks-2021',
  chapter: 'Støtte lokal klima- og miljøpolitikk',
  chapterIndex: 5,
  title: 'Gi kommunene virkemidler for klimatilpasning.',
  body: 'Overvann og flom krever nye verktøy.',
  order: 40,
};

/** A page report with klima (strong) and norm (weak) found on `url`: the popup tests' page. */
export function twoPositionReport(url: string): PageMatchReport {
  return {
    url,
    enabled: true,
    positionCount: 2,
    positions: [
      { id: klima.id, score: 9, count: 2, words: ['klimatilpasning'] },
      { id: norm.id, score: 2, count: 1, words: ['bemanningsnorm'] },
    ],
    mentions: [],
  };
}
