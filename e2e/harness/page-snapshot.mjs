// @ts-check
// What of a page's DOM a page script or the reader could notice, to compare a page with and without
// the extension (any browser: only page.evaluate).

/**
 * Everything of a page's DOM a page script or the reader could notice.
 * @param {import('playwright-core').Page} page
 */
export function snapshot(page) {
  return page.evaluate(() => {
    const frame = /** @type {HTMLIFrameElement | null} */ (document.getElementById('ramme'));
    return {
      title: document.title,
      head: document.head.innerHTML,
      body: document.body.innerHTML,
      text: document.body.innerText,
      htmlAttributes: [...document.documentElement.attributes]
        .map((a) => `${a.name}=${a.value}`)
        .filter((a) => !a.startsWith('data-standpunkt=')),
      // Our own UI hosts on <html> (the card; the overview strip, shadow root and all) are not page content.
      htmlChildren: [...document.documentElement.children]
        .map((c) => c.localName)
        .filter((n) => n !== 'standpunkt-card' && n !== 'standpunkt-overview'),
      shadowRoots: [...document.querySelectorAll('*')]
        .filter((e) => e.shadowRoot && e.localName !== 'standpunkt-overview')
        .map((e) => e.shadowRoot?.innerHTML),
      frame: frame?.contentDocument?.documentElement.outerHTML ?? null,
      marks: document.querySelectorAll('mark').length,
      styleElements: document.querySelectorAll('style, link[rel=stylesheet]').length,
    };
  });
}
