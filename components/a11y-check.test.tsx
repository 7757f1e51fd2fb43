// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAccessibility } from './a11y-check';

afterEach(cleanup);

// The axe-core wrapper must run in this DOM environment and report, not pass everything.
describe('checkAccessibility (axe-core)', () => {
  it('passes a clean fragment', async () => {
    const { container } = render(
      <div>
        <h1>Tittel</h1>
        <h2>Del</h2>
        <label for="x">Navn</label>
        <input id="x" />
        <button type="button" aria-label="Lukk">
          <span aria-hidden="true">×</span>
        </button>
        <ul>
          <li>a</li>
        </ul>
      </div>,
    );
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it.each([
    ['an unnamed button', <button type="button" />, /^button-name/],
    ['an unlabelled field', <input type="text" />, /^label/],
    [
      'an invalid aria-expanded',
      <button type="button" aria-expanded={'kanskje' as never}>
        x
      </button>,
      /^aria-valid-attr-value/,
    ],
    ['a list item outside a list', <li>x</li>, /^listitem/],
    [
      'a skipped heading level',
      <div>
        <h1>a</h1>
        <h3>b</h3>
      </div>,
      /^heading-order/,
    ],
  ])('reports %s', async (_, node, problem) => {
    const { container } = render(<div>{node}</div>);
    expect((await checkAccessibility(container)).join('\n')).toMatch(problem);
  });
});
