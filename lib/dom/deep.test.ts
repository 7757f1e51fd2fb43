// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { extractText, nearestBlock } from './extract';

// Hostile pages nest elements far deeper than the JavaScript call stack allows recursion.
it('reads a 10,000-deep DOM without running out of stack', () => {
  document.body.innerHTML = '';
  let el: HTMLElement = document.body;
  for (let i = 0; i < 10_000; i++) {
    const child = document.createElement(i % 2 ? 'span' : 'div');
    el.appendChild(child);
    el = child;
  }
  el.textContent = 'innsigelse';
  const { text, map } = extractText(document.body);
  expect(text.trim()).toBe('innsigelse');
  expect(map.size).toBe(1);
  expect(nearestBlock(el.firstChild!)?.localName).toBe('div');
});
