/** `npm run ks -- <command>`: the same lib/ code as the extension, in Node. */
import { MAX_INPUT_BYTES } from './io';
import { run } from './run';

/** Standard input as bytes, at most one byte past the cap (scan refuses more without reading it all). */
const readStdin = async () => {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
};

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
});
