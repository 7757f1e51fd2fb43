/**
 * `scan <file.html|file.txt|-> [--json]`: the KS positions a saved page or a text touches, ranked.
 *
 * HTML is parsed with happy-dom with scripts, resource loading and navigation off, and read with
 * lib/dom exactly as the content script reads a page (inline <style> and style attributes count;
 * external stylesheets are not loaded). Offsets in the JSON output are UTF-16 offsets into that
 * EXTRACTED text (for a text file: into the file's text itself), as the matcher reports them.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';
import { bundle as bundledData, type Bundle } from '../../lib/data/bundle';
import { extractText } from '../../lib/dom';
import { byAboutness } from '../../lib/match/about';
import type { Hit, Matcher, RankedPosition } from '../../lib/match/types';
import type { CliIo } from '../io';

const USAGE = 'usage: scan <file.html|file.txt|-> [--json]';
const EXIT_USAGE = 2;

/** What scan runs on; tests pass their own, the CLI uses the bundled data and the real lexicon. */
export interface ScanDeps {
  matcher?: Matcher;
  bundle?: Bundle;
}

/** A problem with the arguments or the input: one line on stderr, exit 2. */
class InputError extends Error {}

export interface ScanPosition {
  id: string;
  title: string;
  chapter: string;
  score: number;
  hits: { text: string; start: number; end: number }[];
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

/** UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (older pages saved as Latin-1). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === '-') return io.readStdin();
  try {
    return decode(await readFile(source));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : (error as Error).message.split('\n')[0];
    throw new InputError(`cannot read "${source}": ${why}`);
  }
}

/** .html/.htm are HTML and .txt is text; anything else (stdin included) is HTML if it looks like it. */
export function isHtml(source: string, content: string): boolean {
  const ext = source === '-' ? '' : extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return content.trimStart().startsWith('<') || /<html[\s>]/i.test(content);
}

/** The page text as lib/dom reads it in a browser, from HTML that is parsed but never run. */
export async function htmlText(html: string): Promise<string> {
  const window = new Window({
    url: 'about:blank',
    // Parser complaints stay in the virtual console instead of reaching our stdout/stderr.
    console: new VirtualConsole(new VirtualConsolePrinter()),
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      // Nothing above should ever fetch; if something does, it fails here instead of reaching the network.
      fetch: {
        interceptor: {
          beforeAsyncRequest: async () => {
            throw new Error('network disabled');
          },
          beforeSyncRequest: () => {
            throw new Error('network disabled');
          },
        },
      },
    },
  });
  try {
    // A DOMParser document never runs its scripts, whatever the settings say.
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const root = doc.body ?? doc.documentElement;
    if (!root) return '';
    // happy-dom's node types are its own; at runtime they are the standard DOM interfaces lib/dom uses.
    const style = (el: Element) => window.getComputedStyle(el as unknown as Parameters<typeof window.getComputedStyle>[0]);
    return extractText(root as unknown as Node, { style }).text;
  } finally {
    await window.happyDOM.close();
  }
}

/** The real matcher over the bundled lexicon, loaded only when a scan needs it. */
async function loadDefaultMatcher(): Promise<Matcher> {
  const { defaultMatcher } = await import('../../lib/lexicon/index');
  return defaultMatcher();
}

function toJson(ranked: RankedPosition[], bundle: Bundle): ScanJson {
  const byId = new Map(bundle.positions.map((p) => [p.id, p]));
  const entry = (r: RankedPosition): ScanPosition => {
    const p = byId.get(r.id);
    return {
      id: r.id,
      title: p?.title ?? '',
      chapter: p?.chapter ?? '',
      score: r.score,
      hits: [...r.hits].sort((a, b) => a.start - b.start).map((h) => ({ text: h.text, start: h.start, end: h.end })),
    };
  };
  const { positions, mentions } = byAboutness(ranked);
  return { positions: positions.map(entry), mentions: mentions.map(entry) };
}

/** «innsigelse» (2), «innsigelsesretten»: each surface once, in order of first appearance. */
function words(hits: { text: string }[]): string {
  const counts = new Map<string, number>();
  for (const h of hits) {
    // Shown as a reader sees it: soft hyphens invisible, whitespace runs as one space.
    const w = h.text.replace(/\u00ad/g, '').replace(/\s+/g, ' ');
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].map(([w, n]) => (n > 1 ? `«${w}» (${n})` : `«${w}»`)).join(', ');
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}

function toText(result: ScanJson, hits: Hit[], name: string, bundle: Bundle): string {
  const passing = result.mentions.length
    ? [`Nevnt i forbifarten (markert, ikke regnet med): ${result.mentions.map((m) => `«${m.title || m.id}»`).join(', ')}`, '']
    : [];
  if (result.positions.length === 0) return [`Fant ingen KS-standpunkter i ${name}.`, ...passing, ''].join('\n').replace(/\n+$/, '\n');
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
    io.stderr(`ks: scan: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const text = isHtml(source, content) ? await htmlText(content) : content;
  const matcher = deps.matcher ?? (await loadDefaultMatcher());
  const bundle = deps.bundle ?? bundledData;
  const hits = matcher.find(text);
  const result = toJson(matcher.rank(hits), bundle);
  io.stdout(json ? `${JSON.stringify(result)}\n` : toText(result, hits, source === '-' ? 'standard inn' : source, bundle));
  return 0;
}
