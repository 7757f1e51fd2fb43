// @ts-check
// Keyboard reach, a check axe-core cannot make (it does not press keys): every visible control of a
// page can be reached with Tab. Contrast, names and ARIA are checked by axe-core (axe.mjs).

/**
 * Tabs through the page from the top and reports the controls that were never reached.
 * @param {import('playwright-core').Page} page
 */
export async function checkKeyboardReach(page, { maxTabs = 400 } = {}) {
  await page.evaluate(() => {
    /** @type {HTMLElement | null} */ (document.activeElement)?.blur?.();
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea'))
      el.removeAttribute('data-reached');
  });
  for (let i = 0; i < maxTabs; i++) {
    const done = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      if (el.hasAttribute('data-reached')) return true;
      el.setAttribute('data-reached', '');
      return false;
    });
    if (done && i > 0) break;
    await page.keyboard.press('Tab');
  }
  return page.evaluate(() =>
    [...document.querySelectorAll('button, a[href], input, select, textarea')]
      // Read as inputs: `disabled`, `type` and `name` are undefined on the other kinds, as before.
      .map((el) => /** @type {HTMLInputElement} */ (el))
      .filter(
        (el) =>
          !el.disabled && el.getClientRects().length > 0 && !el.hasAttribute('data-reached') && el.type !== 'hidden',
      )
      // A radio group is one Tab stop; the arrow keys move inside it.
      .filter(
        (el) =>
          !(el.type === 'radio' && document.querySelector(`input[type="radio"][name="${el.name}"][data-reached]`)),
      )
      .map(
        (el) =>
          `not reachable with Tab: <${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"`,
      ),
  );
}
