// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Position } from '../corpus/types';
import type { PagePassage } from '../page/report';
import {
  buildNote,
  noteClipboard,
  noteFileName,
  noteHtml,
  noteMarkdown,
  notePlain,
  noteTexts,
  type NoteInput,
} from '.';

const doc: DocumentMeta = {
  id: 'ks-2021',
  title: 'Kommunesektorens forventninger til nytt Storting',
  publisher: 'KS',
  year: 2021,
  period: '2021–2025',
  file: 'ks-2021.txt',
};

function position(id: string, chapterIndex: number, chapter: string, title: string): Position {
  return { id: `ks-2021:${id}`, documentId: 'ks-2021', chapterIndex, chapter, title, body: '', order: 0 };
}

const norm = position('norm', 4, 'Sikre bærekraftige velferdstjenester', 'Ikke innføre  nye bemanningsnormer.');
const tilsyn = position('tilsyn', 1, 'Gi større rom for lokaldemokratiet', 'Samordne statlig tilsyn etter kap. 9A');
const absent = position('absent', 2, 'Styrke økonomien', 'Gi kommunene frie inntekter');

let index = 0;
function passage(
  positionId: string,
  heading: string | null,
  paragraph: string,
  speaker: PagePassage['speaker'] = null,
): PagePassage {
  return {
    index: index++,
    positionId,
    heading,
    snippet: paragraph.slice(0, 40),
    mark: { start: 0, end: 4 },
    paragraph,
    speaker,
    mention: false,
  };
}

const majority = { kind: 'majority' as const, parties: ['SV', 'A', 'Sp'], label: 'Komiteens flertall' };
const passages: PagePassage[] = [
  passage(norm.id, '2.2 Bemanningsnormer', 'Regjeringen  foreslår en norm for 6-16 år - se kap. 3.'),
  passage(norm.id, '2.2 Bemanningsnormer', 'Flertallet støtter en "ny" norm.', majority),
  // A second hit in the same paragraph is quoted once.
  passage(norm.id, '2.2 Bemanningsnormer', 'Flertallet støtter en "ny" norm.', majority),
  passage(tilsyn.id, null, 'Statlig tilsyn skal samordnes.'),
  passage(norm.id, '3 Komiteens merknader', 'Komiteen viser til normen.', {
    kind: 'committee',
    parties: [],
    label: 'Komiteen',
  }),
  passage('ks-2021:other', '2.2 Bemanningsnormer', 'Om noe annet.'),
  // A hit in a heading is not quoted under itself.
  passage(norm.id, '2.2 Bemanningsnormer', '2.2  Bemanningsnormer'),
];

const input: NoteInput = {
  title: 'Innst. 418 S (2024–2025)',
  url: 'https://www.stortinget.no/inns-202425-418s/',
  date: new Date(2026, 11, 3, 10, 0),
  positions: [norm, tilsyn, absent].map((p) => ({ position: p, document: doc })),
  passages,
  notes: { [tilsyn.id]: 'Ta med i\nhøringssvaret.\n\nSjekk kap. 2.' },
};

const SOURCE = 'KS, «Kommunesektorens forventninger til nytt Storting», 2021, kapittel';
const N = '\u00a0';

describe('the note for the report', () => {
  it('plain text: title, address, date, then each expectation with its quoted passages and the note', () => {
    expect(notePlain(buildNote(input))).toBe(
      [
        'Innst. 418 S (2024–2025)\nAdresse: https://www.stortinget.no/inns-202425-418s/\nDato: 3. desember 2026',
        `1. Ikke innføre nye bemanningsnormer.\nKilde: ${SOURCE} «Sikre bærekraftige velferdstjenester»`,
        `2.2 Bemanningsnormer\n«Regjeringen foreslår en norm for 6–16 år – se kap.${N}3.»`,
        'Flertallet (A, Sp, SV):\n«Flertallet støtter en ‘ny’ norm.»',
        '3 Komiteens merknader\nKomiteen:\n«Komiteen viser til normen.»',
        `2. Samordne statlig tilsyn etter kap.${N}9A\nKilde: ${SOURCE} «Gi større rom for lokaldemokratiet»`,
        '«Statlig tilsyn skal samordnes.»',
        'Egen merknad: Ta med i\nhøringssvaret.',
        `Sjekk kap.${N}2.`,
        `3. Gi kommunene frie inntekter\nKilde: ${SOURCE} «Styrke økonomien»`,
        'Ingen avsnitt å sitere fra siden.',
      ].join('\n\n'),
    );
  });

  it('Markdown: headings per expectation and section, quotes as block quotes, the address as a link', () => {
    expect(noteMarkdown(buildNote(input))).toBe(
      [
        '# Innst. 418 S (2024–2025)',
        'Adresse: <https://www.stortinget.no/inns-202425-418s/>  \nDato: 3. desember 2026',
        '## 1. Ikke innføre nye bemanningsnormer.',
        `*Kilde: ${SOURCE} «Sikre bærekraftige velferdstjenester»*`,
        '### 2.2 Bemanningsnormer',
        `> «Regjeringen foreslår en norm for 6–16 år – se kap.${N}3.»`,
        '**Flertallet (A, Sp, SV):**',
        '> «Flertallet støtter en ‘ny’ norm.»',
        '### 3 Komiteens merknader',
        '**Komiteen:**',
        '> «Komiteen viser til normen.»',
        `## 2. Samordne statlig tilsyn etter kap.${N}9A`,
        `*Kilde: ${SOURCE} «Gi større rom for lokaldemokratiet»*`,
        '> «Statlig tilsyn skal samordnes.»',
        '**Egen merknad:** Ta med i\nhøringssvaret.',
        `Sjekk kap.${N}2.`,
        '## 3. Gi kommunene frie inntekter',
        `*Kilde: ${SOURCE} «Styrke økonomien»*`,
        'Ingen avsnitt å sitere fra siden.',
      ].join('\n\n'),
    );
  });

  it('HTML: the same note as headings, paragraphs and block quotes', () => {
    const html = noteHtml(buildNote(input));
    const d = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect([...d.body.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H1 Innst. 418 S (2024–2025)',
      'H2 1. Ikke innføre nye bemanningsnormer.',
      'H3 2.2 Bemanningsnormer',
      'H3 3 Komiteens merknader',
      `H2 2. Samordne statlig tilsyn etter kap.${N}9A`,
      'H2 3. Gi kommunene frie inntekter',
    ]);
    expect(d.querySelector('a')?.getAttribute('href')).toBe(input.url);
    expect([...d.querySelectorAll('blockquote')].map((b) => b.textContent)).toHaveLength(4);
    expect(html).toContain('<p><strong>Egen merknad:</strong> Ta med i<br>høringssvaret.</p><p>Sjekk kap.');
  });

  it('takes its words and group names from the caller (nynorsk)', () => {
    const nn = notePlain(
      buildNote({
        ...input,
        lang: 'nn',
        strings: { address: 'Adresse', date: 'Dato', note: 'Eigen merknad', months: ['januar'] },
      }),
    );
    expect(nn).toContain('Fleirtalet (A, Sp, SV):');
    expect(nn).toContain('Eigen merknad: Ta med i');
    expect(nn).toContain('Dato: 3.  2026'); // a month the caller did not give stays empty, visibly
  });

  it('gives the clipboard rich HTML with the plain text as fallback, and a dated file name', () => {
    const texts = noteTexts(input);
    expect(noteClipboard(texts)).toEqual({ 'text/plain': texts.plain, 'text/html': texts.html });
    expect(noteFileName(input.date)).toBe('notat-2026-12-03.md');
  });
});

describe('hostile page text in the note', () => {
  const hostile: NoteInput = {
    ...input,
    title: '<img src=x onerror=alert(1)> **fet**',
    url: 'javascript:alert(2)',
    passages: [
      passage(
        norm.id,
        '</h3><script>alert(3)</script>',
        '<a href="https://example.org">klikk</a> [lenke](javascript:x)',
        {
          kind: 'summary',
          parties: [],
          label: '<b>Sammendrag</b>',
        },
      ),
    ],
    notes: { [norm.id]: '<iframe src=x></iframe>' },
  };

  it('HTML: every data string is text; no element, link or attribute from the data gets in', () => {
    const html = noteHtml(buildNote(hostile));
    const d = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const tags = new Set([...d.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    expect([...tags].sort()).toEqual(['blockquote', 'br', 'em', 'h1', 'h2', 'h3', 'p', 'strong']);
    expect([...d.body.querySelectorAll('*')].every((e) => e.attributes.length === 0)).toBe(true);
    expect(d.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(d.querySelector('h3')?.textContent).toBe('</h3><script>alert(3)</script>');
    expect(d.body.textContent).toContain('Adresse: javascript:alert(2)');
    expect(d.body.textContent).toContain('Egen merknad: <iframe src=x></iframe>');
    expect(d.body.textContent).toContain('<b>Sammendrag</b>:');
  });

  it('Markdown: markup characters are escaped and a non-web address is no link', () => {
    const md = noteMarkdown(buildNote(hostile));
    expect(md).toContain('# \\<img src=x onerror=alert(1)\\> \\*\\*fet\\*\\*');
    expect(md).toContain('Adresse: javascript:alert(2)');
    expect(md).toContain('\\[lenke\\](javascript:x)');
    expect(md).not.toMatch(/(?<!\\)[<[](?!https:)/);
  });
});
