/** The labelled speaker-group set (eval/speakers/*.json, written by us): its types, its checks and its loader. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTIES } from '../lib/speakers/parties';
import type { SpeakerKind } from '../lib/speakers/types';

/** Built from the module's own path string (see eval/passages.ts for why not new URL()). */
export const SPEAKERS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'speakers');

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

