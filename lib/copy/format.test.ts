// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Position } from '../corpus/types';
import { bundle } from '../data/bundle';
import { citation, clipboardPayload, formatPosition, sourceText } from './format';

const doc = bundle.documents.find((d) => d.id === 'ks-2021')!;
const SOURCE = 'Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021';

function real(id: string): Position {
  const p = bundle.positions.find((x) => x.id === id);
  if (!p) throw new Error(`bundle has no ${id}`);
  return p;
}
// The first demand of chapter 1 (has a justification) and a demand that has none.
const withBody = real('ks-2021:vektlegge-kommunesektorens-betydning-for-a-realisere');
const noBody = real('ks-2021:flytte-eller-etablere-statlige-arbeidsplasser-utenfor');

/** Written for this test: two paragraphs, typography to fix, markup characters. */
const fixture: Position = {
  id: 'ks-2021:test',
  documentId: 'ks-2021',
  chapter: 'Sikre bærekraftige velferdstjenester',
  chapterIndex: 4,
  title: 'Styrke  skolen etter kap. 9A',
  body: 'Barn 6-16 år - alle - trenger *trygghet*.\n\nAndre avsnitt\nmed linjeskift.',
  order: 0,
};

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('citation and source', () => {
  it('cites publisher, title in « » and year, and the chapter', () => {
    expect(citation(doc)).toBe('KS, «Kommunesektorens forventninger til nytt Storting», 2021');
    expect(sourceText(withBody, doc)).toBe(
      'KS, «Kommunesektorens forventninger til nytt Storting», 2021, kapittel «Gi større rom for lokaldemokratiet»',
    );
  });

  it('refuses to cite a document the position does not belong to', () => {
    const other: DocumentMeta = { ...doc, id: 'ks-2025' };
    expect(() => formatPosition(withBody, other, { format: 'plain' })).toThrow(/ks-2025/);
  });
});

describe('plain', () => {
  it('has exactly the shape "KS mener: <title> <justification> (Kilde: …)" for a real position', () => {
    expect(withBody.body).not.toMatch(/\n| - |\d-\d|§|kap\./); // nothing for typesetting to change
    expect(formatPosition(withBody, doc, { format: 'plain' })).toBe(
      `KS mener: ${withBody.title} ${withBody.body} (${SOURCE}, kapittel «Gi større rom for lokaldemokratiet»)`,
    );
  });

  it('omits an empty justification cleanly', () => {
    expect(noBody.body).toBe('');
    const text = formatPosition(noBody, doc, { format: 'plain' });
    expect(text).toBe(
      `KS mener: Flytte eller etablere statlige arbeidsplasser utenfor Oslo. (${SOURCE}, kapittel «${noBody.chapter}»)`,
    );
    expect(text).not.toMatch(/ {2}/);
  });

  it('joins paragraphs into one line and sets Norwegian typography', () => {
    expect(formatPosition(fixture, doc, { format: 'plain' })).toBe(
      'KS mener: Styrke skolen etter kap.\u00a09A. Barn 6–16 år – alle – trenger *trygghet*. ' +
        `Andre avsnitt med linjeskift. (${SOURCE}, kapittel «Sikre bærekraftige velferdstjenester»)`,
    );
  });

  it('includes the note only when asked, marked as the user’s own', () => {
    const note = 'Brukes i\nhøringssvaret.';
    const off = formatPosition(noBody, doc, { format: 'plain', note });
    expect(off).not.toContain('høringssvaret');
    const on = formatPosition(noBody, doc, { format: 'plain', note, includeNote: true });
    expect(on).toBe(`${off}\n\nEgen merknad: Brukes i\nhøringssvaret.`);
    expect(formatPosition(noBody, doc, { format: 'plain', note: '  \n ', includeNote: true })).toBe(off);
  });
});

describe('markdown', () => {
  it('bolds the title, keeps paragraphs, italicises the source', () => {
    expect(formatPosition(withBody, doc, { format: 'markdown' })).toBe(
      `**KS mener: ${withBody.title}**\n\n${withBody.body}\n\n` +
        `*${SOURCE}, kapittel «Gi større rom for lokaldemokratiet»*`,
    );
  });

  it('escapes Markdown in data text and omits an empty body', () => {
    expect(formatPosition(fixture, doc, { format: 'markdown' })).toBe(
      '**KS mener: Styrke skolen etter kap.\u00a09A.**\n\n' +
        'Barn 6–16 år – alle – trenger \\*trygghet\\*.\n\nAndre avsnitt med linjeskift.\n\n' +
        `*${SOURCE}, kapittel «Sikre bærekraftige velferdstjenester»*`,
    );
    expect(formatPosition(noBody, doc, { format: 'markdown' }).split('\n\n')).toHaveLength(2);
  });

  it('adds the note as its own marked paragraph only when asked', () => {
    const note = '- min tanke\n\n# ikke en overskrift';
    expect(formatPosition(noBody, doc, { format: 'markdown', note })).not.toContain('tanke');
    expect(formatPosition(noBody, doc, { format: 'markdown', note, includeNote: true })).toMatch(
      /\n\n\*\*Egen merknad:\*\* - min tanke\n\n\\# ikke en overskrift$/,
    );
  });
});

describe('html', () => {
  it('is a small fragment of p/strong/em with the source, and nothing else', () => {
    const html = formatPosition(withBody, doc, { format: 'html' });
    expect(html).toBe(
      `<p><strong>KS mener: ${withBody.title}</strong></p><p>${withBody.body}</p>` +
        `<p><em>${SOURCE}, kapittel «Gi større rom for lokaldemokratiet»</em></p>`,
    );
  });

  it('omits the body paragraph when there is none', () => {
    const d = parseHtml(formatPosition(noBody, doc, { format: 'html' }));
    expect([...d.body.children].map((e) => e.innerHTML.slice(0, 8))).toEqual(['<strong>', '<em>Kild']);
  });

  it('renders the note with its line breaks only when asked', () => {
    const note = 'Linje én\nlinje to\n\nNytt avsnitt';
    expect(formatPosition(noBody, doc, { format: 'html', note })).not.toContain('Linje');
    expect(formatPosition(noBody, doc, { format: 'html', note, includeNote: true })).toMatch(
      /<p><strong>Egen merknad:<\/strong> Linje én<br>linje to<\/p><p>Nytt avsnitt<\/p>$/,
    );
  });
});

describe('hostile data text', () => {
  const hostile: Position = {
    ...fixture,
    title: 'Gi **rom** <img src=x onerror=alert(1)> & "mer"',
    chapter: '</em><script>alert(2)</script>',
    body: '<a href="https://example.org">klikk</a> [lenke](javascript:alert(3))',
  };
  const hostileDoc: DocumentMeta = { ...doc, title: '<b>Dokument</b>', publisher: 'KS & co' };
  const note = '<iframe src=x></iframe>';

  it('HTML: every data string is text, no element or attribute gets in', () => {
    const html = formatPosition(hostile, hostileDoc, { format: 'html', note, includeNote: true });
    const d = parseHtml(html);
    const tags = new Set([...d.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    expect([...tags].sort()).toEqual(['em', 'p', 'strong']);
    expect([...d.body.querySelectorAll('*')].every((e) => e.attributes.length === 0)).toBe(true);
    const text = [...d.body.children].map((p) => p.textContent);
    expect(text).toEqual([
      'KS & co mener: Gi **rom** <img src=x onerror=alert(1)> & "mer".',
      hostile.body,
      'Kilde: KS & co, «<b>Dokument</b>», 2021, kapittel «</em><script>alert(2)</script>»',
      'Egen merknad: <iframe src=x></iframe>',
    ]);
  });

  it('Markdown: markup characters are escaped', () => {
    const md = formatPosition(hostile, hostileDoc, { format: 'markdown' });
    expect(md).toContain('Gi \\*\\*rom\\*\\* \\<img src=x onerror=alert(1)\\> & "mer".**');
    expect(md).toContain('\\[lenke\\](javascript:alert(3))');
    expect(md).not.toMatch(/(?<!\\)[<[]/);
  });
});

describe('clipboardPayload', () => {
  it('gives rich HTML with a plain fallback for html', () => {
    const payload = clipboardPayload(withBody, doc, 'html', {});
    expect(payload['text/html']).toBe(formatPosition(withBody, doc, { format: 'html' }));
    expect(payload['text/plain']).toBe(formatPosition(withBody, doc, { format: 'plain' }));
  });

  it('gives text only for plain and markdown, honouring the note option', () => {
    const md = clipboardPayload(withBody, doc, 'markdown', { note: 'x', includeNote: true });
    expect(Object.keys(md)).toEqual(['text/plain']);
    expect(md['text/plain']).toBe(formatPosition(withBody, doc, { format: 'markdown', note: 'x', includeNote: true }));
    expect(clipboardPayload(withBody, doc, 'plain')['text/plain']).toMatch(/^KS mener: /);
  });
});
