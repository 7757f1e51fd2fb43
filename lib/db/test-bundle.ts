import type { Bundle } from '../data/bundle';
import type { Position } from '../corpus/types';

/** A small synthetic bundle for store tests (the real one changes with the parser). */
export function makeBundle(datasetVersion: string, titles: string[][], documentId = 'doc-a'): Bundle {
  const positions: Position[] = [];
  titles.forEach((chapterTitles, c) => {
    for (const title of chapterTitles) {
      const order = positions.length;
      positions.push({
        id: `${documentId}:${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        documentId,
        chapter: `Kapittel ${c + 1}`,
        chapterIndex: c + 1,
        title,
        body: `Begrunnelse for ${title}.`,
        order,
      });
    }
  });
  return {
    datasetVersion,
    documents: [
      {
        id: documentId,
        title: `Dokument ${documentId}`,
        publisher: 'KS',
        year: 2021,
        period: '2021–2025',
        file: `${documentId}.txt`,
      },
    ],
    chapters: titles.map((_, c) => ({ documentId, index: c + 1, title: `Kapittel ${c + 1}`, intro: '' })),
    positions,
  };
}

let counter = 0;
/** A database name no other test uses (fake-indexeddb is shared by the whole test file). */
export function uniqueDbName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
