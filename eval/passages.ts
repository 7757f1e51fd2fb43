import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../lib/data/bundle';
import type { Passage } from './types';

/**
 * Where the labelled passages live: every *.json file here is a JSON array of Passage.
 * Built from the module's own path string: under happy-dom the global URL is not Node's, so new URL() won't do.
 */
export const PASSAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'passages');

/**
 * The held-out set: written independently of the lexicon and of the main set, and never tuned against,
 * so its figures show whether the lexicon generalises. Same file format; load it with loadPassages(HOLDOUT_DIR).
 */
export const HOLDOUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'holdout');

const LANGS: ReadonlySet<string> = new Set<Passage['lang']>(['nb', 'nn']);
const GENRES: ReadonlySet<string> = new Set<Passage['genre']>([
  'innstilling',
  'proposisjon',
  'nou',
  'referat',
  'nyhet',
  'melding',
  'høringsnotat',
]);
const PASSAGE_KEYS: ReadonlySet<string> = new Set(['id', 'lang', 'genre', 'text', 'expect', 'note']);
const EXPECT_KEYS: ReadonlySet<string> = new Set(['position', 'words']);
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A passage file that breaks the rules; the message names the file and, where known, the passage. */
export class PassageError extends Error {
  constructor(
    readonly file: string,
    readonly passageId: string | undefined,
    detail: string,
  ) {
    super(`${file}${passageId === undefined ? '' : `: passage "${passageId}"`}: ${detail}`);
    this.name = 'PassageError';
  }
}

export interface PassageSource {
  /** File name, for error messages. */
  file: string;
  /** Parsed JSON content of the file. */
  data: unknown;
}

/**
 * How a passage is used in the evaluation. Near-misses and negatives are told apart by id prefix
 * because both expect nothing: near-misses share surface words with a demand, negatives do not.
 */
export type PassageKind = 'positive' | 'near-miss' | 'negative';

export function passageKind(passage: Passage): PassageKind {
  if (passage.id.startsWith('near-')) return 'near-miss';
  if (passage.id.startsWith('neg-')) return 'negative';
  return 'positive';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function validatePassage(raw: unknown, index: number, file: string, known: ReadonlySet<string>): Passage {
  if (!isRecord(raw)) throw new PassageError(file, undefined, `item #${index} is not an object`);
  const id = raw.id;
  if (!nonEmptyString(id)) throw new PassageError(file, undefined, `item #${index} has no string "id"`);
  const fail = (detail: string): never => {
    throw new PassageError(file, id, detail);
  };
  if (!ID_PATTERN.test(id)) fail('id must be lowercase letters, digits and dashes');
  for (const key of Object.keys(raw)) if (!PASSAGE_KEYS.has(key)) fail(`unknown field "${key}"`);

  const { lang, genre, text, expect, note } = raw;
  if (typeof lang !== 'string' || !LANGS.has(lang)) fail(`unknown lang ${JSON.stringify(lang)}`);
  if (typeof genre !== 'string' || !GENRES.has(genre)) fail(`unknown genre ${JSON.stringify(genre)}`);
  if (!nonEmptyString(text)) fail('"text" must be a non-empty string');
  // Every passage says what it tests; the set's review depends on it.
  if (!nonEmptyString(note)) fail('"note" must be a non-empty string');
  if (!Array.isArray(expect)) fail('"expect" must be an array (empty for negatives and near-misses)');

  const seenPositions = new Set<string>();
  const expected = (expect as unknown[]).map((entry, e) => {
    if (!isRecord(entry)) return fail(`expect[${e}] is not an object`);
    for (const key of Object.keys(entry)) if (!EXPECT_KEYS.has(key)) fail(`expect[${e}] has unknown field "${key}"`);
    const { position, words } = entry;
    if (!nonEmptyString(position)) return fail(`expect[${e}] has no string "position"`);
    if (!known.has(position)) fail(`unknown position "${position}"`);
    if (seenPositions.has(position)) fail(`position "${position}" is listed twice`);
    seenPositions.add(position);
    if (!Array.isArray(words) || words.length === 0) return fail(`expect "${position}" needs at least one word`);
    const seenWords = new Set<string>();
    for (const word of words as unknown[]) {
      if (!nonEmptyString(word)) fail(`expect "${position}" has an empty or non-string word`);
      const w = word as string;
      if (!(text as string).includes(w)) fail(`word ${JSON.stringify(w)} for "${position}" is not in the text`);
      if (seenWords.has(w)) fail(`word ${JSON.stringify(w)} is listed twice for "${position}"`);
      seenWords.add(w);
    }
    return { position, words: [...(words as string[])] };
  });

  return {
    id,
    lang: lang as Passage['lang'],
    genre: genre as Passage['genre'],
    text: text as string,
    expect: expected,
    note: note as string,
  };
}

/** Validates parsed passage files strictly; throws a PassageError naming the file and passage at the first fault. */
export function validatePassages(sources: readonly PassageSource[], knownPositions: ReadonlySet<string>): Passage[] {
  const idFile = new Map<string, string>();
  const passages: Passage[] = [];
  for (const { file, data } of sources) {
    if (!Array.isArray(data)) throw new PassageError(file, undefined, 'file must contain a JSON array of passages');
    data.forEach((raw, index) => {
      const passage = validatePassage(raw, index, file, knownPositions);
      const earlier = idFile.get(passage.id);
      if (earlier !== undefined) throw new PassageError(file, passage.id, `duplicate id (also in ${earlier})`);
      idFile.set(passage.id, file);
      passages.push(passage);
    });
  }
  return passages;
}

/** Reads and validates every *.json file in `dir` (sorted by name), checking positions against the bundle. */
export function loadPassages(
  dir: string = PASSAGES_DIR,
  knownPositions: ReadonlySet<string> = new Set(bundle.positions.map((p) => p.id)),
): Passage[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new PassageError(dir, undefined, 'no *.json passage files');
  const sources = files.map((file): PassageSource => {
    const content = readFileSync(join(dir, file), 'utf8');
    try {
      return { file, data: JSON.parse(content) as unknown };
    } catch (error) {
      throw new PassageError(file, undefined, `invalid JSON: ${(error as Error).message}`);
    }
  });
  return validatePassages(sources, knownPositions);
}
