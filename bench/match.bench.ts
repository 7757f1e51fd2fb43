/**
 * `npm run bench`: matcher throughput on ≥ 5 MB of generated Norwegian government-style text, with the
 * real lexicon and with a lexicon scaled to 10,000 terms, against one RegExp per term on the same
 * text in the same run. A benchmark, not a test: it prints figures and asserts nothing about time.
 */
import { compileLexicon, type CompiledLexicon } from '../lib/lexicon/compile';
import { lexicon as realLexicon } from '../lib/lexicon/index';
import { createMatcher } from '../lib/match/matcher';
import { generateText, syntheticLexicon } from './corpus';

const TARGET_CHARS = 5_200_000;
const SCALED_TERMS = 10_000;
const WARMUP = 2;
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time in ms of `fn` after warm-up; also returns fn's last result. */
function measure<T>(fn: () => T, runs = RUNS, warmup = WARMUP): { ms: number; result: T } {
  let result = fn();
  for (let i = 1; i < warmup; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

/** Like `measure` for two functions, run alternately. */
function measureInterleaved<A, B>(
  a: () => A,
  b: () => B,
  runs = 11,
): [{ ms: number; result: A }, { ms: number; result: B }] {
  let ra = a();
  let rb = b();
  for (let i = 1; i < WARMUP; i++) {
    ra = a();
    rb = b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    ra = a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    rb = b();
    tb.push(performance.now() - t0);
  }
  return [
    { ms: median(ta), result: ra },
    { ms: median(tb), result: rb },
  ];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The naive alternative: one case-insensitive RegExp per term, with the same surface forms. */
function regexesFor(c: CompiledLexicon): RegExp[] {
  const alternatives = c.terms.map(() => [] as string[]);
  for (const p of c.patterns) {
    for (const [ti, si] of p.rules) {
      const endings = c.suffixSets[si]!;
      const term = c.terms[ti]!;
      const rest = term.first ? '[\\p{L}\\p{N}]*' : `(?:${endings.map(escape).join('|')})`;
      alternatives[ti]!.push(escape(p.s).replace(/ /g, '\\s+') + rest);
    }
  }
  return alternatives.map((alts, ti) => {
    const modifier = c.terms[ti]!.head ? '[\\p{L}\\p{N}]*' : '';
    return new RegExp(`(?<![\\p{L}\\p{N}])${modifier}(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  });
}

function runRegexes(regexes: RegExp[], text: string): number {
  let n = 0;
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

const fmt = (x: number, d = 1) => x.toFixed(d);

function main(): void {
  const text = generateText(TARGET_CHARS);
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const dense = generateText(TARGET_CHARS, 1);
  const denseMb = Buffer.byteLength(dense, 'utf8') / 1e6;
  console.log(
    `Text: ${fmt(mb, 2)} MB (UTF-8), ${text.length.toLocaleString('en')} characters, one sentence in five with KS terms; ` +
      `median of ${RUNS}–11 runs after ${WARMUP} warm-up runs.\n`,
  );

  const realTerms = realLexicon.reduce((n, p) => n + p.terms.length, 0);
  const compileReal = measure(() => compileLexicon(realLexicon), 5, 1);
  const real = compileReal.result;
  const scaledSource = [...realLexicon, ...syntheticLexicon(SCALED_TERMS - realTerms)];
  const compileScaled = measure(() => compileLexicon(scaledSource), 3, 1);
  const scaled = compileScaled.result;

  const realMatcher = createMatcher(real);
  const scaledMatcher = createMatcher(scaled);
  // Alternate the two matchers run by run, so load from other processes hits both alike.
  const [realRun, scaledRun] = measureInterleaved(
    () => realMatcher.find(text),
    () => scaledMatcher.find(text),
  );

  const [denseReal, denseScaled] = measureInterleaved(
    () => realMatcher.find(dense),
    () => scaledMatcher.find(dense),
    7,
  );

  const realRegexes = regexesFor(real);
  const regexRun = measure(() => runRegexes(realRegexes, text), 3, 1);
  // 10,000 regexes over the whole text would take minutes; measure them on a 1 MB slice instead.
  const slice = text.slice(0, 1_000_000);
  const sliceMb = Buffer.byteLength(slice, 'utf8') / 1e6;
  const scaledRegexes = regexesFor(scaled);
  const scaledRegexRun = measure(() => runRegexes(scaledRegexes, slice), 1, 1);
  const scaledOnSlice = measure(() => scaledMatcher.find(slice));

  const rows: [string, string, string, string][] = [
    ['lexicon', 'terms / patterns', 'compile ms', 'matcher MB/s'],
    ['real', `${real.terms.length} / ${real.patterns.length}`, fmt(compileReal.ms), fmt(mb / (realRun.ms / 1000))],
    [
      'scaled',
      `${scaled.terms.length} / ${scaled.patterns.length}`,
      fmt(compileScaled.ms),
      fmt(mb / (scaledRun.ms / 1000)),
    ],
  ];
  for (const r of rows) console.log(r[0].padEnd(8), r[1].padEnd(18), r[2].padStart(10), r[3].padStart(14));
  console.log(
    `\nHits on the text: real ${realRun.result.length.toLocaleString('en')}, scaled ${scaledRun.result.length.toLocaleString('en')}`,
  );
  console.log(`Matcher, real lexicon:   ${fmt(realRun.ms)} ms (${fmt(mb / (realRun.ms / 1000))} MB/s)`);
  console.log(`Matcher, 10,000 terms:   ${fmt(scaledRun.ms)} ms (${fmt(mb / (scaledRun.ms / 1000))} MB/s)`);
  console.log(`Ratio scaled / real:     ${fmt(scaledRun.ms / realRun.ms, 2)} (target ≤ 1.3)`);
  console.log(
    `Term-dense text (every sentence has terms, ${fmt(denseMb, 2)} MB, ${denseReal.result.length.toLocaleString('en')} hits): ` +
      `real ${fmt(denseMb / (denseReal.ms / 1000))} MB/s, 10,000 terms ${fmt(denseMb / (denseScaled.ms / 1000))} MB/s, ratio ${fmt(denseScaled.ms / denseReal.ms, 2)}`,
  );
  console.log(
    `\nRegExp per term, real lexicon (${realRegexes.length} regexes): ${fmt(regexRun.ms)} ms (${fmt(mb / (regexRun.ms / 1000), 2)} MB/s), ${regexRun.result.toLocaleString('en')} matches`,
  );
  console.log(`Ratio regex / matcher, real lexicon: ${fmt(regexRun.ms / realRun.ms, 1)}× slower`);
  console.log(
    `RegExp per term, 10,000 terms, on a ${fmt(sliceMb, 2)} MB slice: ${fmt(scaledRegexRun.ms)} ms (${fmt(sliceMb / (scaledRegexRun.ms / 1000), 3)} MB/s); matcher on the same slice ${fmt(scaledOnSlice.ms)} ms → ${fmt(scaledRegexRun.ms / scaledOnSlice.ms, 0)}× slower`,
  );
}

main();
