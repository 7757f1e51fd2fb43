/**
 * `scan <file.html|file.txt|-> [--json]`: the KS positions a saved page or a text touches, ranked.
 *
 * HTML is parsed with happy-dom with scripts, resource loading and navigation off, and read with
 * lib/dom exactly as the content script reads a page (inline <style> and style attributes count;
 * external stylesheets are not loaded). Offsets in the JSON output are UTF-16 offsets into that
 * EXTRACTED text (for a text file: into the file's text itself), as the matcher reports them.
 */
import { bundle as bundledData, type Bundle } from '../../lib/data/bundle';
import { byAboutness } from '../../lib/match/about';
import { speakersOfText, type PageSpeakers, type Speaker } from '../../lib/speakers';
import type { Hit, Matcher, RankedPosition } from '../../lib/match/types';
import { htmlText } from '../html-text';
import { InputError, isHtml, readSource } from '../input';
import { escapeControl, type CliIo } from '../io';

const USAGE = 'usage: scan <file.html|file.txt|-> [--json]';
const EXIT_USAGE = 2;

/** What scan runs on; tests pass their own, the CLI uses the bundled data and the real lexicon. */
export interface ScanDeps {
  matcher?: Matcher;
  bundle?: Bundle;
}

export interface ScanPosition {
  id: string;
  title: string;
  chapter: string;
  score: number;
  /** `speaker`: the party group whose remark the hit's paragraph belongs to (lib/speakers), or null
   *  where the page is not an innstilling or the group is not certain. */
  hits: { text: string; start: number; end: number; speaker: Speaker | null }[];
}

export interface ScanJson {
  /** What the page is about: exactly what the popup lists (lib/match/about.ts). */
  positions: ScanPosition[];
  /** Touched only in passing: highlighted on the page, not reported. */
  mentions: ScanPosition[];
}

function parseArgs(args: string[]): { source: string; json: boolean } {
  let source: string | undefined;
  let json = false;
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a.startsWith('--')) throw new InputError(`unknown option "${a}" (${USAGE})`);
    else if (source !== undefined) throw new InputError(`more than one input ("${source}", "${a}") (${USAGE})`);
    else source = a;
  }
  if (source === undefined) throw new InputError(`missing input file (${USAGE})`);
  return { source, json };
}

/** The real matcher over the bundled lexicon, loaded only when a scan needs it. */
async function loadDefaultMatcher(): Promise<Matcher> {
  const { defaultMatcher } = await import('../../lib/lexicon/index');
  return defaultMatcher();
}

function toJson(ranked: RankedPosition[], bundle: Bundle, speakers: PageSpeakers): ScanJson {
  const byId = new Map(bundle.positions.map((p) => [p.id, p]));
  const entry = (r: RankedPosition): ScanPosition => {
    const p = byId.get(r.id);
    return {
      id: r.id,
      title: p?.title ?? '',
      chapter: p?.chapter ?? '',
      score: r.score,
      hits: [...r.hits]
        .sort((a, b) => a.start - b.start)
        .map((h) => ({ text: h.text, start: h.start, end: h.end, speaker: speakerJson(speakers.at(h.start)) })),
    };
  };
  const { positions, mentions } = byAboutness(ranked);
  return { positions: positions.map(entry), mentions: mentions.map(entry) };
}

/** The wire shape of a speaker: exactly kind, parties and label (the same object may be shared by paragraphs). */
function speakerJson(s: Speaker | null): Speaker | null {
  return s && { kind: s.kind, parties: [...s.parties], label: s.label };
}

/** «innsigelse» (2), «innsigelsesretten»: each surface once, in order of first appearance. */
function words(hits: { text: string }[]): string {
  const counts = new Map<string, number>();
  for (const h of hits) {
    // Shown as a reader sees it: soft hyphens invisible, whitespace runs as one space.
    const w = escapeControl(h.text.replace(/\u00ad/g, '').replace(/\s+/g, ' '));
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].map(([w, n]) => (n > 1 ? `«${w}» (${n})` : `«${w}»`)).join(', ');
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}

function toText(result: ScanJson, hits: Hit[], name: string, bundle: Bundle): string {
  // A file name may hold control characters (and the output goes to a terminal): never written raw.
  name = escapeControl(name);
  const passing = result.mentions.length
    ? [
        `Nevnt i forbifarten (markert, ikke regnet med): ${result.mentions.map((m) => `«${m.title || m.id}»`).join(', ')}`,
        '',
      ]
    : [];
  if (result.positions.length === 0)
    return [`Fant ingen KS-standpunkter i ${name}.`, ...passing, ''].join('\n').replace(/\n+$/, '\n');
  const chapterIndex = new Map(bundle.positions.map((p) => [p.id, p.chapterIndex]));
  const n = result.positions.length;
  const lines = [`Fant ${n} KS-${n === 1 ? 'standpunkt' : 'standpunkter'} i ${name} (${hits.length} treff):`, ''];
  result.positions.forEach((p, i) => {
    const chapter = p.chapter ? `Kapittel ${chapterIndex.get(p.id)}: ${p.chapter}` : 'Ukjent kapittel';
    lines.push(`${i + 1}. ${p.title || p.id}`);
    lines.push(`   ${chapter} · poeng ${formatScore(p.score)}`);
    lines.push(`   Treff: ${words(p.hits)}`);
    lines.push(`   ${p.id}`);
    lines.push('');
  });
  lines.push(...passing);
  return lines.join('\n');
}

/** Runs the command; returns the exit code (2 for a bad argument or an unreadable input). */
export async function scan(args: string[], io: CliIo, deps: ScanDeps = {}): Promise<number> {
  let source: string;
  let json: boolean;
  let content: string;
  try {
    ({ source, json } = parseArgs(args));
    content = await readSource(source, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`ks: scan: ${escapeControl(error.message)}\n`);
    return EXIT_USAGE;
  }
  const text = isHtml(source, content) ? await htmlText(content) : content;
  const matcher = deps.matcher ?? (await loadDefaultMatcher());
  const bundle = deps.bundle ?? bundledData;
  const hits = matcher.find(text);
  // A saved file has no address: whether it is an innstilling is read from its text.
  const result = toJson(matcher.rank(hits), bundle, speakersOfText(text));
  io.stdout(
    json ? `${JSON.stringify(result)}\n` : toText(result, hits, source === '-' ? 'standard inn' : source, bundle),
  );
  return 0;
}
