import type { Settings } from '../settings/settings';

/**
 * The user's own data as one JSON file: settings, own terms and notes. The format id and version
 * let an import recognise a file of ours and refuse a foreign or newer one before touching anything.
 */
export const USERDATA_FORMAT = 'standpunkt-brukerdata';
export const USERDATA_VERSION = 1;

/** Limits that keep a hand-edited or hostile file from filling the store. */
export const LIMITS = {
  fileBytes: 5_000_000,
  termLength: 80,
  terms: 5_000,
  noteLength: 10_000,
  notes: 5_000,
  /** Each extra site is a registered content script and a permission check on every settings change. */
  extraSites: 200,
  hiddenChapters: 500,
  siteLength: 253,
} as const;

export interface OwnTermData {
  term: string;
  positionId: string;
  /** Epoch ms. */
  createdAt: number;
}

export interface NoteData {
  positionId: string;
  text: string;
  /** Epoch ms. */
  updatedAt: number;
}

export interface UserData {
  settings: Settings;
  ownTerms: OwnTermData[];
  notes: NoteData[];
}

export interface UserDataFile extends UserData {
  format: typeof USERDATA_FORMAT;
  version: typeof USERDATA_VERSION;
  /** ISO time of the export (information only). */
  exportedAt: string;
}

/** What is wrong with a file or an entry; the UI turns the code into a sentence in the user's language. */
export type UserDataProblemCode =
  | 'notJson'
  | 'tooLarge'
  | 'notObject'
  | 'foreign'
  | 'newerVersion'
  | 'badVersion'
  | 'missingField'
  | 'badSettings'
  | 'badTerm'
  | 'badPositionId'
  | 'badNote'
  | 'duplicateNote'
  | 'duplicateTerm'
  | 'tooMany'
  | 'unknownField'
  | 'badSite'
  | 'permission'
  | 'quota'
  | 'store';

export interface UserDataProblem {
  code: UserDataProblemCode;
  /** Where in the file, e.g. "ownTerms[3].term". */
  where?: string;
  /** A detail in plain words (the settings validator's own message, a store error). */
  detail?: string;
}

export class UserDataError extends Error {
  constructor(readonly problem: UserDataProblem) {
    super(
      `${problem.code}${problem.where ? ` at ${problem.where}` : ''}${problem.detail ? `: ${problem.detail}` : ''}`,
    );
    this.name = 'UserDataError';
  }
}

export function toUserDataFile(data: UserData, now: Date = new Date()): UserDataFile {
  return { format: USERDATA_FORMAT, version: USERDATA_VERSION, exportedAt: now.toISOString(), ...data };
}

/** "standpunkt-brukerdata-2026-11-26.json" */
export function exportFileName(now: Date = new Date()): string {
  return `${USERDATA_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}
