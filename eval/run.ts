/**
 * `npm run eval`: the real matcher over the labelled passages; exit 1 below the thresholds.
 *
 * The main set (eval/passages) gates the exit code. The held-out set (eval/holdout) is reported after it
 * and never changes the exit code: the lexicon is tuned against the main set, so only the held-out figures
 * say whether it generalises. `--set main` or `--set holdout` prints one set only; with `--set holdout`
 * the exit code is 0 unless the set fails to load.
 */
import { bundle } from '../lib/data/bundle';
import { defaultMatcher } from '../lib/lexicon/index';
import { evaluate, formatReport, passes } from './evaluate';
import { HOLDOUT_DIR, loadPassages } from './passages';

type EvalSet = 'main' | 'holdout' | 'both';

function setArg(argv: readonly string[]): EvalSet {
  const i = argv.indexOf('--set');
  if (i < 0) return 'both';
  const value = argv[i + 1];
  if (value === 'main' || value === 'holdout') return value;
  console.error(`--set must be "main" or "holdout", got ${JSON.stringify(value)}`);
  process.exit(2);
}

const which = setArg(process.argv.slice(2));
const matcher = defaultMatcher();

if (which !== 'holdout') {
  const passages = loadPassages();
  const result = evaluate(passages, matcher, bundle.positions);
  console.log(formatReport(passages, result));
  process.exitCode = passes(result) ? 0 : 1;
}

if (which !== 'main') {
  if (which === 'both') console.log('');
  try {
    const passages = loadPassages(HOLDOUT_DIR);
    const result = evaluate(passages, matcher, bundle.positions);
    console.log('='.repeat(100));
    console.log('HELD-OUT SET (eval/holdout) — never tuned against; informative only, does not set the exit code');
    console.log('='.repeat(100));
    console.log(formatReport(passages, result));
  } catch (error) {
    // The main set's verdict stands; a broken held-out set is caught by eval/holdout.test.ts.
    console.error(`Held-out set not evaluated: ${(error as Error).message}`);
    if (which === 'holdout') process.exitCode = 2;
  }
}
