/**
 * `npm run mine -- <file.txt|file.html>… [--real-text [--half tuning|check]] [--json] [--min-score N] [--top N]`
 *
 * A review list for the lexicon, offline: for each page, the paragraphs where the lexicon found
 * nothing, with the positions whose own text fits them best (BM25 over light Norwegian stems, see
 * lib/mine) and each paragraph's distinctive words. What it lists is a question for a reviewer —
 * is this how real documents write the subject? — never a hit. HTML is read as `ks scan` reads it.
 * `--real-text` mines the excerpts of ../shared/real-text/excerpts.json as pages (read where they
 * are, never copied) and marks the positions a reader expects there.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundle as bundledData, type Bundle } from '../lib/data/bundle';
import type { Matcher } from '../lib/match/types';
import { createMiner, DEFAULT_MIN_SCORE, DEFAULT_TOP, type MinedPage } from '../lib/mine';
import { htmlText } from './html-text';
import { InputError as ScanInputError, isHtml, readTextFile } from './input';
import { EXIT_USAGE, type CliIo } from './io';
import { loadExcerpts, loadSplit, RealTextError, REAL_TEXT_FILE, SPLIT_FILE } from '../eval/real-text';

const USAGE =
  'usage: mine <file.txt|file.html>… [--real-text [--half tuning|check]] [--json] [--min-score N] [--top N]';

/** What mine runs on; tests pass their own, the CLI uses the bundled data, the real lexicon and ../shared. */
export interface MineDeps {
  matcher?: Matcher;
  bundle?: Bundle;
  realTextFile?: string;
  splitFile?: string;
}

class InputError extends Error {}

interface Args {
  files: string[];
  json: boolean;
  minScore: number;
  top: number;
  realText: boolean;
  half?: 'tuning' | 'check';
}

/** One page to mine: a file, or an excerpt of the real-text set (with what a reader expects there). */
interface Page {
  source: string;
  text: string;
  url?: string;
  language?: string;
  expected?: string[];
}

export interface MineJson {
  pages: {
    source: string;
    url?: string;
    language?: string;
    /** Real-text pages: the positions a reader expects there, and those the lexicon did not find. */
    expected?: string[];
    missedByLexicon?: string[];
    paragraphs: number;
    withHits: number;
    short: number;
    unmatched: {
      index: number;
      start: number;
      end: number;
      text: string;
      words: string[];
      positions: { id: string; title: string; score: number; via: string[]; expected?: boolean }[];
    }[];
  }[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false, minScore: DEFAULT_MIN_SCORE, top: DEFAULT_TOP, realText: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const [name, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new InputError(`${name} needs a value (${USAGE})`);
      return v;
    };
    switch (name) {
      case '--json':
        args.json = true;
        break;
      case '--real-text':
        args.realText = true;
        break;
      case '--min-score': {
        const v = value();
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0) throw new InputError(`--min-score must be a number ≥ 0, not "${v}"`);
        args.minScore = n;
        break;
      }
      case '--top': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new InputError(`--top must be a whole number ≥ 1, not "${v}"`);
        args.top = n;
        break;
      }
      case '--half': {
        const v = value();
        if (v !== 'tuning' && v !== 'check') throw new InputError(`--half must be tuning or check, not "${v}"`);
        args.half = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new InputError(`unknown option "${a}" (${USAGE})`);
        args.files.push(a);
    }
  }
  if (args.half && !args.realText) throw new InputError(`--half goes with --real-text (${USAGE})`);
  if (args.files.length === 0 && !args.realText) throw new InputError(`missing input file (${USAGE})`);
  return args;
}

async function readPage(source: string): Promise<Page> {
  let content: string;
  try {
    content = await readTextFile(source);
  } catch (error) {
    if (error instanceof ScanInputError) throw new InputError(error.message);
    throw error;
  }
  return { source, text: isHtml(source, content) ? await htmlText(content) : content };
}

/** The real-text excerpts as pages (null when the set is absent), optionally one half of the split. */
function realTextPages(bundle: Bundle, half: Args['half'], deps: MineDeps): Page[] | null {
  const file = deps.realTextFile ?? REAL_TEXT_FILE;
  let excerpts;
  try {
    excerpts = loadExcerpts(new Set(bundle.positions.map((p) => p.id)), file);
  } catch (error) {
    if (error instanceof RealTextError) throw new InputError(error.message);
    throw error;
  }
  if (!excerpts) return null;
  let keep: Set<string> | null = null;
  if (half) {
    const splitFile = deps.splitFile ?? SPLIT_FILE;
    try {
      keep = new Set(loadSplit(splitFile)[half]);
    } catch (error) {
      throw new InputError(`cannot read the split "${splitFile}": ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return excerpts
    .filter((e) => !keep || keep.has(e.id))
    .map((e) => ({ source: e.id, text: e.text, url: e.url, language: e.language, expected: e.relevantDemands }));
}

const round = (x: number) => Math.round(x * 100) / 100;

function pageJson(page: Page, mined: MinedPage, found: ReadonlySet<string>): MineJson['pages'][number] {
  const expected = page.expected ? new Set(page.expected) : null;
  return {
    source: page.source,
    ...(page.url ? { url: page.url } : {}),
    ...(page.language ? { language: page.language } : {}),
    ...(page.expected
      ? { expected: page.expected, missedByLexicon: page.expected.filter((id) => !found.has(id)) }
      : {}),
    paragraphs: mined.paragraphs,
    withHits: mined.withHits,
    short: mined.short,
    unmatched: mined.unmatched.map((p) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      text: p.text,
      words: p.words,
      positions: p.positions.map((q) => ({
        id: q.id,
        title: q.title,
        score: round(q.score),
        via: q.via,
        ...(expected ? { expected: expected.has(q.id) } : {}),
      })),
    })),
  };
}

/** The first words of a paragraph on one line, for a reader to find it again. */
function preview(text: string, max = 110): string {
  const flat = text.replace(/\u00ad/g, '').replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function pageText(p: MineJson['pages'][number], minScore: number): string {
  const head = [p.source, p.language, p.url].filter(Boolean).join(' · ');
  const lines = [
    `== ${head}`,
    `   ${p.paragraphs} paragraphs: ${p.withHits} with a lexicon hit, ${p.short} without but too short, ${p.unmatched.length} mined`,
  ];
  if (p.expected) {
    lines.push(`   expected: ${p.expected.length ? p.expected.join(', ') : '(none: a negative)'}`);
    if (p.missedByLexicon!.length) lines.push(`   missed by the lexicon: ${p.missedByLexicon!.join(', ')}`);
  }
  for (const para of p.unmatched) {
    lines.push('', `  ¶${para.index + 1} [${para.start}–${para.end}] «${preview(para.text)}»`);
    lines.push(`     words: ${para.words.join(', ')}`);
    if (para.positions.length === 0) lines.push(`     (no position scores ${minScore} or more)`);
    for (const q of para.positions) {
      const mark = q.expected ? '✓' : ' ';
      lines.push(
        `   ${mark} ${q.score.toFixed(2).padStart(6)}  ${q.id}  «${clip(q.title, 70)}»  via ${q.via.join(', ')}`,
      );
    }
  }
  return `${lines.join('\n')}\n\n`;
}

async function loadDefaultMatcher(): Promise<Matcher> {
  const { defaultMatcher } = await import('../lib/lexicon/index');
  return defaultMatcher();
}

/** Runs the command; returns the exit code (2 for a bad argument or any unreadable input; the others are still mined). */
export async function mine(argv: string[], io: CliIo, deps: MineDeps = {}): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`mine: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const bundle = deps.bundle ?? bundledData;
  let code = 0;
  const pages: Page[] = [];
  for (const file of args.files) {
    try {
      pages.push(await readPage(file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`mine: ${error.message}\n`);
      code = EXIT_USAGE;
    }
  }
  if (args.realText) {
    try {
      const real = realTextPages(bundle, args.half, deps);
      if (real) pages.push(...real);
      else io.stderr(`mine: real-text set not found at ${deps.realTextFile ?? REAL_TEXT_FILE}; skipped\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`mine: ${error.message}\n`);
      code = EXIT_USAGE;
    }
  }

  const matcher = pages.length ? (deps.matcher ?? (await loadDefaultMatcher())) : null;
  const miner = createMiner(bundle.positions);
  const out: MineJson = { pages: [] };
  for (const page of pages) {
    const hits = matcher!.find(page.text);
    const found = new Set(page.expected ? matcher!.rank(hits).map((r) => r.id) : []);
    const mined = miner.minePage(page.text, hits, { minScore: args.minScore, top: args.top });
    const result = pageJson(page, mined, found);
    out.pages.push(result);
    if (!args.json) io.stdout(pageText(result, args.minScore));
  }
  if (args.json) io.stdout(`${JSON.stringify(out)}\n`);
  return code;
}

/** Run as a script (`tsx cli/mine.ts`), not when imported by a test. */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    process.exitCode = await mine(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      readStdin: async () => '',
    });
  } catch (error) {
    // Anything else (a lexicon that does not compile, say) is one line too, as in `ks`.
    process.stderr.write(`mine: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    process.exitCode = 1;
  }
}
