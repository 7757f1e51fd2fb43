import { normaliseTerm } from '../db/schema';
import { ownTermKey, ownTermProblem } from '../lexicon/own-terms';
import { DEFAULT_SITES, normalizeSite, parseSettings, SettingsError, type Settings } from '../settings/settings';
import { isPositionId } from '../corpus/id';
import {
  LIMITS,
  USERDATA_FORMAT,
  USERDATA_VERSION,
  UserDataError,
  type NoteData,
  type OwnTermData,
  type UserData,
} from './format';

const fail = (code: UserDataError['problem']['code'], where?: string, detail?: string): never => {
  throw new UserDataError({ code, where, detail });
};

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkPositionId(value: unknown, where: string): string {
  if (!isPositionId(value)) fail('badPositionId', where, typeof value === 'string' ? value : undefined);
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
  // Compiled exactly as the lexicon build will declare it, so that what is accepted here is matched there.
  const problem = ownTermProblem(term);
  if (problem !== null) fail('badTerm', where, problem);
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

/**
 * The settings of a file or a change, checked for TYPE before parseSettings sees them: parseSettings turns
 * list entries into strings (`[["ks.no"]]` would pass, deep nesting overflows the stack, `{toString: null}`
 * throws a TypeError). Also the limits: at most LIMITS.extraSites sites and LIMITS.hiddenChapters chapters,
 * and no subdomain of a built-in site (Options refuses those too: they are covered already).
 */
export function checkSettingsInput(value: unknown, where: string): void {
  if (!isRecord(value)) fail('badSettings', where, 'not an object');
  const raw = value as Record<string, unknown>;
  for (const key of ['highlighting', 'copyIncludesNote'] as const) {
    if (key in raw && typeof raw[key] !== 'boolean') fail('badSettings', `${where}.${key}`, `«${key}»`);
  }
  for (const key of ['look', 'copyFormat'] as const) {
    if (key in raw && typeof raw[key] !== 'string') fail('badSettings', `${where}.${key}`, `«${key}»`);
  }
  const lists = [
    ['extraSites', LIMITS.extraSites],
    ['hiddenChapters', LIMITS.hiddenChapters],
  ] as const;
  for (const [key, max] of lists) {
    if (!(key in raw)) continue;
    const list = raw[key];
    if (!Array.isArray(list)) return fail('badSettings', `${where}.${key}`, `«${key}»`);
    if (list.length > max) fail('tooMany', `${where}.${key}`, String(max));
    list.forEach((entry: unknown, i: number) => {
      if (typeof entry !== 'string' || entry.length > LIMITS.siteLength)
        fail('badSettings', `${where}.${key}[${i}]`, `«${key}»`);
    });
  }
  if (Array.isArray(raw.extraSites)) {
    (raw.extraSites as string[]).forEach((entry, i) => {
      let site: string;
      try {
        site = normalizeSite(entry);
      } catch (err) {
        return fail('badSite', `${where}.extraSites[${i}]`, err instanceof Error ? err.message : String(err));
      }
      if (isBuiltInSite(site)) fail('badSite', `${where}.extraSites[${i}]`, site);
    });
  }
}

/** A built-in site or one of its subdomains: always on, never an extra site. */
export function isBuiltInSite(site: string): boolean {
  return DEFAULT_SITES.some((d) => site === d || site.endsWith(`.${d}`));
}

/** checkSettingsInput, then parseSettings; a SettingsError becomes a badSettings problem. */
export function checkSettings(value: unknown, where: string): Settings {
  checkSettingsInput(value, where);
  try {
    return parseSettings(value);
  } catch (err) {
    if (err instanceof SettingsError) return fail('badSettings', where, err.message);
    throw err;
  }
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
  const at = { where: '' };
  try {
    return parseFile(input, now, at);
  } catch (err) {
    if (err instanceof UserDataError) throw err;
    // Anything else (a value no check foresaw) is still a bad file, reported where it was found.
    const area = at.where.split(/[.[]/)[0];
    const code =
      area === 'settings'
        ? 'badSettings'
        : area === 'ownTerms'
          ? 'badTerm'
          : area === 'notes'
            ? 'badNote'
            : 'notObject';
    return fail(code, at.where || undefined, err instanceof Error ? `${err.name}: ${err.message}` : undefined);
  }
}

function parseFile(input: unknown, now: number, at: { where: string }): UserData {
  if (!isRecord(input)) return fail('notObject');
  const raw = input as Record<string, unknown>;
  if (raw.format !== USERDATA_FORMAT)
    fail('foreign', 'format', typeof raw.format === 'string' ? raw.format : undefined);
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1)
    fail('badVersion', 'version');
  if ((raw.version as number) > USERDATA_VERSION) fail('newerVersion', 'version', String(raw.version));
  checkKeys(raw, ['format', 'version', 'exportedAt', 'settings', 'ownTerms', 'notes'], '');
  for (const field of ['settings', 'ownTerms', 'notes'] as const) if (!(field in raw)) fail('missingField', field);

  at.where = 'settings';
  const settings = checkSettings(raw.settings, 'settings');

  if (!Array.isArray(raw.ownTerms)) return fail('missingField', 'ownTerms');
  if (raw.ownTerms.length > LIMITS.terms) fail('tooMany', 'ownTerms');
  const ownTerms: OwnTermData[] = [];
  const seenTerms = new Map<string, string>();
  raw.ownTerms.forEach((entry, i) => {
    const where = `ownTerms[${i}]`;
    at.where = where;
    if (!isRecord(entry)) return fail('badTerm', where);
    checkKeys(entry, ['term', 'positionId', 'createdAt'], where);
    const term = checkTerm(entry.term, `${where}.term`);
    const positionId = checkPositionId(entry.positionId, `${where}.positionId`);
    // The compiler's normalisation (dashes, soft hyphens, case): what it would call the same term.
    const key = `${positionId}\u0000${ownTermKey(term)}`;
    const earlier = seenTerms.get(key);
    if (earlier !== undefined) fail('duplicateTerm', where, earlier === term ? term : `${term} = ${earlier}`);
    seenTerms.set(key, term);
    ownTerms.push({ term, positionId, createdAt: checkTime(entry.createdAt, `${where}.createdAt`, now) });
  });

  if (!Array.isArray(raw.notes)) return fail('missingField', 'notes');
  if (raw.notes.length > LIMITS.notes) fail('tooMany', 'notes');
  const notes: NoteData[] = [];
  const seenNotes = new Set<string>();
  raw.notes.forEach((entry, i) => {
    const where = `notes[${i}]`;
    at.where = where;
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
