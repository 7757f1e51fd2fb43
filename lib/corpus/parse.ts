/**
 * Seed text → KS positions. The seed is a PDF-to-text extraction: two-column pages, pull quotes and
 * chapter boxes extracted out of reading order, words hyphenated at line ends, photo credits and page numbers
 * in the flow. The parser rebuilds the reading order from layout signals only (blank lines, text-box starts,
 * sentence ends, lowercase continuations), so it needs no per-document code:
 *
 *   lines → furniture dropped → pieces (runs of lines) → paragraphs (continuations rejoined across
 *   interruptions) → classified (intro, chapter title, pull quote, demand, headless paragraph) → positions.
 *
 * This module composes the stages (./clean, ./paragraphs, ./demands) and gives the positions their ids.
 */
import { dropFurniture, joinLines, toLines } from './clean';
import { toDemands } from './demands';
import { HEADING_VERBS, isDemandStart } from './headings';
import { positionId } from './id';
import { classifyParagraphs, toParagraphs, toPieces } from './paragraphs';
import type { Chapter, DocumentMeta, ParsedDocument, Position } from './types';

/** Optional per-document knobs in seeds/<id>.json, for a future document with other habits. */
export interface ParseOptions {
  /** Extra imperative verbs that start demands in this document. */
  headingVerbs?: string[];
}

export function parseDocument(document: DocumentMeta, text: string, options: ParseOptions = {}): ParsedDocument {
  const verbs = new Set([...HEADING_VERBS, ...(options.headingVerbs ?? [])]);
  const warnings: string[] = [];
  const paragraphs = toParagraphs(
    toPieces(dropFurniture(toLines(text))),
    (p) => p.kind !== 'title' && isDemandStart(joinLines(p.lines), verbs),
  );
  const { chapters, demands } = toDemands(classifyParagraphs(paragraphs, verbs), verbs);

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
