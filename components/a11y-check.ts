/**
 * axe-core for component tests, in the DOM environment of the unit tests (happy-dom): WCAG 2.1 A/AA
 * rules on a rendered fragment. Returns one readable line per violation; `[]` means none.
 * The browser tests run axe-core again on the real pages (e2e/harness/axe.mjs), with layout and styles.
 */
import axe from 'axe-core';

const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function checkAccessibility(root: Element): Promise<string[]> {
  const { violations } = await axe.run(root, {
    runOnly: { type: 'tag', values: WCAG21AA },
    rules: {
      // Contrast needs real layout and computed colours, which happy-dom does not have (it would
      // report every text as "needs review"); the browser tests check it on the built pages.
      'color-contrast': { enabled: false },
      // A fragment is not a page: landmarks and page-level rules belong to the browser tests.
      region: { enabled: false },
      // Beyond WCAG's tags, what the hand-written checker used to catch: headings in order and not empty.
      'heading-order': { enabled: true },
      'empty-heading': { enabled: true },
    },
    resultTypes: ['violations'],
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(' ')})`));
}
