import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The page boundary of our content scripts (issue 10, finding 3).
 *
 * WXT stops an older copy of a content script when a newer one starts: the new one dispatches
 * "<extension id>:<script>:wxt:content-script-started" on `document`, and every other copy that hears it
 * invalidates itself. A page hears that event too and can dispatch it itself (the extension id is no
 * secret), which would switch highlighting off. So:
 * - the postMessage copy of that event, which told every page the name, is off (noScriptStartedPostMessage);
 * - a capture listener on `window`, which runs before WXT's listener on `document`, stops the event while
 *   this copy is alive (its extension context still valid). An orphan left by an update or reload has no
 *   runtime id any more, lets it through and is replaced as WXT intends;
 * - a second copy in the same isolated world (a script injected again into the tab) stops the first one
 *   directly, through a registry keyed by a Symbol, which no element id can shadow.
 */
const LIVE = Symbol.for('standpunkt.content.live');

export function guardPageBoundary(ctx: ContentScriptContext): void {
  const world = globalThis as unknown as Record<symbol, unknown>;
  const previous = world[LIVE];
  if (typeof previous === 'function') (previous as () => void)();
  const stop = () => ctx.abort('replaced by a newer copy in this world');
  world[LIVE] = stop;
  ctx.onInvalidated(() => {
    if (world[LIVE] === stop) delete world[LIVE];
  });
  const refuse = (event: Event) => {
    if (browser.runtime?.id == null) return;
    event.stopImmediatePropagation();
  };
  // A static of WXT's class (private in its typings): the event name of THIS script. Read from the
  // instance, not imported: WXT imports entrypoints at build time, where the class cannot load.
  const started = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(started, refuse, { capture: true, signal: ctx.signal });
}

/**
 * Test and bench builds only: the readiness attribute on <html> and the `standpunkt:*` performance marks,
 * which a page can read. wxt.config.ts defines the flag; release builds (`wxt zip`, STANDPUNKT_RELEASE=1)
 * turn it off. Unit tests (no define) have it on.
 */
declare const __STANDPUNKT_TEST_HOOKS__: boolean | undefined;
export const TEST_HOOKS: boolean = typeof __STANDPUNKT_TEST_HOOKS__ === 'boolean' ? __STANDPUNKT_TEST_HOOKS__ : true;

/**
 * A global put there by our own code (the hover card's injected script), or undefined. Named elements
 * (`<div id="__standpunktCardUi">`) show on `window` too, even in our isolated world; they are never own
 * properties of the global object and are objects of another kind, so both are checked.
 */
export function ownGlobal<T extends object>(name: string, isValid: (value: object) => boolean): T | undefined {
  if (!Object.prototype.hasOwnProperty.call(globalThis, name)) return undefined;
  const value = (globalThis as Record<string, unknown>)[name];
  return value !== null && typeof value === 'object' && isValid(value) ? (value as T) : undefined;
}
