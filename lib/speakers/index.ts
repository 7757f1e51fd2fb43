/**
 * Speaker groups of an innstilling: which party group's remark each paragraph belongs to.
 * Pure: text in, data out; runs in Node (CLI) and in the browser.
 *
 *   const page = speakersOfText(extracted.text);
 *   page.at(hit.start)   // Speaker | null
 */
import { attributeSpeakers, type AttributeOptions } from './attribute';
import { blockAt, splitBlocks, type TextBlock } from './blocks';
import type { Speaker } from './types';

export { attributeSpeakers, looksLikeInnstilling, type AttributeOptions } from './attribute';
export { blockAt, splitBlocks, type TextBlock } from './blocks';
export { formatSpeaker, speakerKey, type SpeakerLang } from './format';
export { canonicalParty, PARTIES, sortParties, type Party } from './parties';
export type { Speaker, SpeakerKind } from './types';
export { innstillingFromUrl } from './url';
export { groupSummary } from './summary';

export interface PageSpeakers {
  blocks: TextBlock[];
  /** One per block. */
  speakers: (Speaker | null)[];
  /** Whether any block has a group (false: not an innstilling, or nothing certain). */
  any: boolean;
  /** The speaker of the block that contains `offset` (a hit's start), or null. */
  at(offset: number): Speaker | null;
}

/** Splits a page's extracted text into blocks and attributes each. */
export function speakersOfText(text: string, options: AttributeOptions = {}): PageSpeakers {
  const blocks = splitBlocks(text);
  const speakers = attributeSpeakers(
    blocks.map((b) => b.text),
    options,
  );
  return {
    blocks,
    speakers,
    any: speakers.some((s) => s !== null),
    at(offset) {
      const b = blockAt(blocks, offset);
      return b >= 0 && offset < blocks[b]!.end ? speakers[b]! : null;
    },
  };
}
