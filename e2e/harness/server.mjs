// @ts-check
// Static server for the fixture pages, on 127.0.0.1 only. Chromium maps the real host names to it
// (see browser.mjs), and the Host header picks the folder: www.stortinget.no → fixtures/stortinget/.
// Any other host (127.0.0.1, look-alike control hosts) gets the whole fixtures/ tree, so the same
// page can be loaded where the content script must NOT run.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_PAGES } from './big-page.mjs';
import { HOSTILE_PAGES } from './hostile-pages.mjs';

/** Every page made on request: path under fixtures/ → a function returning its HTML. */
/** @type {Record<string, () => string>} */
const GENERATED = { ...GENERATED_PAGES, ...HOSTILE_PAGES };

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Host names served as the real sites, and the fixture folder behind each. */
export const SITE_FOLDERS = {
  'www.stortinget.no': 'stortinget',
  'stortinget.no': 'stortinget',
  'www.regjeringen.no': 'regjeringen',
  'regjeringen.no': 'regjeringen',
};

/** Hosts that are also mapped to the server but must never get the content script. */
export const CONTROL_HOSTS = ['www.ikke-stortinget.no', 'stortinget.no.example.test'];

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{ root?: string, port?: number }} [options]
 * @returns {Promise<{ port: number, requests: {host: string, path: string, status: number}[], url: (host: string, path?: string) => string, close: () => Promise<void> }>}
 */
export async function startFixtureServer({ root = FIXTURES_DIR, port = 0 } = {}) {
  const absRoot = resolve(root);
  /** @type {{ host: string, path: string, status: number }[]} */
  const requests = [];

  const server = createServer(async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const folder = /** @type {Record<string, string>} */ (SITE_FOLDERS)[host];
    const base = folder ? join(absRoot, folder) : absRoot;
    let status = 200;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, pathname));
      if (file !== base && !file.startsWith(base + sep))
        throw Object.assign(new Error('outside root'), { status: 403 });
      // Pages too big to commit are made on request (only for the real fixtures folder).
      const rel = relative(absRoot, file).split(sep).join('/');
      const make = absRoot === resolve(FIXTURES_DIR) ? (GENERATED[rel] ?? GENERATED[`${rel}/index.html`]) : undefined;
      if (make) file = join(absRoot, rel.endsWith('.html') ? rel : `${rel}/index.html`);
      else if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = make ? Buffer.from(make(), 'utf8') : await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (err) {
      status = /** @type {{ status?: number }} */ (err)?.status ?? 404;
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(status === 403 ? 'Forbidden' : 'Not found');
    }
    requests.push({ host, path: req.url ?? '', status });
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

  return {
    port: actualPort,
    requests,
    /** URL of a fixture page as the browser should load it (the port is only needed for 127.0.0.1). */
    url: (host, path = '/') =>
      host === '127.0.0.1' ? `http://127.0.0.1:${actualPort}${path}` : `http://${host}${path}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
