import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Position } from './corpus/types';
import type { DatasetInfo } from './db/queries';

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
  /** Reserved for the highlighting issue: the content script reports what it found, for the badge. */
  pageMatches(report: PageMatchReport): void;

  // ── answered by the content script (tabs.sendMessage with a tab id) ──
  /** Proves the content script runs in a tab. */
  ping(): ContentPing;
  /** Reserved for the popup issue: what the content script found on its page. */
  getPageMatches(): PageMatchReport;
}

export interface ContentPing {
  ready: true;
  url: string;
}

/** Positions found on one page. Shape kept minimal until the matcher and highlighting issues fill it. */
export interface PageMatchReport {
  url: string;
  /** Distinct positions found on the page. */
  positionCount: number;
  /** Per position id: how many occurrences. */
  counts: Record<string, number>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
