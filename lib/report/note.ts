/**
 * The note for the report (issue 12, point 5): what a page says about each KS expectation it reports,
 * as a format-free model. note-text.ts and note-html.ts write it out; this module owns the grouping and
 * the typography, so every format quotes the same words.
 */
import { noteParagraphs, sourceText, type CopyStrings } from '../copy/format';
import { collapseSpaces, typeset } from '../copy/typography';
import type { DocumentMeta, Position } from '../corpus/types';
import type { PagePassage } from '../page/report';
import { formatSpeaker, speakerKey, type SpeakerLang } from '../speakers/format';

/** The note's own words (bokmål by default; the extension passes i18n strings). */
export interface NoteStrings {
  address: string;
  date: string;
  source: string;
  chapter: string;
  note: string;
  /** Said under an expectation the page reports but no passage could be quoted for. */
  noPassages: string;
  /** Month names, January first: the date is written «3. desember 2026». */
  months: readonly string[];
}

export const DEFAULT_NOTE_STRINGS: NoteStrings = {
  address: 'Adresse',
  date: 'Dato',
  source: 'Kilde',
  chapter: 'kapittel',
  note: 'Egen merknad',
  noPassages: 'Ingen avsnitt å sitere fra siden.',
  months: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
};

export interface NoteInput {
  title: string;
  url: string;
  date: Date;
  /** The reported expectations, in the order the page reports them, each with the document it cites. */
  positions: readonly { position: Position; document: DocumentMeta }[];
  /** The page's passages in page order (passages of other positions are ignored). */
  passages: readonly PagePassage[];
  /** The reader's notes by position id. */
  notes: Readonly<Record<string, string>>;
  strings?: Partial<NoteStrings>;
  /** Language of the party group names. */
  lang?: SpeakerLang;
}

/** Quotes of one speaker group (null: nobody named) under one heading. */
export interface NoteGroup {
  speaker: string | null;
  quotes: string[];
}

export interface NoteHeading {
  heading: string | null;
  groups: NoteGroup[];
}

export interface NoteSection {
  title: string;
  /** "KS, «…», 2021, kapittel «…»": the source without its label. */
  source: string;
  headings: NoteHeading[];
  /** The reader's note as paragraphs of lines; empty when none. */
  note: string[][];
}

export interface Note {
  title: string;
  url: string;
  date: string;
  sections: NoteSection[];
  s: NoteStrings;
}

/** «3. desember 2026» (the local calendar day). */
export function noteDate(date: Date, months: readonly string[] = DEFAULT_NOTE_STRINGS.months): string {
  return `${date.getDate()}. ${months[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/** Passages of one position → headings in page order, speaker groups in order of first remark, paragraphs once. */
function headingsOf(passages: readonly PagePassage[], lang: SpeakerLang): NoteHeading[] {
  const headings = new Map<string | null, Map<string | null, NoteGroup>>();
  const seen = new Set<string>();
  for (const passage of passages) {
    const quote = typeset(collapseSpaces(passage.paragraph));
    // Several hits in one paragraph quote it once.
    if (!quote || seen.has(quote)) continue;
    seen.add(quote);
    const heading = passage.heading === null ? null : typeset(collapseSpaces(passage.heading)) || null;
    // A hit in the heading itself: the heading line already says it.
    if (quote === heading) continue;
    const groups = headings.get(heading) ?? new Map<string | null, NoteGroup>();
    headings.set(heading, groups);
    const key = passage.speaker ? speakerKey(passage.speaker) : null;
    const group = groups.get(key) ?? {
      speaker: passage.speaker ? formatSpeaker(passage.speaker, lang) : null,
      quotes: [],
    };
    groups.set(key, group);
    group.quotes.push(quote);
  }
  return [...headings].map(([heading, groups]) => ({ heading, groups: [...groups.values()] }));
}

export function buildNote(input: NoteInput): Note {
  const s = { ...DEFAULT_NOTE_STRINGS, ...input.strings };
  const copyStrings: Partial<CopyStrings> = { chapter: s.chapter };
  return {
    title: typeset(collapseSpaces(input.title)),
    url: input.url.trim(),
    date: noteDate(input.date, s.months),
    sections: input.positions.map(({ position, document }) => ({
      title: typeset(collapseSpaces(position.title)),
      source: sourceText(position, document, copyStrings),
      headings: headingsOf(
        input.passages.filter((p) => p.positionId === position.id),
        input.lang ?? 'nb',
      ),
      note: noteParagraphs(input.notes[position.id]),
    })),
    s,
  };
}
