/**
 * Seed text → KS positions. The seed is a PDF-to-text extraction: two-column pages, pull quotes and
 * chapter boxes extracted out of reading order, words hyphenated at line ends, photo credits and page numbers
 * in the flow. The parser rebuilds the reading order from layout signals only (blank lines, text-box starts,
 * sentence ends, lowercase continuations), so it needs no per-document code:
 *
 *   lines → furniture dropped → pieces (runs of lines) → paragraphs (continuations rejoined across
 *   interruptions) → classified (intro, chapter title, pull quote, demand, headless paragraph) → positions.
 */
import { dropFurniture, joinLines, toLines, type Line } from './clean';
import { HEADING_VERBS, isDemandStart, restoreLostInitial } from './headings';
import { positionId } from './id';
import type { Chapter, DocumentMeta, ParsedDocument, Position } from './types';

/** Optional per-document knobs in seeds/<id>.json, for a future document with other habits. */
export interface ParseOptions {
  /** Extra imperative verbs that start demands in this document. */
  headingVerbs?: string[];
}

interface Piece {
  lines: Line[];
  blankBefore: boolean;
  blankAfter: boolean;
}

type Kind = 'title' | 'intro' | 'pullquote' | 'demand' | 'headless';

interface Paragraph {
  kind: Kind;
  lines: string[];
  /** First line started a new text box. */
  indented: boolean;
  firstLine: number;
  text: string;
  /** Letters and digits only, lowercased: for finding repeated text (pull quotes). */
  key: string;
}

interface Demand {
  heading: string[];
  /** Paragraphs of the justification, each as lines. */
  body: string[][];
  indented: boolean;
  chapter: number;
  firstLine: number;
  /** Index of the paragraph the demand came from, to see whether two demands are adjacent. */
  paragraph: number;
}

const SENTENCE_END = /[.!?][»")\]]*$/;
const TERMINAL = /[.!?:][»")\]]*$/;
const TITLE_MAX_CHARS = 70;
const TITLE_MAX_LINES = 3;
const PULL_QUOTE_MIN_KEY = 25;
const INTRO_MIN_CHARS = 60;

/** A chapter intro closes with "Her er KS' forslag til …:". */
const isIntroText = (text: string) => text.endsWith(':') && text.length >= INTRO_MIN_CHARS;
const startsUpper = (s: string) => /^[\p{Lu}]/u.test(s);
const startsLower = (s: string) => /^[\p{Ll}]/u.test(s);
const keyOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function toPieces(lines: Line[]): Piece[] {
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

/** Pieces → paragraphs: a piece that starts in lowercase continues the latest unfinished paragraph. */
function toParagraphs(pieces: Piece[], startsDemandLike: (p: Paragraph) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const isOpen = (p: Paragraph) => p.kind !== 'title' && !TERMINAL.test(p.lines[p.lines.length - 1]!);
  // An intro waits for its chapter title. A title-like piece that no intro waits for is a title only if the
  // next piece does not continue it (a pull quote broken over a blank line looks like a title too).
  let introAwaitsTitle = false;
  for (const [i, piece] of pieces.entries()) {
    const texts = piece.lines.map((l) => l.text);
    const next = pieces[i + 1];
    if (isTitleLike(piece) && (introAwaitsTitle || !(next && startsLower(next.lines[0]!.text)))) {
      paragraphs.push({
        kind: 'title',
        lines: texts,
        indented: piece.lines[0]!.indented,
        firstLine: piece.lines[0]!.no,
        text: '',
        key: '',
      });
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
    paragraphs.push({
      kind: 'headless',
      lines: texts,
      indented: piece.lines[0]!.indented,
      firstLine: piece.lines[0]!.no,
      text: '',
      key: '',
    });
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

/** Splits a paragraph's lines at the first line that ends a sentence: heading, then body. */
function splitHeading(lines: string[]): { heading: string[]; body: string[] } {
  const end = lines.findIndex((l) => SENTENCE_END.test(l));
  const cut = end === -1 ? lines.length : end + 1;
  return { heading: lines.slice(0, cut), body: lines.slice(cut) };
}

const SHARED_WORD_MIN = 7;
const SHARED_WORDS_NEEDED = 2;
const COMMON_STEMS = new Set(['kommune', 'fylkesk', 'kommuna', 'kommunes', 'nasjona', 'regiona']);

/** Distinct long-word stems two texts share, ignoring the sector's omnipresent words. */
function sharedStems(a: string, b: string): number {
  const stems = (s: string) =>
    new Set(
      (s.toLowerCase().match(/\p{L}+/gu) ?? [])
        .filter((w) => w.length >= SHARED_WORD_MIN)
        .map((w) => w.slice(0, SHARED_WORD_MIN))
        .filter((w) => !COMMON_STEMS.has(w)),
    );
  const bs = stems(b);
  let n = 0;
  for (const s of stems(a)) if (bs.has(s)) n++;
  return n;
}

export function parseDocument(document: DocumentMeta, text: string, options: ParseOptions = {}): ParsedDocument {
  const verbs = new Set([...HEADING_VERBS, ...(options.headingVerbs ?? [])]);
  const warnings: string[] = [];
  const paragraphs = toParagraphs(
    toPieces(dropFurniture(toLines(text))),
    (p) => p.kind !== 'title' && isDemandStart(joinLines(p.lines), verbs),
  );

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

  const chapters: { intro: string; title: string | null; lastDemandBefore: number }[] = [];
  const demands: Demand[] = [];
  for (const [i, p] of paragraphs.entries()) {
    switch (p.kind) {
      case 'intro':
        chapters.push({ intro: p.text, title: null, lastDemandBefore: demands.length - 1 });
        break;
      case 'title': {
        // Chapter boxes are extracted after their intro, sometimes pages later; a title before the first
        // intro is front matter ("Forord", the chair's name).
        const open = chapters.find((c) => c.title === null);
        if (open) open.title = joinLines(p.lines);
        break;
      }
      case 'demand': {
        const { heading, body } = splitHeading(p.lines);
        demands.push({
          heading,
          body: body.length ? [body] : [],
          indented: p.indented,
          chapter: chapters.length,
          firstLine: p.firstLine,
          paragraph: i,
        });
        break;
      }
      case 'headless': {
        const last = demands[demands.length - 1];
        if (!last) break; // Front matter before the first demand (the preface).
        const lastBody = last.body[last.body.length - 1];
        // A justification without a heading: the heading probably lost its first letter and was read as
        // the end of the previous body ("… byene egge til rette for …").
        const at = lastBody?.findIndex(
          (line, k) =>
            k > 0 && restoreLostInitial(line, verbs) !== null && SENTENCE_END.test(joinLines(lastBody.slice(k))),
        );
        if (lastBody && at !== undefined && at > 0) {
          const heading = lastBody.splice(at);
          heading[0] = restoreLostInitial(heading[0]!, verbs)!;
          demands.push({
            heading,
            body: [p.lines],
            indented: false,
            chapter: last.chapter,
            firstLine: p.firstLine,
            paragraph: i,
          });
        } else {
          last.body.push(p.lines);
        }
        break;
      }
      case 'pullquote':
        break;
    }
  }

  // A chapter's first text column is sometimes extracted before its intro box: when the last demand before
  // an intro starts a text box of its own, it opens the new chapter's page. (Klimakur 2030 → climate chapter;
  // public procurement → the business chapter, whose title its justification continues after.)
  chapters.forEach((chapter, c) => {
    const d = demands[chapter.lastDemandBefore];
    if (c > 0 && d && d.indented && d.chapter === c) d.chapter = c + 1;
  });

  // Two headings in a row, the first without a paragraph: they share the paragraph when it speaks to the
  // first heading too (shares long words with it), as "mobbing" and "skolemiljøsaker" do.
  demands.forEach((d, i) => {
    const next = demands[i + 1];
    if (d.body.length === 0 && next && next.body.length > 0 && next.paragraph === d.paragraph + 1) {
      const nextBody = next.body.map(joinLines).join(' ');
      if (sharedStems(joinLines(d.heading), nextBody) >= SHARED_WORDS_NEEDED) d.body = next.body;
    }
  });

  const docChapters: Chapter[] = chapters.map((c, i) => {
    if (!c.title) warnings.push(`chapter ${i + 1} has an intro but no title`);
    return { documentId: document.id, index: i + 1, title: c.title ?? `Kapittel ${i + 1}`, intro: c.intro };
  });
  if (docChapters.length === 0) warnings.push('no chapter intro found');

  const ids = new Set<string>();
  const positions: Position[] = demands.map((d, order) => {
    const title = joinLines(d.heading);
    let id = positionId(document.id, title);
    for (let words = 8; ids.has(id); words += 2) id = positionId(document.id, title, words);
    ids.add(id);
    // Demands printed before the first chapter's intro belong to the first chapter (a preface has none).
    const chapterIndex = Math.max(1, Math.min(d.chapter, docChapters.length));
    return {
      id,
      documentId: document.id,
      chapter: docChapters[chapterIndex - 1]?.title ?? '',
      chapterIndex,
      title,
      body: d.body.map(joinLines).join('\n\n'),
      order,
    };
  });
  return { document, chapters: docChapters, positions, warnings };
}
