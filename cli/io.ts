/** What a CLI command may touch, so tests can run commands without a process. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input as text, or as bytes (the CLI reads at most MAX_INPUT_BYTES + 1 of them). */
  readStdin: () => Promise<string | Uint8Array>;
}

/** A usage or input error: printed as one line on stderr, exit code 2, no stack trace. */
export class UsageError extends Error {}

export const EXIT_USAGE = 2;

/** The largest input `scan` reads (file or stdin): 50 MB of HTML took 75 s and 3.4 GB to parse. */
export const MAX_INPUT_BYTES = 20_000_000;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidi overrides, written as \u{…}:
 * a file name or an id from the command line must not move the cursor, clear the screen or turn text
 * around when it is echoed to a terminal.
 */
export function escapeControl(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}
