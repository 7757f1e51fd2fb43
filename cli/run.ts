import { bundle } from '../lib/data/bundle';
import { list, show } from './commands/positions';
import { EXIT_USAGE, UsageError, type CliIo } from './io';

const USAGE = 'usage: ks <list [--json] | show <id> | scan <file.html|file.txt|-> [--json]>';

/** Runs one CLI command; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function run(argv: string[], io: CliIo): Promise<number> {
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
    io.stderr(`ks: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return 1;
  }
}
