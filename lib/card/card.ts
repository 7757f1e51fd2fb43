import { UI_ATTRIBUTE } from '../dom/rules';
import type { Card, CardOptions, CloseReason, ShowOptions } from './api';
import { textColumnAt } from './column';
import { elementMaker } from './element';
import { renderEntry, type CardPosition } from './entry';
import { placeCard, type Placement, type RectLike } from './place';
import { DEFAULT_CARD_STRINGS, fill, type CardStrings } from './strings';
import { CARD_CSS, CARD_WIDTH } from './theme';

/**
 * The hover card: one host element on the page, a closed shadow root holding the card's DOM and
 * stylesheet. Vanilla DOM (it ships in the content script); data goes in through textContent only.
 */

export type { CardPosition } from './entry';
export type { Card, CardOptions, CloseReason, ShowOptions } from './api';

function applyStyles(root: ShadowRoot, doc: Document): void {
  // A constructed sheet is not subject to the page's CSP style-src; Firefox content scripts cannot
  // adopt one (Xray wrappers throw), so a <style> in the shadow root is the fallback.
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // fall through
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}

export function createCard(doc: Document, options: CardOptions = {}): Card {
  const s: CardStrings = { ...DEFAULT_CARD_STRINGS, ...options.strings };
  const statusMs = options.statusMs ?? 4000;

  const host = doc.createElement('standpunkt-card');
  // Marks our UI so the page-text extractor (lib/dom) never scans it.
  host.setAttribute(UI_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: options.shadowMode ?? 'closed' });
  applyStyles(root, doc);

  const el = elementMaker(doc);

  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.tabIndex = -1;
  card.hidden = true;
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', s.close);
  const list = el('div', 'list');
  card.append(close, list);
  root.append(card);
  doc.documentElement.append(host);

  let open = false;
  let destroyed = false;
  let anchor: RectLike | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const view = () => doc.defaultView;
  const viewport = () => {
    const de = doc.documentElement;
    // clientWidth/Height leave out scrollbars; a document without layout reports 0.
    return { width: de.clientWidth || view()?.innerWidth || 0, height: de.clientHeight || view()?.innerHeight || 0 };
  };
  const focusInside = () => root.activeElement !== null;
  /** What Tab moves between: the card's buttons, links and note field, when shown. */
  const focusables = () =>
    [...card.querySelectorAll<HTMLElement>('button, a[href], textarea')].filter((e) => !e.closest('[hidden]'));

  function place(rect: RectLike): Placement {
    const vp = viewport();
    // Measured at each width the placement tries, unconstrained; hidden meanwhile so nothing flickers.
    card.style.visibility = 'hidden';
    card.style.maxHeight = '';
    const heightAt = (width: number) => {
      card.style.width = `${width}px`;
      return card.getBoundingClientRect().height;
    };
    const column = textColumnAt(doc, rect);
    const p = placeCard({ anchor: rect, column, viewport: vp, width: CARD_WIDTH, heightAt });
    card.style.width = `${p.width}px`;
    card.style.left = `${p.left}px`;
    card.style.top = `${p.top}px`;
    card.style.maxHeight = `${p.maxHeight}px`;
    card.style.visibility = p.visible ? '' : 'hidden';
    card.dataset.side = p.side;
    return p;
  }

  function setStatus(status: HTMLElement, text: string, error: boolean): void {
    status.textContent = text;
    status.classList.toggle('error', error);
    const t = setTimeout(() => {
      timers.delete(t);
      if (status.textContent === text) status.textContent = '';
    }, statusMs);
    timers.add(t);
  }

  async function copy(id: string, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
    if (button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    status.textContent = '';
    let result: boolean | string;
    try {
      result = options.onCopy ? await options.onCopy(id) : false;
    } catch {
      result = false;
    }
    button.removeAttribute('aria-disabled');
    if (result === true) setStatus(status, s.copied, false);
    else setStatus(status, typeof result === 'string' && result ? result : s.copyFailed, true);
  }

  const renderPosition = (p: CardPosition, index: number) =>
    renderEntry(p, {
      doc,
      strings: s,
      index,
      copy: (id, button, status) => void copy(id, button, status),
      showMore: options.onShowMore,
      saveNote: options.onSaveNote,
      setStatus,
    });

  function closeBy(reason: CloseReason): void {
    if (!open) return;
    const hadFocus = focusInside();
    hide();
    options.onClose?.({ reason, hadFocus });
  }

  const fromCard = (e: Event) => e.composedPath().includes(host);

  function onDocKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !open) return;
    // Escape in the note field closes the field (its own handler), not the card.
    if (root.activeElement?.localName === 'textarea') return;
    // Keys typed in the card are ours; Escape on the page also closes the card but stays the page's.
    if (fromCard(e)) e.stopPropagation();
    closeBy('escape');
  }

  function onDocPointerdown(e: Event): void {
    if (open && !fromCard(e)) closeBy('outside');
  }

  function onCardKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Tab') return;
    const all = focusables();
    if (all.length === 0) return;
    const i = all.indexOf(root.activeElement as HTMLElement);
    const first = all[0]!;
    const last = all[all.length - 1]!;
    // Focus stays in the card while it is there: wrap at both ends.
    if (e.shiftKey && i <= 0) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (i === -1 || i === all.length - 1)) {
      e.preventDefault();
      first.focus();
    }
  }

  close.addEventListener('click', () => closeBy('close-button'));
  card.addEventListener('keydown', onCardKeydown);

  function listen(on: boolean): void {
    if (on) {
      doc.addEventListener('keydown', onDocKeydown, true);
      doc.addEventListener('pointerdown', onDocPointerdown, true);
    } else {
      doc.removeEventListener('keydown', onDocKeydown, true);
      doc.removeEventListener('pointerdown', onDocPointerdown, true);
    }
  }

  function show(opts: ShowOptions): void {
    if (destroyed) return;
    if (!host.isConnected) doc.documentElement.append(host);
    for (const t of timers) clearTimeout(t);
    timers.clear();
    const n = opts.positions.length;
    card.setAttribute('aria-label', n > 1 ? fill(s.dialogLabelMany, { count: n }) : s.dialogLabel);
    list.replaceChildren(...opts.positions.map(renderPosition));
    card.hidden = false;
    if (!open) listen(true);
    open = true;
    anchor = opts.anchor;
    place(anchor);
    if (opts.focusFirst) (card.querySelector<HTMLButtonElement>('button.copy') ?? close).focus({ preventScroll: true });
  }

  function hide(): void {
    if (!open) return;
    open = false;
    listen(false);
    for (const t of timers) clearTimeout(t);
    timers.clear();
    card.hidden = true;
    list.replaceChildren();
    anchor = null;
  }

  return {
    host,
    root,
    get isOpen() {
      return open;
    },
    show,
    reposition(rect: RectLike) {
      if (!open) return;
      anchor = rect;
      place(anchor);
    },
    hide,
    contains(node: Node | null) {
      return node !== null && (node === host || root.contains(node));
    },
    destroy() {
      hide();
      destroyed = true;
      host.remove();
    },
  };
}
