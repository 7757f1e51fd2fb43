/** What a CLI command may touch, so tests can run commands without a process. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
}

/** A usage or input error: printed as one line on stderr, exit code 2, no stack trace. */
export class UsageError extends Error {}

export const EXIT_USAGE = 2;
