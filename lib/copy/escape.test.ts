// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('escapes an existing entity again instead of letting it through', () => {
    expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });

  it('leaves Norwegian text and typography alone', () => {
    const text = 'Sørge for «gode» rammer – kap.\u00a09A';
    expect(escapeHtml(text)).toBe(text);
  });

  it('round-trips through a real HTML parser as the same text, with no element created', () => {
    const hostile = '<img src=x onerror=alert(1)> "quoted" & \'single\' </p><script>x()</script>';
    const html = `<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const p = doc.querySelector('p')!;
    expect(p.textContent).toBe(hostile);
    expect(p.getAttribute('title')).toBe(hostile);
    expect(doc.querySelectorAll('img, script').length).toBe(0);
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline syntax everywhere', () => {
    expect(escapeMarkdown('**fet** _kursiv_ `kode` [lenke](x) <img> a|b ~~s~~ \\')).toBe(
      '\\*\\*fet\\*\\* \\_kursiv\\_ \\`kode\\` \\[lenke\\](x) \\<img\\> a\\|b \\~\\~s\\~\\~ \\\\',
    );
  });

  it('escapes & only where it would form an entity', () => {
    expect(escapeMarkdown('KS & staten &amp; &#60; &#x3c;')).toBe('KS & staten \\&amp; \\&#60; \\&#x3c;');
  });

  it('escapes block syntax at the start of each line, not inside it', () => {
    expect(escapeMarkdown('# Overskrift\n- punkt\n+ punkt\n1. nummer\n2) nummer\n===\nsykepleier-, 6-16 år')).toBe(
      '\\# Overskrift\n\\- punkt\n\\+ punkt\n1\\. nummer\n2\\) nummer\n\\===\nsykepleier-, 6-16 år',
    );
  });

  it('leaves the first line alone when the text does not start a line', () => {
    expect(escapeMarkdown('- midt i en linje', false)).toBe('- midt i en linje');
    expect(escapeMarkdown('a\n- b', false)).toBe('a\n\\- b');
  });
});
