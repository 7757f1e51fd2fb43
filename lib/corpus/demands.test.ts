import { describe, expect, it } from 'vitest';
import { HEADING_VERBS } from './headings';
import { sharedStems, splitHeading, toDemands } from './demands';
import type { Kind, Paragraph } from './paragraphs';

const verbs = new Set(HEADING_VERBS);

function para(kind: Kind, lines: string[], indented = false): Paragraph {
  const text = lines.join(' ');
  return { kind, lines, indented, firstLine: 0, text, key: text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') };
}

describe('splitHeading', () => {
  it('cuts after the first line that ends a sentence', () => {
    expect(splitHeading(['Sikre at', 'kommunene får mer.', 'Fordi det trengs.'])).toEqual({
      heading: ['Sikre at', 'kommunene får mer.'],
      body: ['Fordi det trengs.'],
    });
    expect(splitHeading(['Uten punktum'])).toEqual({ heading: ['Uten punktum'], body: [] });
  });
});

describe('sharedStems', () => {
  it('counts distinct long stems, ignoring the sector words', () => {
    expect(sharedStems('mobbing i skolemiljøsaker', 'skolemiljøet og mobbingen')).toBe(2);
    expect(sharedStems('mobbing i skolen', 'mobbingen')).toBe(1); // short words do not count
    expect(sharedStems('kommunene og regionale', 'kommunenes regionalt')).toBe(0);
    expect(sharedStems('barnehagelærere utdanningen', 'utdanningene av barnehagelærerne')).toBe(2);
  });
});

describe('toDemands', () => {
  it('builds chapters from intros and titles, demands with their bodies', () => {
    const { chapters, demands } = toDemands(
      [
        para('intro', ['Innledning:']),
        para('title', ['Kapittel én']),
        para('demand', ['Sikre noe.', 'Begrunnelse.']),
        para('headless', ['Mer begrunnelse.']),
        para('pullquote', ['Et sitat.']),
      ],
      verbs,
    );
    expect(chapters).toEqual([{ intro: 'Innledning:', title: 'Kapittel én', lastDemandBefore: -1 }]);
    expect(demands.map((d) => [d.heading, d.body, d.chapter])).toEqual([
      [['Sikre noe.'], [['Begrunnelse.'], ['Mer begrunnelse.']], 1],
    ]);
  });

  it('ignores headless text before the first demand and titles before the first intro', () => {
    const { chapters, demands } = toDemands([para('title', ['Forord']), para('headless', ['Et forord.'])], verbs);
    expect(chapters).toEqual([]);
    expect(demands).toEqual([]);
  });

  it('moves an indented demand right before an intro into the chapter it opens', () => {
    const { demands } = toDemands(
      [
        para('intro', ['Første:']),
        para('demand', ['Sikre en.']),
        para('demand', ['Sikre to.'], true),
        para('intro', ['Andre:']),
      ],
      verbs,
    );
    expect(demands.map((d) => d.chapter)).toEqual([1, 2]);
  });
});
