import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAccessibility } from './a11y-check';

afterEach(cleanup);

// The checker must catch what it claims to: each case is a known violation.
describe('checkAccessibility', () => {
  it('passes a clean fragment', () => {
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
        <img src="/x.png" alt="" />
      </div>,
    );
    expect(checkAccessibility(container)).toEqual([]);
  });

  it.each([
    ['an unnamed button', <button type="button" />, /has no accessible name/],
    ['an icon-only button', <button type="button"><span aria-hidden="true">⚙</span></button>, /has no accessible name/],
    ['an unlabelled input', <input type="text" />, /has no accessible name/],
    ['a positive tabindex', <div tabIndex={2} aria-label="x" />, /positive tabindex/],
    ['an image without alt', <img src="/x.png" />, /has no alt/],
    ['a dangling aria-controls', <button type="button" aria-controls="nowhere">x</button>, /points to missing #nowhere/],
    ['a duplicate id', <div><p id="d">a</p><p id="d">b</p></div>, /used 2 times/],
    ['a skipped heading level', <div><h1>a</h1><h3>b</h3></div>, /skips from h1 to h3/],
    ['a stray list item', <div><li>x</li></div>, /not inside a list/],
    ['a fieldset without legend', <fieldset><label><input type="checkbox" />x</label></fieldset>, /has no legend/],
    ['aria-expanded on a div', <div aria-expanded="false">x</div>, /not a control/],
  ])('reports %s', (_name, element, problem) => {
    const { container } = render(element);
    expect(checkAccessibility(container).join('\n')).toMatch(problem);
  });
});
