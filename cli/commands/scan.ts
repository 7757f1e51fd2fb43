/**
 * `scan <file.html|file.txt|-> [--json]`: the KS positions a saved page or a text touches, ranked.
 *
 * HTML is parsed with happy-dom with scripts, resource loading and navigation off, and read with
 * lib/dom exactly as the content script reads a page (inline <style> and style attributes count;
 * external stylesheets are not loaded). Offsets in the JSON output are UTF-16 offsets into that
 * EXTRACTED text (for a text file: into the file's text itself), as the matcher reports them.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';
import { bundle as bundledData, type Bundle } from '../../lib/data/bundle';
import { extractText } from '../../lib/dom';
import { byAboutness } from '../../lib/match/about';
import { speakersOfText, type PageSpeakers, type Speaker } from '../../lib/speakers';
import type { Hit, Matcher, RankedPosition } from '../../lib/match/types';
import { escapeControl, MAX_INPUT_BYTES, type CliIo } from '../io';

const USAGE = 'usage: scan <file.html|file.txt|-> [--json]';
const EXIT_USAGE = 2;

/** What scan runs on; tests pass their own, the CLI uses the bundled data and the real lexicon. */
export interface ScanDeps {
  matcher?: Matcher;
  bundle?: Bundle;
}

/** A problem with the arguments or the input: one line on stderr, exit 2. */
export class InputError extends Error {}

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

/** The charset an HTML file declares in its first 1024 bytes (`<meta charset>` or http-equiv), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * UTF-8, with U+FFFD for a byte that is not (one bad byte no longer turns the whole file into
 * Windows-1252 and every «ø» into «Ã¸»). Another charset only when the HTML declares one.
 */
export function decode(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared && !/^(utf-?8|unicode-1-1-utf-8)$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: read as UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** A NUL byte never occurs in text or HTML: a binary file would only give false hits. */
function checkText(bytes: Uint8Array): void {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`input is larger than ${MAX_INPUT_BYTES / 1_000_000} MB`);
  if (bytes.includes(0)) throw new InputError('not a text or HTML file (it contains NUL bytes)');
}

async function readCapped(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    // The size is checked before reading: 50 MB of HTML would take a minute and gigabytes to parse.
    const stat = await file.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const size = stat.size;
    if (size > MAX_INPUT_BYTES) throw new InputError(`"${path}" is larger than ${MAX_INPUT_BYTES / 1_000_000} MB`);
    const buffer = Buffer.alloc(Math.min(size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await file.close();
  }
}

async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === '-') {
    const input = await io.readStdin();
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    checkText(bytes);
    return typeof input === 'string' ? input : decode(bytes);
  }
  return readTextFile(source);
}

/**
 * A saved page or text file as text, the way every command reads one: capped in size, refused when
 * binary, UTF-8 (or the charset the HTML declares). Throws InputError with a one-line reason.
 */
export async function readTextFile(source: string): Promise<string> {
  try {
    const bytes = await readCapped(source);
    checkText(bytes);
    return decode(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
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

/**
 * Beyond this nesting depth, computed style is not asked for: happy-dom's getComputedStyle walks the
 * ancestors (and recursively queries the tree) for every element, which is quadratic in the depth and
 * overflows the stack from ~3,500 levels. Deeper pages are read with the inline style attributes only.
 */
export const STYLE_DEPTH_LIMIT = 256;

/** The deepest element nesting under `root`, counted iteratively (no recursion, whatever the depth). */
export function maxDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return deepest;
}

/** display/visibility from style attributes alone, visibility inherited through a cache: linear in the page. */
function inlineStyle(): (el: Element) => { display: string; visibility: string } {
  const visibility = new WeakMap<Element, string>();
  const read = (el: Element, prop: 'display' | 'visibility'): string => {
    const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([a-z-]+)`, 'i').exec(el.getAttribute('style') ?? '');
    return m ? m[1]!.toLowerCase() : '';
  };
  const visibilityOf = (el: Element): string => {
    const known = visibility.get(el);
    if (known !== undefined) return known;
    // Ancestors not seen yet (the walk starts below <html>): find the nearest one known or declared.
    const chain: Element[] = [];
    let value = 'visible';
    for (let e: Element | null = el; e; e = e.parentElement) {
      const k = visibility.get(e) ?? (read(e, 'visibility') || undefined);
      if (k !== undefined && k !== 'inherit') {
        value = k;
        break;
      }
      chain.push(e);
    }
    for (const e of chain) visibility.set(e, value);
    return value;
  };
  return (el) => ({ display: read(el, 'display'), visibility: visibilityOf(el) });
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
    const computed = (el: Element) => window.getComputedStyle(el as unknown as Parameters<typeof window.getComputedStyle>[0]);
    const style = maxDepth(root as unknown as Node) > STYLE_DEPTH_LIMIT ? inlineStyle() : computed;
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
    io.stderr(`ks: scan: ${escapeControl(error.message)}\n`);
    return EXIT_USAGE;
  }
  const text = isHtml(source, content) ? await htmlText(content) : content;
  const matcher = deps.matcher ?? (await loadDefaultMatcher());
  const bundle = deps.bundle ?? bundledData;
  const hits = matcher.find(text);
  // A saved file has no address: whether it is an innstilling is read from its text.
  const result = toJson(matcher.rank(hits), bundle, speakersOfText(text));
  io.stdout(json ? `${JSON.stringify(result)}\n` : toText(result, hits, source === '-' ? 'standard inn' : source, bundle));
  return 0;
}
