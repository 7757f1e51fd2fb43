import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ClipboardPayload } from './copy';
import type { Position } from './corpus/types';
import type { DatasetInfo } from './db/queries';
import type { CompiledLexicon } from './lexicon/compile';
import type { Settings } from './settings/settings';
import type { OwnTermEntry, UserDataFile, UserDataProblem } from './userdata';

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
  /** "Vis mer" on the hover card: show this position in the extension's own view. */
  openPosition(positionId: string): void;
  /** Injects the hover card's code into the asking content script's world (loaded on first use). */
  loadCardUi(): void;
  /** What "Kopier KS-standpunkt" puts on the clipboard: the user's format, note if wanted. */
  getCopyPayload(positionId: string): ClipboardPayload;

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
  /** The user's own terms changed: fetch getLexicon again and rescan. Sent to every tab. */
  lexiconChanged(): void;
  /** The user's settings changed (highlighting, hidden chapters, look…). Sent to every tab. */
  settingsChanged(settings: Settings): void;

  // ── user data, answered by the background (entrypoints/background/user-data.ts) ──
  /** Every personal note, by position id (the popup, options and side panel show them). Extension pages only. */
  getNotes(): Record<string, string>;
  /** The notes of these positions only: what a content script may ask for the positions it found. */
  getNotesOf(positionIds: string[]): Record<string, string>;
  /** Sets the note of one position; an empty text deletes it. */
  setNote(request: { positionId: string; text: string }): UserDataResult<null>;
  /** The user's own terms, oldest first. */
  getOwnTerms(): OwnTermEntry[];
  /** Adds an own term to a position; tabs are told to rescan (lexiconChanged). */
  addOwnTerm(request: { term: string; positionId: string }): UserDataResult<OwnTermEntry>;
  removeOwnTerm(id: number): void;
  /** Position id → the words that point to it (curated lexicon + own terms), for search. */
  getSearchTerms(): Record<string, string[]>;
  /** All user data as the JSON export file's object. */
  exportUserData(): UserDataFile;
  /** Validates the text of an export file and (unless dryRun) replaces all user data with it, in one transaction. */
  importUserData(request: { text: string; dryRun?: boolean; unknownPositions?: UnknownPositionsChoice }): UserDataResult<ImportSummary>;
  /** Extra sites with their permission and registration state. */
  getSiteAccess(): SiteAccess[];
  /**
   * Adds a site whose host permission the caller has just been granted (permissions.request needs the
   * user's click, so the page asks, not the background); registers the content script for it and, with
   * tabId, injects it into that tab now.
   */
  addSite(request: { site: string; tabId?: number }): UserDataResult<Settings>;
  /** Removes an extra site: unregisters the content script and gives the host permission back. */
  removeSite(site: string): Settings;
  /** Opens the search with a query (side panel where possible, else the popup page in a tab). */
  openSearch(request: { query: string; tabId?: number; windowId?: number }): OpenSearchResult;
}

export type UserDataResult<T> = { ok: true; value: T } | { ok: false; problem: UserDataProblem };

export interface ImportSummary {
  ownTerms: number;
  notes: number;
  extraSites: string[];
  /** Position ids in the file that this version does not know (terms and notes on them). */
  unknownPositions?: string[];
  /** Own terms not imported: same as a curated term of their position (it is highlighted anyway). */
  curatedDuplicates?: string[];
}

/** What an import does with terms and notes on unknown positions; never stored without the user's word. */
export type UnknownPositionsChoice = 'keep' | 'drop';

export interface SiteAccess {
  site: string;
  /** The host permission is granted. */
  granted: boolean;
  /** The content script is registered for it. */
  registered: boolean;
}

export interface OpenSearchResult {
  /** Where the search opened. */
  where: 'sidepanel' | 'tab';
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
  /** Positions the page is about (lib/match/about.ts): what the badge counts and the popup lists. */
  positionCount: number;
  positions: PagePosition[];
  /** Positions only touched in passing: highlighted, not reported, strongest first. */
  mentions: PagePosition[];
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

// ── who may ask the background what ──

/**
 * What a content script may ask the background. A content script shares its page's process, and code in
 * its world (a compromised renderer, a bug of ours driven by the page) must not read or change user data,
 * permissions or sites, export or import, or open search panels. Everything not listed here answers
 * extension pages only (popup, options, side panel: our own origin).
 */
export const CONTENT_SCRIPT_MAY_ASK: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>([
  'getPositions',
  'getPosition',
  'getDatasetInfo',
  'getLexicon',
  'getSettings',
  'pageMatches',
  // Only the notes of the positions it names (at most all positions, each once).
  'getNotesOf',
  // The hover card: load its code, copy one position, "Vis mer" (one tab at a time, see the handler).
  'loadCardUi',
  'getCopyPayload',
  'openPosition',
]);

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string; index?: number; windowId?: number };
  frameId?: number;
}

export type SenderKind = 'extension' | 'content' | 'foreign';

/** An extension page (our origin), a content script (a web page's frame), or anything else. */
export function senderKind(sender: SenderLike | undefined, runtime: { id?: string; getURL(path: string): string } = browser.runtime): SenderKind {
  if (!sender || sender.id !== runtime.id) return 'foreign';
  const ours = new URL(runtime.getURL('/')).origin;
  const origin = sender.origin ?? (typeof sender.url === 'string' ? safeOrigin(sender.url) : null);
  if (origin === ours) return 'extension';
  return sender.tab?.id !== undefined ? 'content' : 'foreign';
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export class RefusedError extends Error {
  constructor(type: string) {
    super(`Standpunkt: "${type}" is not answered for this sender`);
    this.name = 'RefusedError';
  }
}

/** Throws RefusedError unless `sender` may ask `type` (extension pages may ask everything). */
export function checkSender(type: keyof ProtocolMap, sender: SenderLike | undefined): SenderKind {
  const kind = senderKind(sender);
  if (kind === 'extension' || (kind === 'content' && CONTENT_SCRIPT_MAY_ASK.has(type))) return kind;
  throw new RefusedError(type);
}

type BackgroundHandler<K extends keyof ProtocolMap> = (message: {
  data: Parameters<ProtocolMap[K]>[0];
  sender: SenderLike & Record<string, unknown>;
  kind: SenderKind;
}) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/** onMessage for the background: the sender is checked before the handler runs, and its kind passed on. */
export function onBackgroundMessage<K extends keyof ProtocolMap>(type: K, handler: BackgroundHandler<K>): () => void {
  return (onMessage as unknown as (t: K, h: (m: { data: unknown; sender: SenderLike & Record<string, unknown> }) => unknown) => () => void)(type, (message) => {
    const kind = checkSender(type, message.sender);
    return handler({ data: message.data as Parameters<ProtocolMap[K]>[0], sender: message.sender, kind });
  });
}
