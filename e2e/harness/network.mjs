// @ts-check
// Privacy guard for browser tests: every request from any page, frame or worker that is not to the
// local fixture server (or an extension/data/blob URL) is aborted and recorded as a violation.
import { CONTROL_HOSTS, SITE_FOLDERS } from './server.mjs';

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/**
 * Who made a request: a service worker, or the URL of the page/frame.
 * @param {import('playwright-core').Request} request
 */
function origin(request) {
  const sw = request.serviceWorker?.();
  if (sw) return `service worker ${sw.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

/** @param {import('playwright-core').BrowserContext} context @param {number} port */
export async function guardNetwork(context, port) {
  const fixtureHosts = new Set([...Object.keys(SITE_FOLDERS), ...CONTROL_HOSTS]);
  /** URL → who asked; a Map so a request seen by both hooks below is reported once. */
  /** @type {Map<string, string>} */
  const blocked = new Map();

  const allowed = (/** @type {string} */ raw) => {
    const url = new URL(raw);
    if (LOCAL_SCHEMES.has(url.protocol)) return true;
    if (url.protocol !== 'http:') return false;
    if (url.hostname === '127.0.0.1') return url.port === String(port);
    return fixtureHosts.has(url.hostname) && (url.port === '' || url.port === '80');
  };

  await context.route('**/*', (route) => {
    const request = route.request();
    if (allowed(request.url())) return route.fallback();
    blocked.set(request.url(), `${request.method()} ${request.url()} (from ${origin(request)})`);
    return route.abort('blockedbyclient');
  });
  // Requests that bypass routing (e.g. from service workers in some versions) are still seen here.
  context.on('request', (request) => {
    if (!allowed(request.url()) && !blocked.has(request.url())) {
      blocked.set(request.url(), `${request.method()} ${request.url()} (from ${origin(request)})`);
    }
  });

  return {
    get violations() {
      return [...blocked.values()];
    },
    /** Forget what was recorded (for the guard's own self-test). */
    reset: () => blocked.clear(),
  };
}
