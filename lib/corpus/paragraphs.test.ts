import { describe, expect, it } from 'vitest';
import { toLines } from './clean';
import { HEADING_VERBS, isDemandStart } from './headings';
import { classifyParagraphs, toParagraphs, toPieces, type Paragraph } from './paragraphs';

const verbs = new Set(HEADING_VERBS);
const demandLike = (p: Paragraph) => p.kind !== 'title' && isDemandStart(p.lines.join(' '), verbs);
const paragraphsOf = (text: string) => toParagraphs(toPieces(toLines(text)), demandLike);
const intro = 'Dette er en innledning som forklarer kapitlet godt. Her er KS forslag til tiltak for kapitlet:';

describe('toPieces', () => {
  it('splits at blank lines and at an indented line that starts with a capital', () => {
    const pieces = toPieces(toLines('En linje\nfortsetter her\n\nNy bit\n Boks som starter\n fortsatt boks'));
    expect(pieces.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['En linje', 'fortsetter her'],
      ['Ny bit'],
      ['Boks som starter', 'fortsatt boks'],
    ]);
    expect(pieces.map((p) => [p.blankBefore, p.blankAfter])).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });
});

describe('toParagraphs', () => {
  it('takes a short free-standing piece without a sentence end for a title', () => {
    const ps = paragraphsOf(`${intro}\n\nFørste kapittel\n\nSikre noe viktig.\n`);
    expect(ps.map((p) => p.kind)).toEqual(['headless', 'title', 'headless']);
    expect(ps[1]!.lines).toEqual(['Første kapittel']);
  });

  it('rejoins a lowercase continuation with the open paragraph across an interruption', () => {
    const start = 'Sikre at kommunene i hele landet får de rammene og ressursene de trenger for';
    const ps = paragraphsOf(`${start}\n\nEt sitat i en boks.\n\nå gi gode tjenester.\n`);
    expect(ps.map((p) => p.text)).toEqual([`${start} å gi gode tjenester.`, 'Et sitat i en boks.']);
  });

  it('takes a short unfinished piece for a title when nothing continues it', () => {
    const ps = paragraphsOf('Sikre at kommunene får\n\nEt sitat i en boks.\n');
    expect(ps.map((p) => p.kind)).toEqual(['title', 'headless']);
  });

  it('does not continue a paragraph that already ends a sentence', () => {
    const ps = paragraphsOf('Sikre noe.\n\nfortsettelse uten eier.\n');
    expect(ps.map((p) => p.text)).toEqual(['Sikre noe.', 'fortsettelse uten eier.']);
  });
});

describe('classifyParagraphs', () => {
  it('marks intros, demands and pull quotes (the repeated text, not its original)', () => {
    const body = 'Kommunene trenger langt mer frihet i arbeidet med skolen.';
    const ps = classifyParagraphs(paragraphsOf(`${intro}\n\nSikre mer frihet.\n${body}\n\n${body}\n`), verbs);
    expect(ps.map((p) => p.kind)).toEqual(['intro', 'demand', 'pullquote']);
  });

  it('merges a free paragraph into the intro that follows it', () => {
    const ps = classifyParagraphs(paragraphsOf(`Et første avsnitt av innledningen.\n\n${intro}\n`), verbs);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.kind).toBe('intro');
    expect(ps[0]!.text).toBe(`Et første avsnitt av innledningen. ${intro}`);
  });
});
