/** Reading a CLI input (file or stdin) safely: size cap, no binaries, UTF-8 or the charset the HTML declares. */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { MAX_INPUT_BYTES, type CliIo } from './io';

/** A problem with the arguments or the input: one line on stderr, exit 2. */
export class InputError extends Error {}

/** The charset an HTML file declares in its first 1024 bytes (`<meta charset>` or http-equiv), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * UTF-8, with U+FFFD for a byte that is not (one bad byte no longer turns the whole file into
 * Windows-1252 and every «ø» into «Ã¸»). Another charset only when the HTML declares one.
 */
export function decode(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared && !/^(utf-?8|unicode-1-1-utf-8)$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: read as UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** A NUL byte never occurs in text or HTML: a binary file would only give false hits. */
function checkText(bytes: Uint8Array): void {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`input is larger than ${MAX_INPUT_BYTES / 1_000_000} MB`);
  if (bytes.includes(0)) throw new InputError('not a text or HTML file (it contains NUL bytes)');
}

async function readCapped(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    // The size is checked before reading: 50 MB of HTML would take a minute and gigabytes to parse.
    const stat = await file.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const size = stat.size;
    if (size > MAX_INPUT_BYTES) throw new InputError(`"${path}" is larger than ${MAX_INPUT_BYTES / 1_000_000} MB`);
    const buffer = Buffer.alloc(Math.min(size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await file.close();
  }
}

export async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === '-') {
    const input = await io.readStdin();
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    checkText(bytes);
    return typeof input === 'string' ? input : decode(bytes);
  }
  return readTextFile(source);
}

/**
 * A saved page or text file as text, the way every command reads one: capped in size, refused when
 * binary, UTF-8 (or the charset the HTML declares). Throws InputError with a one-line reason.
 */
export async function readTextFile(source: string): Promise<string> {
  try {
    const bytes = await readCapped(source);
    checkText(bytes);
    return decode(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (error as Error).message.split('\n')[0];
    throw new InputError(`cannot read "${source}": ${why}`);
  }
}

/** .html/.htm are HTML and .txt is text; anything else (stdin included) is HTML if it looks like it. */
export function isHtml(source: string, content: string): boolean {
  const ext = source === '-' ? '' : extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return content.trimStart().startsWith('<') || /<html[\s>]/i.test(content);
}
