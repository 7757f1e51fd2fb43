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
import { createMiner } from '../lib/mine';
import { htmlText } from './html-text';
import { InputError as ScanInputError, isHtml, readTextFile } from './input';
import { EXIT_USAGE, type CliIo } from './io';
import { InputError, parseArgs, type Args } from './mine-args';
import { pageJson, pageText, type MineJson, type Page } from './mine-report';
import { loadExcerpts, loadSplit, RealTextError, REAL_TEXT_FILE, SPLIT_FILE } from '../eval/real-text';

export type { MineJson } from './mine-report';

/** What mine runs on; tests pass their own, the CLI uses the bundled data, the real lexicon and ../shared. */
export interface MineDeps {
  matcher?: Matcher;
  bundle?: Bundle;
  realTextFile?: string;
  splitFile?: string;
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
