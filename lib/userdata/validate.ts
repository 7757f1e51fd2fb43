import { normaliseTerm } from '../db/schema';
import { compileLexicon } from '../lexicon/compile';
import { parseSettings, SettingsError } from '../settings/settings';
import {
  LIMITS,
  USERDATA_FORMAT,
  USERDATA_VERSION,
  UserDataError,
  type NoteData,
  type OwnTermData,
  type UserData,
} from './format';

const POSITION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/;

const fail = (code: UserDataError['problem']['code'], where?: string, detail?: string): never => {
  throw new UserDataError({ code, where, detail });
};

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkPositionId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !POSITION_ID.test(value)) fail('badPositionId', where, typeof value === 'string' ? value : undefined);
  return value as string;
}

/**
 * An own term as it will be stored and matched: NFC, trimmed, spaces collapsed; it must compile as
 * a lexicon term (the matcher's rules), and `|` (the lexicon's alternatives syntax) is not allowed.
 */
export function checkTerm(value: unknown, where: string): string {
  if (typeof value !== 'string') return fail('badTerm', where);
  const term = normaliseTerm(value as string);
  if (term.length < 2 || term.length > LIMITS.termLength || term.includes('|') || !/\p{L}/u.test(term)) {
    fail('badTerm', where, term);
  }
  try {
    compileLexicon([{ position: 'standpunkt:check', terms: [{ t: term, infl: 'none' }] }]);
  } catch (err) {
    fail('badTerm', where, err instanceof Error ? err.message : String(err));
  }
  return term;
}

export function checkNoteText(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length > LIMITS.noteLength) return fail('badNote', where);
  return (value as string).replace(/\r\n?/g, '\n').trim();
}

function checkTime(value: unknown, where: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail('missingField', where);
  return value as number;
}

function checkKeys(raw: Record<string, unknown>, allowed: readonly string[], where: string) {
  for (const key of Object.keys(raw)) if (!allowed.includes(key)) fail('unknownField', where ? `${where}.${key}` : key);
}

/** The text of a chosen file → user data; throws a UserDataError saying what is wrong. */
export function parseUserDataText(text: string): UserData {
  if (text.length > LIMITS.fileBytes) fail('tooLarge');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail('notJson', undefined, err instanceof Error ? err.message : undefined);
  }
  return parseUserDataFile(json);
}

/**
 * Strict check of a whole file. Nothing is written by this function: the caller writes only what it
 * returns, so a bad file changes nothing.
 */
export function parseUserDataFile(input: unknown, now = Date.now()): UserData {
  if (!isRecord(input)) return fail('notObject');
  const raw = input as Record<string, unknown>;
  if (raw.format !== USERDATA_FORMAT) fail('foreign', 'format', typeof raw.format === 'string' ? raw.format : undefined);
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) fail('badVersion', 'version');
  if ((raw.version as number) > USERDATA_VERSION) fail('newerVersion', 'version', String(raw.version));
  checkKeys(raw, ['format', 'version', 'exportedAt', 'settings', 'ownTerms', 'notes'], '');
  for (const field of ['settings', 'ownTerms', 'notes'] as const) if (!(field in raw)) fail('missingField', field);

  let settings;
  try {
    settings = parseSettings(raw.settings);
  } catch (err) {
    if (err instanceof SettingsError) return fail('badSettings', 'settings', err.message);
    throw err;
  }

  if (!Array.isArray(raw.ownTerms)) return fail('missingField', 'ownTerms');
  if (raw.ownTerms.length > LIMITS.terms) fail('tooMany', 'ownTerms');
  const ownTerms: OwnTermData[] = [];
  const seenTerms = new Set<string>();
  raw.ownTerms.forEach((entry, i) => {
    const where = `ownTerms[${i}]`;
    if (!isRecord(entry)) return fail('badTerm', where);
    checkKeys(entry, ['term', 'positionId', 'createdAt'], where);
    const term = checkTerm(entry.term, `${where}.term`);
    const positionId = checkPositionId(entry.positionId, `${where}.positionId`);
    const key = `${positionId}\u0000${term.toLowerCase()}`;
    if (seenTerms.has(key)) fail('duplicateTerm', where, term);
    seenTerms.add(key);
    ownTerms.push({ term, positionId, createdAt: checkTime(entry.createdAt, `${where}.createdAt`, now) });
  });

  if (!Array.isArray(raw.notes)) return fail('missingField', 'notes');
  if (raw.notes.length > LIMITS.notes) fail('tooMany', 'notes');
  const notes: NoteData[] = [];
  const seenNotes = new Set<string>();
  raw.notes.forEach((entry, i) => {
    const where = `notes[${i}]`;
    if (!isRecord(entry)) return fail('badNote', where);
    checkKeys(entry, ['positionId', 'text', 'updatedAt'], where);
    const positionId = checkPositionId(entry.positionId, `${where}.positionId`);
    if (seenNotes.has(positionId)) fail('duplicateNote', where, positionId);
    seenNotes.add(positionId);
    const text = checkNoteText(entry.text, `${where}.text`);
    if (text) notes.push({ positionId, text, updatedAt: checkTime(entry.updatedAt, `${where}.updatedAt`, now) });
  });

  return { settings, ownTerms, notes };
}
