import { bundle } from '../lib/data/bundle';
import { list, show } from './commands/positions';
import { escapeControl, EXIT_USAGE, UsageError, type CliIo } from './io';

const USAGE = 'usage: ks <list [--json] | show <id> | scan <file.html|file.txt|-> [--json]>';

/**
 * Runs one CLI command; returns the exit code. Errors become one line on stderr, never a stack trace;
 * every message has its control characters escaped (it may echo a file name or an id).
 */
export async function run(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stderr: (s) => rawIo.stderr(s.endsWith('\n') ? `${escapeControl(s.slice(0, -1))}\n` : escapeControl(s)),
  };
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'list':
        return list(args, io, bundle);
      case 'show':
        return show(args, io, bundle);
      case 'scan': {
        const { scan } = await import('./commands/scan');
        return await scan(args, io);
      }
      case undefined:
        throw new UsageError(`missing command (${USAGE})`);
      default:
        throw new UsageError(`unknown command "${command}" (${USAGE})`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ks: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // Anything unexpected (hostile input we did not foresee, a bug): still one line and exit 2.
    const message =
      error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
    io.stderr(`ks: ${message.split('\n')[0]!.slice(0, 500)}\n`);
    return EXIT_USAGE;
  }
}
