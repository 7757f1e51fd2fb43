import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Position } from './corpus/types';
import type { DatasetInfo } from './db/queries';
import type { CompiledLexicon } from './lexicon/compile';
import type { Settings } from './settings/settings';

/**
 * The one typed contract between the extension's parts. Each entry says who answers it.
 * Handlers live in entrypoints/ (wiring) and return Promises or plain values; the library turns
 * them into Promise replies (WXT's fake browser ignores `sendResponse`, real browsers accept both).
 * Errors thrown by a handler are serialised and re-thrown by `sendMessage`.
 */
export interface ProtocolMap {
  // ── answered by the background (runtime.sendMessage from popup, options, content script) ──
  /** Every bundled position, by document, chapter and order. */
  getPositions(): Position[];
  /** One position by its stable id; null when unknown. */
  getPosition(id: string): Position | null;
  /** Dataset version and counts of the seeded store. */
  getDatasetInfo(): DatasetInfo;
  /** The content script reports what it found on its page: the badge shows the number of positions. */
  pageMatches(report: PageMatchReport): void;
  /** The compiled lexicon the content script matches with (built-in terms plus the user's own). */
  getLexicon(): LexiconPayload;
  /** The user's settings (defaults filled in). */
  getSettings(): Settings;
  /** Changes some settings; answers with all of them. Rejects with a clear message on bad values. */
  setSettings(changes: Partial<Settings>): Settings;

  // ── answered by the content script (tabs.sendMessage with a tab id) ──
  /** Proves the content script runs in a tab. */
  ping(): ContentPing;
  /** What the content script found on its page, ranked. */
  getPageMatches(): PageMatchReport;
  /** Scrolls to and focuses the n-th occurrence (0-based, wraps) of a position on the page. */
  revealPosition(request: { positionId: string; occurrence: number }): RevealResult;
  /** Turns highlighting on this page on or off; answers the new state. */
  setHighlighting(enabled: boolean): boolean;
  /** A keyboard command from the manifest, forwarded by the background. */
  runCommand(command: ContentCommand): void;
}

export type ContentCommand = 'toggle-highlights' | 'next-highlight' | 'previous-highlight';

export interface LexiconPayload {
  /** Changes whenever the lexicon or the user's own terms change: the content script rescans. */
  version: string;
  lexicon: CompiledLexicon;
}

export interface RevealResult {
  /** Which occurrence is now focused (0-based) and how many there are; total 0 when none. */
  index: number;
  total: number;
}

export interface ContentPing {
  ready: true;
  url: string;
}

/** Positions found on one page, strongest first. */
export interface PageMatchReport {
  url: string;
  /** Highlighting is on for this page (off after the toggle command, or when the user turned it off). */
  enabled: boolean;
  /** Distinct positions found on the page. */
  positionCount: number;
  positions: PagePosition[];
}

export interface PagePosition {
  id: string;
  score: number;
  /** Occurrences on the page. */
  count: number;
  /** The distinct surface words found, as on the page, most frequent first. */
  words: string[];
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
