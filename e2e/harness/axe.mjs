// @ts-check
// axe-core (through @axe-core/playwright) at WCAG 2.1 AA on the extension's pages, the hover card and a
// highlighted page. Returns readable violations; [] means none. Disable a rule only with a reason.
import AxeBuilder from '@axe-core/playwright';

export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * One line per violation: rule, impact, what it asks, and the first few elements.
 * @param {import('axe-core').Result[]} violations
 */
function describe(violations) {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 4)
      .map(
        (n) =>
          `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})` : ''}`,
      );
    return `${v.id} [${v.impact}] ${v.help}: ${nodes.join('; ')}${v.nodes.length > 4 ? ` … ${v.nodes.length} in all` : ''}`;
  });
}

/**
 * @param {import('playwright-core').Page} page
 * @param {{ include?: string[], exclude?: string[], disable?: string[] }} [options]
 */
export async function axeViolations(page, { include = [], exclude = [], disable = [] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(WCAG21AA);
  for (const selector of include) builder = builder.include(selector);
  for (const selector of exclude) builder = builder.exclude(selector);
  if (disable.length) builder = builder.disableRules(disable);
  const { violations } = await builder.analyze();
  return describe(violations);
}

/**
 * The hover card, from `cardInspector(page).snapshot()`, rebuilt in an OPEN shadow root on a page of
 * its own (same viewport, same language as the sites), and checked there.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ html: string, css: string }} snapshot
 * @param {{ colorScheme?: 'light' | 'dark', viewport?: { width: number, height: number } }} [options]
 */
export async function cardViolations(
  context,
  snapshot,
  { colorScheme = 'light', viewport = { width: 1200, height: 900 } } = {},
) {
  const page = await context.newPage();
  try {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.setContent(
      '<!doctype html><html lang="nb"><head><title>Kort</title></head><body><main><p>Side.</p></main></body></html>',
    );
    await page.evaluate(({ html, css }) => {
      const host = document.createElement('standpunkt-card');
      const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = html;
      document.documentElement.append(host);
    }, snapshot);
    return await axeViolations(page, { include: ['standpunkt-card'] });
  } finally {
    await page.close();
  }
}
