/** The messages between the extension's parts: names, payloads, answers. Types only; bound in utils/messaging.ts. */
import type { ClipboardPayload } from './copy';
import type { Position } from './corpus/types';
import type { DatasetInfo } from './db/queries';
import type { CompiledLexicon } from './match/compiled';
import type { ContentCommand, PageMatchReport, PagePassages, RevealResult } from './page/report';
import type { Settings } from './settings/settings';
import type { OwnTermEntry, UserDataFile, UserDataProblem } from './userdata';

export type {
  ContentCommand,
  PageMatchReport,
  PagePassage,
  PagePassages,
  PagePosition,
  RevealResult,
} from './page/report';

/**
 * The one typed contract between the extension's parts. Each entry says who answers it.
 * Handlers live in entrypoints/ (wiring, through utils/messaging.ts) and return Promises or plain values; the library turns
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
  /** The page's highlighted passages in page order, with heading, snippet and speaker group (issue 12, 13). */
  getPagePassages(): PagePassages;
  /** Scrolls to and focuses one passage (its `index` in the last getPagePassages answer). */
  revealPassage(request: { index: number }): RevealResult;
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
  importUserData(request: {
    text: string;
    dryRun?: boolean;
    unknownPositions?: UnknownPositionsChoice;
  }): UserDataResult<ImportSummary>;
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

export interface LexiconPayload {
  /** Changes whenever the lexicon or the user's own terms change: the content script rescans. */
  version: string;
  lexicon: CompiledLexicon;
}

export interface ContentPing {
  ready: true;
  url: string;
}
