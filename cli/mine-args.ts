/** The command line of `npm run mine`: its usage line and the parsed, checked options. */
import { DEFAULT_MIN_SCORE, DEFAULT_TOP } from '../lib/mine';

export const USAGE =
  'usage: mine <file.txt|file.html>… [--real-text [--half tuning|check]] [--json] [--min-score N] [--top N]';

/** A bad argument or an unreadable input: one line on stderr, exit 2. */
export class InputError extends Error {}

export interface Args {
  files: string[];
  json: boolean;
  minScore: number;
  top: number;
  realText: boolean;
  half?: 'tuning' | 'check';
}

export function parseArgs(argv: string[]): Args {
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
