/** `npm run eval`: the real matcher over the labelled passages; exit 1 below the thresholds. */
import { bundle } from '../lib/data/bundle';
import { defaultMatcher } from '../lib/lexicon/index';
import { evaluate, formatReport, passes } from './evaluate';
import { loadPassages } from './passages';

const passages = loadPassages();
const result = evaluate(passages, defaultMatcher(), bundle.positions);
console.log(formatReport(passages, result));
process.exitCode = passes(result) ? 0 : 1;
