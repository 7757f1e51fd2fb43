// @ts-check
// The hover card lives in a CLOSED shadow root, out of reach of page scripts and of Playwright's
// locators. The DevTools protocol sees every shadow root (DOM.getDocument with pierce), so a test can
// read what the card shows and where its buttons are; it still acts through the real mouse and keyboard.

/** @typedef {import('./highlights.mjs').Highlight} Highlight */
/** @typedef {import('./highlights.mjs').Rect} Rect */

const CARD_TAG = 'STANDPUNKT-CARD';

/** @param {import('playwright-core').Page} page */
export async function cardInspector(page) {
  return inspect(await page.context().newCDPSession(page));
}

/**
 * The same for a card inside one of the page's same-origin frames (they share the page's renderer, and
 * DOM.getDocument with pierce descends into their documents).
 * @param {import('playwright-core').Page} page
 */
export async function cardInspectorInFrames(page) {
  return inspect(await page.context().newCDPSession(page), true);
}

/**
 * @param {import('playwright-core').CDPSession} cdp
 * @param {boolean} [inFrames]
 */
async function inspect(cdp, inFrames = false) {
  await cdp.send('DOM.enable');

  async function shadowObject() {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    /** @typedef {typeof root} DomNode */
    /** @type {DomNode[]} */
    const hosts = [];
    // In the page's own document, or (for a frame) only in that frame's content document.
    /** @type {(n: DomNode, inFrame: boolean) => void} */
    const walk = (n, inFrame) => {
      if (n.nodeName === CARD_TAG && inFrame === inFrames) hosts.push(n);
      for (const c of n.children ?? []) walk(c, inFrame);
      for (const s of n.shadowRoots ?? []) walk(s, inFrame);
      if (n.contentDocument) walk(n.contentDocument, true);
    };
    walk(root, false);
    if (hosts.length === 0) return { count: 0, objectId: null, mode: null };
    const shadow = hosts[0]?.shadowRoots?.[0];
    if (!shadow) return { count: hosts.length, objectId: null, mode: null };
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return { count: hosts.length, objectId: object.objectId, mode: shadow.shadowRootType };
  }

  /**
   * Runs `fn` (source of a function; `this` is the shadow root) and returns its JSON result.
   * @param {string} fn
   * @returns {Promise<any>}
   */
  async function inShadow(fn) {
    const { objectId } = await shadowObject();
    if (!objectId) return null;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`in the card's shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  return {
    /** How many card hosts the page has, and the mode of the first one's shadow root. */
    async host() {
      const { count, mode } = await shadowObject();
      return { count, mode };
    },
    /**
     * What the card shows: open?, its box, its text, its positions (title, chapter, status), the buttons
     * with their centres, and which button has focus.
     */
    state() {
      return inShadow(`async function () {
        const card = this.querySelector('.card');
        if (!card) return { open: false };
        // Read where the card settles, not part-way through its opening animation (a 3 px slide).
        await Promise.all(card.getAnimations().map((a) => a.finished.catch(() => {})));
        const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
        const focused = this.activeElement;
        return {
          open: !card.hidden && getComputedStyle(card).visibility !== 'hidden',
          rect: box(card),
          label: card.getAttribute('aria-label'),
          text: card.innerText,
          positions: [...card.querySelectorAll('article.pos')].map((a) => ({
            title: a.querySelector('.title')?.textContent ?? null,
            chapter: a.querySelector('.chapter')?.textContent ?? null,
            source: a.querySelector('.source')?.textContent ?? null,
            sourceHref: a.querySelector('.source a')?.getAttribute('href') ?? null,
            group: a.querySelector('.group')?.textContent ?? null,
            note: a.querySelector('.note')?.textContent ?? null,
            status: a.querySelector('.status')?.textContent ?? '',
          })),
          side: card.dataset.side ?? null,
          // Buttons that are shown (the note field's replace the card's own while it is open).
          buttons: [...card.querySelectorAll('button')].filter((b) => !b.closest('[hidden]')).map((b) => {
            const r = box(b);
            return { text: b.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2, rect: r, focused: b === focused };
          }),
          focus: focused ? (focused.textContent || focused.className || focused.localName) : null,
        };
      }`);
    },
    /**
     * The card's markup and stylesheet, to rebuild it in an open shadow root where axe-core can see it
     * (axe-core, like any page script, cannot enter a closed one).
     */
    snapshot() {
      return inShadow(`function () {
        const sheets = [...this.adoptedStyleSheets, ...[...this.querySelectorAll('style')].map((s) => s.sheet)];
        return {
          html: [...this.children].filter((e) => e.localName !== 'style').map((e) => e.outerHTML).join(''),
          css: sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n'),
        };
      }`);
    },
    close: () => cdp.detach().catch(() => {}),
  };
}

const collapse = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();

/**
 * Scrolls the `nth` highlight reading `text` to `at` (0 = top, 0.5 = middle of the viewport) and
 * returns its client rects there.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
export async function centreOn(page, text, { nth = 0, at = 0.5 } = {}) {
  const { readHighlights } = await import('./highlights.mjs');
  const find = async () => (await readHighlights(page)).filter((h) => collapse(h.text ?? '') === text)[nth];
  const found = await find();
  if (!found) throw new Error(`no highlight «${text}» #${nth}`);
  await page.evaluate(({ y, at }) => window.scrollBy(0, y - window.innerHeight * at), {
    y: /** @type {Rect} */ (found.rects[0]).y,
    at,
  });
  await page.waitForTimeout(150);
  return /** @type {Highlight} */ (await find()).rects;
}

/**
 * Waits until the card is open (or closed) and returns its state.
 * @param {{ state: () => Promise<any> }} card a cardInspector
 */
export async function waitForCard(card, open = true) {
  const end = Date.now() + 4000;
  for (;;) {
    const s = await card.state();
    if (s && s.open === open) return s;
    if (Date.now() > end) throw new Error(open ? 'the hover card did not open' : 'the hover card did not close');
    await new Promise((r) => setTimeout(r, 100));
  }
}
