/**
 * Speaker-group evaluation: documents written by us in the style of innstillinger (eval/speakers/*.json),
 * each block labelled with the group whose remark it is, or null where nobody's position is expected
 * (headings, the recommendation, pages that are not innstillinger).
 *
 * - accuracy: of the blocks the attribution gives a group, the share where it is right (kind and, for
 *   every kind but committee and summary, the same parties); a group on a null-labelled block is wrong.
 * - coverage: of the blocks labelled with a group, the share that get one at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributeSpeakers } from '../lib/speakers/attribute';
import { PARTIES, sortParties } from '../lib/speakers/parties';
import type { Speaker, SpeakerKind } from '../lib/speakers/types';

/** Built from the module's own path string (see eval/passages.ts for why not new URL()). */
export const SPEAKERS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'speakers');

export const SPEAKER_THRESHOLDS = { accuracy: 0.95, coverage: 0.85 } as const;

export type Lang = 'nb' | 'nn';

export interface ExpectedSpeaker {
  kind: SpeakerKind;
  parties: string[];
}

export interface LabelledBlock {
  text: string;
  expect: ExpectedSpeaker | null;
  /** The block's language where it differs from its document's (a member writing in nynorsk). */
  lang?: Lang;
}

export interface SpeakerDoc {
  id: string;
  lang: Lang;
  note: string;
  blocks: LabelledBlock[];
}

const KINDS: ReadonlySet<string> = new Set<SpeakerKind>([
  'committee',
  'majority',
  'minority',
  'party',
  'proposal',
  'summary',
]);
const ABBREVIATIONS: ReadonlySet<string> = new Set(PARTIES.map((p) => p.abbr));
const LANGS: ReadonlySet<string> = new Set(['nb', 'nn']);

export class SpeakerSetError extends Error {
  constructor(where: string, detail: string) {
    super(`${where}: ${detail}`);
    this.name = 'SpeakerSetError';
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function checkKeys(o: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new SpeakerSetError(where, `unknown field "${k}"`);
}

/** Checks parsed files (name → content) and returns their documents; throws naming file, document, block. */
export function validateSpeakerDocs(sources: readonly { file: string; data: unknown }[]): SpeakerDoc[] {
  const docs: SpeakerDoc[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of sources) {
    if (!Array.isArray(data)) throw new SpeakerSetError(file, 'not a JSON array of documents');
    for (const d of data) {
      if (!isObject(d) || typeof d.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(d.id))
        throw new SpeakerSetError(file, 'a document needs an id of lower-case letters, digits and dashes');
      const where = `${file}: document "${d.id}"`;
      checkKeys(d, ['id', 'lang', 'note', 'blocks'], where);
      if (seen.has(d.id)) throw new SpeakerSetError(where, `duplicate id (also in ${seen.get(d.id)})`);
      seen.set(d.id, file);
      if (typeof d.lang !== 'string' || !LANGS.has(d.lang)) throw new SpeakerSetError(where, 'unknown lang');
      if (typeof d.note !== 'string' || d.note.trim() === '') throw new SpeakerSetError(where, 'needs a "note"');
      if (!Array.isArray(d.blocks) || d.blocks.length === 0) throw new SpeakerSetError(where, 'needs "blocks"');
      d.blocks.forEach((b: unknown, i: number) => {
        const at = `${where}, block ${i + 1}`;
        if (!isObject(b)) throw new SpeakerSetError(at, 'not an object');
        checkKeys(b, ['text', 'expect', 'lang'], at);
        if (typeof b.text !== 'string' || b.text.trim() === '') throw new SpeakerSetError(at, 'needs a "text"');
        if (/\n\s*\n/.test(b.text)) throw new SpeakerSetError(at, 'a block may not contain a blank line');
        if (b.lang !== undefined && (typeof b.lang !== 'string' || !LANGS.has(b.lang)))
          throw new SpeakerSetError(at, 'unknown lang');
        if (b.expect === null) return;
        if (!isObject(b.expect)) throw new SpeakerSetError(at, '"expect" must be null or {kind, parties}');
        checkKeys(b.expect, ['kind', 'parties'], at);
        if (typeof b.expect.kind !== 'string' || !KINDS.has(b.expect.kind))
          throw new SpeakerSetError(at, `unknown kind ${JSON.stringify(b.expect.kind)}`);
        const parties = b.expect.parties;
        if (!Array.isArray(parties) || parties.some((p) => typeof p !== 'string' || !ABBREVIATIONS.has(p)))
          throw new SpeakerSetError(at, `"parties" must list canonical abbreviations, got ${JSON.stringify(parties)}`);
        const named = b.expect.kind !== 'committee' && b.expect.kind !== 'summary';
        if (named && parties.length === 0) throw new SpeakerSetError(at, `a ${b.expect.kind} names its parties`);
      });
      docs.push(d as unknown as SpeakerDoc);
    }
  }
  return docs;
}

export function loadSpeakerDocs(dir: string = SPEAKERS_DIR): SpeakerDoc[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return validateSpeakerDocs(
    files.map((file) => {
      try {
        return { file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown };
      } catch (error) {
        throw new SpeakerSetError(file, `invalid JSON (${(error as Error).message})`);
      }
    }),
  );
}

/** Whether an attribution matches its label: same kind, and the same parties where a kind names them. */
export function sameSpeaker(got: Speaker, expected: ExpectedSpeaker): boolean {
  if (got.kind !== expected.kind) return false;
  if (got.kind === 'committee' || got.kind === 'summary') return true;
  const a = sortParties(got.parties);
  const b = sortParties(expected.parties);
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

export interface SpeakerError {
  doc: string;
  block: number;
  text: string;
  expected: ExpectedSpeaker | null;
  got: Speaker | null;
  /** wrong: a group given that is not the label's; missed: labelled, none given. */
  type: 'wrong' | 'missed';
}

export interface SpeakerFigures {
  /** Blocks labelled with a group. */
  labelled: number;
  /** Blocks given a group (labelled or not). */
  attributed: number;
  correct: number;
  /** correct / attributed (1 when nothing is attributed). */
  accuracy: number;
  /** labelled blocks given any group / labelled. */
  coverage: number;
}

export interface SpeakerResult {
  overall: SpeakerFigures;
  byLang: Record<Lang, SpeakerFigures>;
  byKind: Partial<Record<SpeakerKind, SpeakerFigures>>;
  errors: SpeakerError[];
  documents: number;
}

interface Tally {
  labelled: number;
  attributed: number;
  correct: number;
  covered: number;
}

const tally = (): Tally => ({ labelled: 0, attributed: 0, correct: 0, covered: 0 });
const figures = (t: Tally): SpeakerFigures => ({
  labelled: t.labelled,
  attributed: t.attributed,
  correct: t.correct,
  accuracy: t.attributed === 0 ? 1 : t.correct / t.attributed,
  coverage: t.labelled === 0 ? 1 : t.covered / t.labelled,
});

/** Runs the attribution over every document (blocks in order, as a page would give them) and scores it. */
export function evaluateSpeakers(docs: readonly SpeakerDoc[]): SpeakerResult {
  const all = tally();
  const langs: Record<Lang, Tally> = { nb: tally(), nn: tally() };
  const kinds = new Map<SpeakerKind, Tally>();
  const errors: SpeakerError[] = [];
  for (const doc of docs) {
    const got = attributeSpeakers(doc.blocks.map((b) => b.text));
    doc.blocks.forEach((block, i) => {
      const g = got[i] ?? null;
      const e = block.expect;
      // A wrong group counts against the kind it claimed; a miss against the labelled kind.
      const kind = g?.kind ?? e?.kind;
      if (kind && !kinds.has(kind)) kinds.set(kind, tally());
      const tallies = [all, langs[block.lang ?? doc.lang], ...(kind ? [kinds.get(kind)!] : [])];
      const right = g !== null && e !== null && sameSpeaker(g, e);
      for (const t of tallies) {
        if (e) t.labelled++;
        if (g) t.attributed++;
        if (right) t.correct++;
        if (e && g) t.covered++;
      }
      if (g && !right) errors.push({ doc: doc.id, block: i + 1, text: block.text, expected: e, got: g, type: 'wrong' });
      else if (e && !g) errors.push({ doc: doc.id, block: i + 1, text: block.text, expected: e, got: null, type: 'missed' });
    });
  }
  return {
    overall: figures(all),
    byLang: { nb: figures(langs.nb), nn: figures(langs.nn) },
    byKind: Object.fromEntries([...kinds].map(([k, t]) => [k, figures(t)])),
    errors,
    documents: docs.length,
  };
}

export function speakersPass(result: SpeakerResult): boolean {
  return (
    result.overall.accuracy >= SPEAKER_THRESHOLDS.accuracy && result.overall.coverage >= SPEAKER_THRESHOLDS.coverage
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const show = (s: { kind: string; parties: string[] } | null) =>
  s === null ? 'none' : `${s.kind}${s.parties.length > 0 ? ` [${sortParties(s.parties).join(', ')}]` : ''}`;

function line(name: string, f: SpeakerFigures): string {
  return (
    `${name.padEnd(10)} accuracy ${pct(f.accuracy).padStart(7)} (${f.correct}/${f.attributed})   ` +
    `coverage ${pct(f.coverage).padStart(7)} (of ${f.labelled} labelled)`
  );
}

export function formatSpeakerReport(result: SpeakerResult): string {
  const out: string[] = [];
  const labelled = result.overall.labelled;
  out.push(`${result.documents} documents, ${labelled} blocks labelled with a group`);
  out.push(line('overall', result.overall));
  for (const lang of ['nb', 'nn'] as const) out.push(line(lang, result.byLang[lang]));
  for (const [kind, f] of Object.entries(result.byKind)) out.push(line(kind, f));
  if (result.errors.length === 0) out.push('Errors: none');
  else {
    out.push(`Errors (${result.errors.length}):`);
    for (const e of result.errors) {
      const text = e.text.replace(/\s+/g, ' ');
      out.push(
        `  ${e.type.padEnd(6)} ${e.doc} #${e.block}: expected ${show(e.expected)}, got ${show(e.got)}` +
          `\n         «${text.length > 90 ? `${text.slice(0, 90)}…` : text}»`,
      );
    }
  }
  const t = SPEAKER_THRESHOLDS;
  out.push(`Thresholds: accuracy ≥ ${t.accuracy}, coverage ≥ ${t.coverage} → ${speakersPass(result) ? 'PASS' : 'FAIL'}`);
  return out.join('\n');
}
