/** lib/report: the note for the report (issue 12) in plain text, Markdown and HTML. */
import type { ClipboardPayload } from '../copy/format';
import { buildNote, type NoteInput } from './note';
import { noteHtml } from './note-html';
import { noteMarkdown, notePlain } from './note-text';

export { buildNote, DEFAULT_NOTE_STRINGS, noteDate, type Note, type NoteInput, type NoteStrings } from './note';
export { noteHtml } from './note-html';
export { noteMarkdown, notePlain } from './note-text';

export interface NoteTexts {
  plain: string;
  markdown: string;
  html: string;
}

export function noteTexts(input: NoteInput): NoteTexts {
  const note = buildNote(input);
  return { plain: notePlain(note), markdown: noteMarkdown(note), html: noteHtml(note) };
}

/** Rich HTML for Word/Outlook with the plain text as fallback. */
export function noteClipboard(texts: NoteTexts): ClipboardPayload {
  return { 'text/plain': texts.plain, 'text/html': texts.html };
}

/** A file name for the downloaded Markdown: «notat-2026-12-03.md». */
export function noteFileName(date: Date, stem = 'notat'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.md`;
}
