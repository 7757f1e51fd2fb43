/**
 * Speaker-group evaluation: the attribution run over the labelled set (./speaker-set: documents written by
 * us in the style of innstillinger, each block labelled with the group whose remark it is, or null where
 * nobody's position is expected), scored and reported.
 *
 * - accuracy: of the blocks the attribution gives a group, the share where it is right (kind and, for
 *   every kind but committee and summary, the same parties); a group on a null-labelled block is wrong.
 * - coverage: of the blocks labelled with a group, the share that get one at all.
 */
import { attributeSpeakers } from '../lib/speakers/attribute';
import { sortParties } from '../lib/speakers/parties';
import type { Speaker, SpeakerKind } from '../lib/speakers/types';
import type { ExpectedSpeaker, Lang, SpeakerDoc } from './speaker-set';

// The labelled set (types, checks, loader) lives in ./speaker-set; re-exported for eval/run.ts and the tests.
export {
  loadSpeakerDocs,
  SPEAKERS_DIR,
  SpeakerSetError,
  validateSpeakerDocs,
  type ExpectedSpeaker,
  type LabelledBlock,
  type Lang,
  type SpeakerDoc,
} from './speaker-set';

export const SPEAKER_THRESHOLDS = { accuracy: 0.95, coverage: 0.85 } as const;

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
