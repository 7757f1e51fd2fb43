/**
 * The real-text set: labelled excerpts of real public pages (stortinget.no, regjeringen.no,
 * directorates), kept beside the project in ../shared/real-text/excerpts.json and read where it is —
 * its text is never copied into the project. Loading, validation and the tuning/check split live
 * here; scoring is eval/score.ts like the own sets, plus phrase coverage (scorePhrases).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hit } from '../lib/match/types';

const EVAL_DIR = dirname(fileURLToPath(import.meta.url));

/** ../shared/real-text/excerpts.json from the project's root. */
export const REAL_TEXT_FILE = join(EVAL_DIR, '..', '..', 'shared', 'real-text', 'excerpts.json');
/** The split into a tuning half and a check half, by document, made once (scripts: eval/real-text-split.ts). */
export const SPLIT_FILE = join(EVAL_DIR, 'real-text-split.json');

export interface Excerpt {
  id: string;
  url: string;
  /** Host + path of the page's document: the unit of the split. */
  document: string;
  site: string;
  language: 'nb' | 'nn';
  /** Position ids a KS adviser expects; [] for a negative. */
  relevantDemands: string[];
  /** Phrases, verbatim from `text`, a reader expects marked. */
  mustHighlight: string[];
  note: string;
  text: string;
}

export interface RealTextSplit {
  tuning: string[];
  check: string[];
}

export class RealTextError extends Error {
  constructor(detail: string) {
    super(`real-text set: ${detail}`);
    this.name = 'RealTextError';
  }
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks the file's shape strictly: an excerpt the evaluation misreads would silently skew the figures. */
export function validateExcerpts(data: unknown, knownPositions: ReadonlySet<string>): Excerpt[] {
  if (!Array.isArray(data)) throw new RealTextError('the file must hold a JSON array');
  const ids = new Set<string>();
  return data.map((raw, i): Excerpt => {
    const where = `item #${i}`;
    if (typeof raw !== 'object' || raw === null) throw new RealTextError(`${where} is not an object`);
    const r = raw as Record<string, unknown>;
    for (const key of ['id', 'url', 'document', 'site', 'note', 'text'] as const) {
      if (typeof r[key] !== 'string' || !(r[key] as string).trim()) throw new RealTextError(`${where}: "${key}" must be a non-empty string`);
    }
    const id = r.id as string;
    if (ids.has(id)) throw new RealTextError(`duplicate id ${id}`);
    ids.add(id);
    if (r.language !== 'nb' && r.language !== 'nn') throw new RealTextError(`${id}: language must be nb or nn`);
    if (!isStringArray(r.relevantDemands)) throw new RealTextError(`${id}: relevantDemands must be an array of strings`);
    if (!isStringArray(r.mustHighlight)) throw new RealTextError(`${id}: mustHighlight must be an array of strings`);
    for (const p of r.relevantDemands) if (!knownPositions.has(p)) throw new RealTextError(`${id}: unknown position ${p}`);
    for (const phrase of r.mustHighlight) {
      if (!(r.text as string).includes(phrase)) throw new RealTextError(`${id}: phrase ${JSON.stringify(phrase)} is not in the text`);
    }
    return {
      id,
      url: r.url as string,
      document: r.document as string,
      site: r.site as string,
      language: r.language,
      relevantDemands: r.relevantDemands,
      mustHighlight: r.mustHighlight,
      note: r.note as string,
      text: r.text as string,
    };
  });
}

/** The excerpts, or null when the file is absent (a clone outside this setup). */
export function loadExcerpts(knownPositions: ReadonlySet<string>, file: string = REAL_TEXT_FILE): Excerpt[] | null {
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RealTextError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return validateExcerpts(data, knownPositions);
}

export function loadSplit(file: string = SPLIT_FILE): RealTextSplit {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const r = data as Partial<RealTextSplit>;
  if (!isStringArray(r.tuning) || !isStringArray(r.check)) throw new RealTextError(`${file} must hold {"tuning": [...ids], "check": [...ids]}`);
  return { tuning: r.tuning, check: r.check };
}

/** 32-bit FNV-1a: a stable, platform-independent order of documents for the split. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Split by document (all excerpts of one page go to the same half), alternating over documents in
 * hash order within each site and language, so both halves hold every site and both written standards.
 */
export function splitByDocument(excerpts: readonly Excerpt[]): RealTextSplit {
  const byDocument = new Map<string, Excerpt[]>();
  for (const e of excerpts) byDocument.set(e.document, [...(byDocument.get(e.document) ?? []), e]);
  const strata = new Map<string, string[]>();
  for (const [doc, list] of byDocument) {
    const key = `${list[0]!.site}|${list[0]!.language}`;
    strata.set(key, [...(strata.get(key) ?? []), doc]);
  }
  const tuning: string[] = [];
  const check: string[] = [];
  let turn = 0;
  for (const key of [...strata.keys()].sort()) {
    const docs = strata.get(key)!.sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
    for (const doc of docs) {
      (turn++ % 2 === 0 ? tuning : check).push(...byDocument.get(doc)!.map((e) => e.id));
    }
  }
  return { tuning: tuning.sort(), check: check.sort() };
}

export interface PhraseScore {
  expected: number;
  marked: number;
  coverage: number;
  /** Phrases with no highlight inside them and none containing them. */
  misses: { excerpt: string; phrase: string; positions: string[] }[];
}

/**
 * Phrase coverage: a phrase counts as marked when a highlight lies inside one of its occurrences or
 * contains it (a partial overlap does not count: half a phrase lit is not the phrase).
 */
export function scorePhrases(items: readonly { excerpt: Excerpt; hits: readonly Hit[] }[]): PhraseScore {
  let expected = 0;
  let marked = 0;
  const misses: PhraseScore['misses'] = [];
  for (const { excerpt, hits } of items) {
    for (const phrase of excerpt.mustHighlight) {
      expected++;
      let found = false;
      for (let i = excerpt.text.indexOf(phrase); i >= 0 && !found; i = excerpt.text.indexOf(phrase, i + 1)) {
        const end = i + phrase.length;
        found = hits.some((h) => (h.start >= i && h.end <= end) || (h.start <= i && h.end >= end));
      }
      if (found) marked++;
      else misses.push({ excerpt: excerpt.id, phrase, positions: excerpt.relevantDemands });
    }
  }
  return { expected, marked, coverage: expected === 0 ? 1 : marked / expected, misses };
}
