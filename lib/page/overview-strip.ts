/**
 * The overview strip on the page: a thin column at the right edge of the window, left of the page's own
 * scrollbar, with a mark where each highlight is, in its chapter's colour; a click scrolls to that hit and
 * focuses it. It lives in its own shadow root on a position:fixed host, so the page's layout never changes.
 */
import { UI_ATTRIBUTE } from '../dom';
import { chapterStyle } from '../highlight/colors';
import type { Mark } from '../highlight/painter';
import { overviewMarks, type OverviewHit } from './overview';

export interface OverviewStripOptions<T extends Mark> {
  doc: Document;
  /** The painted hits, any order. */
  hits: () => readonly T[];
  /** Scroll to a hit and focus it. */
  onJump: (hit: T) => void;
}

export interface OverviewStrip {
  /** Shows (with fresh marks) or hides the strip; throttled, so call it as often as things change. */
  update(shown: boolean): void;
  destroy(): void;
}

/** Width of the strip, px. */
export const STRIP_WIDTH = 10;
/** At most one measuring pass per this many ms while the page changes. */
const THROTTLE_MS = 250;
/**
 * Hits measured per pass, at most, spread evenly over all of them. A strip of ~900 px merges close marks
 * anyway; measuring all 100,000 hits of a 10 MB page took one task of ~1.9 s (highlight-big spec).
 */
export const MAX_MEASURED = 1000;

const CSS = `
:host { all: initial; }
.strip { position: absolute; inset: 0; }
.mark { position: absolute; left: 1px; right: 1px; min-height: 3px; border-radius: 1px; cursor: pointer;
  box-shadow: 0 0 0 1px rgb(0 0 0 / 45%); }
.mark:hover { left: 0; right: 0; box-shadow: 0 0 0 2px #0b3a75; }
`;

export function createOverviewStrip<T extends Mark>(options: OverviewStripOptions<T>): OverviewStrip {
  const { doc } = options;
  const view = doc.defaultView!;
  let host: HTMLElement | null = null;
  let strip: HTMLElement | null = null;
  let shown = false;
  let destroyed = false;
  let timer = 0;
  let last = 0;
  /** The hit each mark element jumps to. */
  const targets = new WeakMap<Element, T>();

  const ensureHost = () => {
    if (host?.isConnected) return;
    host = doc.createElement('standpunkt-overview');
    host.setAttribute(UI_ATTRIBUTE, '');
    // Fixed and out of flow: the page's layout never moves. Inline styles beat the page's CSS for the host.
    host.style.cssText =
      'position:fixed!important;top:0!important;z-index:2147483646!important;margin:0!important;padding:0!important;' +
      `width:${STRIP_WIDTH}px!important;display:block!important;pointer-events:auto!important;`;
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    strip = doc.createElement('div');
    strip.className = 'strip';
    // Next/previous reach the same hits from the keyboard; the strip is a pointer shortcut.
    host.setAttribute('aria-hidden', 'true');
    strip.addEventListener('click', (event) => {
      const target = targets.get(event.target as Element);
      if (target) options.onJump(target);
    });
    root.append(style, strip);
    doc.documentElement.append(host);
  };

  /** Where each hit starts, in document coordinates; hits the page has removed are left out. */
  const measure = (): OverviewHit<T>[] => {
    const out: OverviewHit<T>[] = [];
    const range = doc.createRange();
    const hits = options.hits();
    const step = Math.max(1, Math.ceil(hits.length / MAX_MEASURED));
    for (let i = 0; i < hits.length; i += step) {
      const hit = hits[i]!;
      try {
        range.setStart(hit.span.startContainer, hit.span.startOffset);
        range.setEnd(hit.span.endContainer, hit.span.endOffset);
      } catch {
        continue;
      }
      const rect = range.getClientRects()[0];
      if (rect) out.push({ top: rect.top + view.scrollY, chapterIndex: hit.chapterIndex, item: hit });
    }
    return out;
  };

  const render = () => {
    timer = 0;
    last = view.performance.now();
    if (!shown || destroyed) {
      host?.remove();
      return;
    }
    const root = doc.documentElement;
    const marks = overviewMarks(measure(), { documentHeight: root.scrollHeight, stripHeight: root.clientHeight });
    if (!marks.length) {
      host?.remove();
      return;
    }
    ensureHost();
    // Left of the page's vertical scrollbar (clientWidth excludes it), as tall as the visible area.
    host!.style.setProperty('left', `${root.clientWidth - STRIP_WIDTH}px`, 'important');
    host!.style.setProperty('height', `${root.clientHeight}px`, 'important');
    strip!.replaceChildren(
      ...marks.map((m) => {
        const el = doc.createElement('div');
        el.className = 'mark';
        el.dataset.chapter = String(m.chapterIndex);
        el.style.top = `${m.y}px`;
        el.style.height = `${m.height}px`;
        el.style.background = chapterStyle(m.chapterIndex).background;
        targets.set(el, m.items[0]!);
        return el;
      }),
    );
  };

  const schedule = () => {
    if (timer) return;
    const wait = Math.max(0, last + THROTTLE_MS - view.performance.now());
    timer = view.setTimeout(() => view.requestAnimationFrame(render), wait);
  };

  const onResize = () => {
    if (shown) schedule();
  };
  view.addEventListener('resize', onResize, { passive: true });

  return {
    update(on) {
      shown = on;
      schedule();
    },
    destroy() {
      destroyed = true;
      view.clearTimeout(timer);
      view.removeEventListener('resize', onResize);
      host?.remove();
      host = null;
    },
  };
}
