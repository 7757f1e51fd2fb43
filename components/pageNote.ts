/** The inputs of the note for the report (lib/report) from what the popup holds, in the UI's language. */
import type { DocumentMeta, Position } from '@/lib/corpus/types';
import type { PageMatchReport, PagePassages } from '@/lib/protocol';
import { noteTexts, type NoteStrings, type NoteTexts } from '@/lib/report';
import { t } from './i18n';

export function noteStrings(): NoteStrings {
  return {
    address: t('noteAddress'),
    date: t('noteDate'),
    source: t('copySource'),
    chapter: t('copyChapter'),
    note: t('copyNote'),
    noPassages: t('noteNoPassages'),
    months: t('noteMonths').split(','),
  };
}

export interface PageNoteSources {
  report: PageMatchReport;
  passages: PagePassages;
  positionsById: ReadonlyMap<string, Position>;
  documents: readonly DocumentMeta[];
  notes: Readonly<Record<string, string>>;
  date: Date;
}

/** The reported expectations in the report's order, each with the page's passages about it. */
export function pageNote({ report, passages, positionsById, documents, notes, date }: PageNoteSources): NoteTexts {
  const positions = report.positions.flatMap((pp) => {
    const position = positionsById.get(pp.id);
    const document = position && documents.find((d) => d.id === position.documentId);
    return position && document ? [{ position, document }] : [];
  });
  return noteTexts({
    title: passages.title,
    url: passages.url || report.url,
    date,
    positions,
    passages: passages.passages,
    notes,
    strings: noteStrings(),
    lang: t('lang') === 'nn' ? 'nn' : 'nb',
  });
}
