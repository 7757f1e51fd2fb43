/**
 * The passages list of a page (issue 12 point 4, issue 13): from the painted hits in page order, one entry per
 * position and paragraph with its section heading, a snippet with the hit marked, the paragraph and the party
 * group behind it. Built on request only (the popup asks), never on every scan. Standard DOM only.
 */
import { extractText, type ExtractOptions } from '../dom';
import type { Speaker } from '../speakers';
import { HeadingFinder } from './headings';
import type { PagePassage } from './report';
import type { PageHit } from './scanner';
import { collapse, snippetAround } from './snippet';

/** More than this is not sent (a huge page); `truncated` says so. */
export const MAX_PASSAGES = 2000;
/** One or two lines of the popup. */
export const SNIPPET_CHARS = 200;
/** What the note for the report may quote of one paragraph. */
export const PARAGRAPH_CHARS = 1200;

export interface PassageOptions {
  /** Positions the report lists: any other is a passing mention. */
  reported: ReadonlySet<string>;
  /** The party group behind a hit (lib/page/page-speakers.ts); none: all null. */
  speakerOf?: (hit: PageHit) => Speaker | null;
  extract?: ExtractOptions;
  max?: number;
}

export interface BuiltPassages<T> {
  passages: PagePassage[];
  /** The stop each passage points to (same index): what `revealPassage` focuses. */
  targets: T[];
  truncated: boolean;
}

/**
 * `stops` in page order (each holding a painted hit). Several hits of one position in one paragraph make one
 * passage (the first hit marked): the reader wants the paragraph once, not once per word.
 */
export function buildPassages<T extends { hit: PageHit }>(
  stops: readonly T[],
  options: PassageOptions,
): BuiltPassages<T> {
  const max = options.max ?? MAX_PASSAGES;
  const headings = new HeadingFinder(options.extract);
  const seen = new Map<Node, Set<string>>();
  const blockText = new Map<Node, ReturnType<typeof extractText>>();
  const passages: PagePassage[] = [];
  const targets: T[] = [];
  let truncated = false;
  for (const stop of stops) {
    const { hit, block } = stop.hit;
    const done = seen.get(block) ?? new Set<string>();
    seen.set(block, done);
    const fresh = hit.positions.filter((id) => !done.has(id));
    if (!fresh.length) continue;
    if (passages.length + fresh.length > max) {
      truncated = true;
      break;
    }
    let extracted = blockText.get(block);
    if (!extracted) {
      extracted = extractText(block, options.extract);
      blockText.set(block, extracted);
    }
    const { span } = stop.hit;
    const start = extracted.map.offsetOf(span.startContainer, span.startOffset) ?? 0;
    // The hit's length, not its end point: the wrapping painter splits the text node the span points into.
    const end = start + (hit.end - hit.start);
    const whole = collapse(extracted.text, start, end);
    const snippet = snippetAround(whole.text, whole.mark.start, whole.mark.end, SNIPPET_CHARS);
    const paragraph = snippetAround(whole.text, whole.mark.start, whole.mark.end, PARAGRAPH_CHARS).text;
    const heading = headings.of(block);
    const speaker = options.speakerOf?.(stop.hit) ?? null;
    for (const positionId of fresh) {
      done.add(positionId);
      passages.push({
        index: passages.length,
        positionId,
        heading,
        snippet: snippet.text,
        mark: snippet.mark,
        paragraph,
        speaker,
        mention: !options.reported.has(positionId),
      });
      targets.push(stop);
    }
  }
  return { passages, targets, truncated };
}

/** The document's title for the passages answer: its <title>, else its first h1. */
export function documentTitle(doc: Document): string {
  const title = doc.title.trim();
  if (title) return title;
  return (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
