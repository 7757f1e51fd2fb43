/** Layout → classified paragraphs: pieces by layout signals, continuations rejoined, then each paragraph's kind. */
import { joinLines, type Line } from './clean';
import { isDemandStart } from './headings';

export interface Piece {
  lines: Line[];
  blankBefore: boolean;
  blankAfter: boolean;
}

export type Kind = 'title' | 'intro' | 'pullquote' | 'demand' | 'headless';

export interface Paragraph {
  kind: Kind;
  lines: string[];
  /** First line started a new text box. */
  indented: boolean;
  firstLine: number;
  text: string;
  /** Letters and digits only, lowercased: for finding repeated text (pull quotes). */
  key: string;
}

const TERMINAL = /[.!?:][»")\]]*$/;
const TITLE_MAX_CHARS = 70;
const TITLE_MAX_LINES = 3;
const INTRO_MIN_CHARS = 60;
const PULL_QUOTE_MIN_KEY = 25;

/** A chapter intro closes with "Her er KS' forslag til …:". */
export const isIntroText = (text: string) => text.endsWith(':') && text.length >= INTRO_MIN_CHARS;
const startsUpper = (s: string) => /^[\p{Lu}]/u.test(s);
const startsLower = (s: string) => /^[\p{Ll}]/u.test(s);
const keyOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Lines → pieces: runs of lines between blank lines or text-box starts. */
export function toPieces(lines: Line[]): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  let blankBefore = true;
  for (const line of lines) {
    if (line.text === '') {
      if (current) current.blankAfter = true;
      current = null;
      blankBefore = true;
      continue;
    }
    // A line that starts a new text box (leading space) with a capital starts a new piece even without a
    // blank line: that is how headings, pull quotes and intros follow a body directly in this extraction.
    if (current && line.indented && startsUpper(line.text)) {
      current.blankAfter = true;
      current = null;
    }
    if (!current) {
      current = { lines: [], blankBefore, blankAfter: false };
      pieces.push(current);
    }
    current.lines.push(line);
    blankBefore = false;
  }
  return pieces;
}

/** A chapter box: short, free-standing, no sentence end. */
function isTitleLike(piece: Piece): boolean {
  const text = joinLines(piece.lines.map((l) => l.text));
  return (
    piece.blankBefore &&
    piece.blankAfter &&
    piece.lines.length <= TITLE_MAX_LINES &&
    text.length <= TITLE_MAX_CHARS &&
    startsUpper(text) &&
    !TERMINAL.test(text) &&
    !text.endsWith('-')
  );
}

/** A paragraph opened by a piece; its text and key are filled in once all continuations have joined it. */
function startParagraph(kind: Kind, piece: Piece, texts: string[]): Paragraph {
  return { kind, lines: texts, indented: piece.lines[0]!.indented, firstLine: piece.lines[0]!.no, text: '', key: '' };
}

/** Pieces → paragraphs: a piece that starts in lowercase continues the latest unfinished paragraph. */
export function toParagraphs(pieces: Piece[], startsDemandLike: (p: Paragraph) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const isOpen = (p: Paragraph) => p.kind !== 'title' && !TERMINAL.test(p.lines[p.lines.length - 1]!);
  // An intro waits for its chapter title. A title-like piece that no intro waits for is a title only if the
  // next piece does not continue it (a pull quote broken over a blank line looks like a title too).
  let introAwaitsTitle = false;
  for (const [i, piece] of pieces.entries()) {
    const texts = piece.lines.map((l) => l.text);
    const next = pieces[i + 1];
    if (isTitleLike(piece) && (introAwaitsTitle || !(next && startsLower(next.lines[0]!.text)))) {
      paragraphs.push(startParagraph('title', piece, texts));
      introAwaitsTitle = false;
      continue;
    }
    if (startsLower(texts[0]!)) {
      // The continued paragraph is the latest unfinished one, looking back over interruptions (chapter
      // boxes, pull quotes, intros) but never past the start of another demand.
      let open: Paragraph | undefined;
      for (let j = paragraphs.length - 1; j >= 0 && !open; j--) {
        const candidate = paragraphs[j]!;
        if (isOpen(candidate)) open = candidate;
        else if (startsDemandLike(candidate)) break;
      }
      if (open) {
        open.lines.push(...texts);
        if (isIntroText(joinLines(open.lines))) introAwaitsTitle = true;
        continue;
      }
    }
    paragraphs.push(startParagraph('headless', piece, texts));
    if (isIntroText(joinLines(texts))) introAwaitsTitle = true;
  }
  for (const p of paragraphs) {
    p.text = joinLines(p.lines);
    p.key = keyOf(p.text);
  }
  return paragraphs;
}

/** A pull quote repeats a sentence printed elsewhere (a body, a heading or an intro); the original wins. */
function isPullQuote(p: Paragraph, index: number, all: Paragraph[]): boolean {
  if (p.key.length < PULL_QUOTE_MIN_KEY) return false;
  return all.some(
    (q, j) => j !== index && q.kind !== 'title' && q.key.includes(p.key) && (q.key.length > p.key.length || j < index),
  );
}

/**
 * Gives each paragraph its kind (intro, pull quote, demand; titles and headless ones stay) and merges a
 * free paragraph into the intro after it. Changes and returns `paragraphs`.
 */
export function classifyParagraphs(paragraphs: Paragraph[], verbs: ReadonlySet<string>): Paragraph[] {
  for (const [i, p] of paragraphs.entries()) {
    if (p.kind === 'title') continue;
    if (isIntroText(p.text)) p.kind = 'intro';
    else if (isPullQuote(p, i, paragraphs)) p.kind = 'pullquote';
    else if (isDemandStart(p.text, verbs)) p.kind = 'demand';
  }
  // An intro's first paragraphs end with a full stop and stand apart from its closing "Her er KS' forslag …:"
  // sentence; a free paragraph right before an intro belongs to it, not to the previous demand's body.
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i]!;
    const before = paragraphs[i - 1]!;
    if (p.kind === 'intro' && before.kind === 'headless') {
      before.kind = 'intro';
      before.lines.push(...p.lines);
      before.text = joinLines(before.lines);
      paragraphs.splice(i, 1);
    }
  }
  return paragraphs;
}
