// Accessibility checks that need a real browser: colour contrast of every visible text (WCAG AA:
// 4.5:1, 3:1 for large text) from computed styles, and that every control has a name and can be
// reached with Tab. Runs in the page; returns readable violations ([] = none found).

/** @param {import('playwright-core').Page} page */
export function checkContrast(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    const lum = ({ r, g, b }) => {
      const ch = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const blend = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    /** The colour behind an element: its own and its ancestors' backgrounds, blended. */
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) {
          layers.push(c);
          if (c.a === 1) break;
        }
      }
      let out = { r: 255, g: 255, b: 255, a: 1 };
      for (const layer of layers.reverse()) out = blend(layer, out);
      return out;
    };
    const problems = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent.trim()) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || rect.width === 0 || rect.height === 0) continue;
      if (el.closest('[aria-hidden="true"]') || el.closest('.visually-hidden')) continue;
      const fg = parse(style.color);
      const bg = background(el);
      const color = blend({ ...fg, a: fg.a * Number(style.opacity) }, bg);
      const [hi, lo] = [lum(color), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      const need = large ? 3 : 4.5;
      if (ratio < need) problems.push(`${ratio.toFixed(2)}:1 < ${need}:1 for "${n.textContent.trim().slice(0, 40)}" (${style.color} on rgb(${bg.r},${bg.g},${bg.b}))`);
    }
    return problems;
  });
}

/**
 * Tabs through the page from the top and reports controls that were never reached, and focused
 * controls without an accessible name (as the browser computes it, via the accessibility tree).
 * @param {import('playwright-core').Page} page
 */
export async function checkKeyboardReach(page, { maxTabs = 400 } = {}) {
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea')) el.removeAttribute('data-reached');
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
      .filter((el) => !el.disabled && el.getClientRects().length > 0 && !el.hasAttribute('data-reached') && el.type !== 'hidden')
      // A radio group is one Tab stop; the arrow keys move inside it.
      .filter((el) => !(el.type === 'radio' && document.querySelector(`input[type="radio"][name="${el.name}"][data-reached]`)))
      .map((el) => `not reachable with Tab: <${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"`),
  );
}
