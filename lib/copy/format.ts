import { citation } from './citation';
import type { DocumentMeta, Position } from '../corpus/types';
import { escapeHtml, escapeMarkdown } from './escape';
import { collapseSpaces, paragraphs, quote, typeset } from './typography';

/**
 * A KS position → text ready to paste, always with its source. Pure: the clipboard itself is the
 * caller's job (a ClipboardItem built from `clipboardPayload`).
 */

export type CopyFormat = 'plain' | 'markdown' | 'html';

export const COPY_FORMATS: readonly CopyFormat[] = ['plain', 'markdown', 'html'];

/** User-facing words of a copy (bokmål by default; the extension may pass i18n strings). */
export interface CopyStrings {
  /** Lead-in before the demand: "KS mener:" — `{publisher}` is replaced by the document's publisher. */
  claims: string;
  source: string;
  chapter: string;
  note: string;
}

export const DEFAULT_COPY_STRINGS: CopyStrings = {
  claims: '{publisher} mener:',
  source: 'Kilde',
  chapter: 'kapittel',
  note: 'Egen merknad',
};

export interface CopyOptions {
  /** The user's personal note on this position, if any. */
  note?: string | null;
  /** Include the note (marked as the user's own). Off unless asked, even when a note exists. */
  includeNote?: boolean;
  strings?: Partial<CopyStrings>;
}

export interface FormatOptions extends CopyOptions {
  format: CopyFormat;
}

/** What a caller turns into a ClipboardItem: always a plain fallback, rich HTML when asked for. */
export interface ClipboardPayload {
  'text/plain': string;
  'text/html'?: string;
}

export { citation };

/** The copy's source, without the "Kilde:" label: the citation plus the chapter. */
export function sourceText(position: Position, document: DocumentMeta, strings: Partial<CopyStrings> = {}): string {
  const s = { ...DEFAULT_COPY_STRINGS, ...strings };
  return `${citation(document)}, ${s.chapter} ${quote(typeset(collapseSpaces(position.chapter)))}`;
}

interface Parts {
  claims: string;
  title: string;
  body: string[];
  source: string;
  /** Paragraphs of lines; null when no note is to be included. */
  note: string[][] | null;
  s: CopyStrings;
}

function parts(position: Position, document: DocumentMeta, options: CopyOptions): Parts {
  // A mismatch would cite the wrong document: a caller bug that must surface, not a silent misquote.
  if (position.documentId !== document.id) {
    throw new Error(`position ${position.id} belongs to ${position.documentId}, not ${document.id}`);
  }
  const s = { ...DEFAULT_COPY_STRINGS, ...options.strings };
  let title = typeset(collapseSpaces(position.title));
  // The title runs on into the justification in plain text, so it must end a sentence.
  if (title && !/[.!?:…]$/.test(title)) title += '.';
  const lines = options.includeNote ? noteParagraphs(options.note) : [];
  const note = lines.length > 0 ? lines : null;
  return {
    claims: s.claims.replace('{publisher}', collapseSpaces(document.publisher)),
    title,
    body: paragraphs(position.body).map(typeset),
    source: sourceText(position, document, s),
    note,
    s,
  };
}

/** The user's note as paragraphs of lines, each typeset; [] when there is none. */
export function noteParagraphs(text: string | null | undefined): string[][] {
  if (!text?.trim()) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => typeset(collapseSpaces(line)))
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/** One line: "KS mener: <title> <justification> (Kilde: …)"; then the note, if asked, as its own paragraph. */
function plain(p: Parts): string {
  const main = [p.claims, p.title, ...p.body, `(${p.s.source}: ${p.source})`].join(' ');
  if (!p.note) return main;
  return `${main}\n\n${p.s.note}: ${p.note.map((lines) => lines.join('\n')).join('\n\n')}`;
}

function markdown(p: Parts): string {
  const blocks = [
    `**${escapeMarkdown(`${p.claims} ${p.title}`)}**`,
    ...p.body.map((para) => escapeMarkdown(para)),
    `*${escapeMarkdown(`${p.s.source}: ${p.source}`)}*`,
  ];
  if (p.note) {
    const [first = [], ...rest] = p.note;
    blocks.push(`**${escapeMarkdown(p.s.note)}:** ${escapeMarkdown(first.join('\n'), false)}`);
    blocks.push(...rest.map((lines) => escapeMarkdown(lines.join('\n'))));
  }
  return blocks.join('\n\n');
}

/** A self-contained fragment for Word/Outlook: paragraphs, bold, italics; no styles, links or scripts. */
function html(p: Parts): string {
  const lines = (l: string[]) => l.map(escapeHtml).join('<br>');
  const out = [
    `<p><strong>${escapeHtml(`${p.claims} ${p.title}`)}</strong></p>`,
    ...p.body.map((para) => `<p>${escapeHtml(para)}</p>`),
    `<p><em>${escapeHtml(`${p.s.source}: ${p.source}`)}</em></p>`,
  ];
  if (p.note) {
    const [first = [], ...rest] = p.note;
    out.push(`<p><strong>${escapeHtml(p.s.note)}:</strong> ${lines(first)}</p>`);
    out.push(...rest.map((l) => `<p>${lines(l)}</p>`));
  }
  return out.join('');
}

const FORMATTERS: Record<CopyFormat, (p: Parts) => string> = { plain, markdown, html };

export function formatPosition(position: Position, document: DocumentMeta, options: FormatOptions): string {
  return FORMATTERS[options.format](parts(position, document, options));
}

/**
 * The clipboard contents for a format. HTML goes with a plain-text fallback (for editors without
 * rich paste); Markdown is text, so it is the plain entry itself.
 */
export function clipboardPayload(
  position: Position,
  document: DocumentMeta,
  format: CopyFormat,
  options: CopyOptions = {},
): ClipboardPayload {
  const p = parts(position, document, options);
  if (format === 'html') return { 'text/plain': plain(p), 'text/html': html(p) };
  return { 'text/plain': FORMATTERS[format](p) };
}
