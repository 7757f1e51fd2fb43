import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/seeds';
import { parseDocument } from './parse';
import type { DocumentMeta } from './types';

const [seed] = readSeeds(resolve('seeds'));
const parsed = parseDocument(seed!.meta, seed!.text, seed!.options);
const byStart = (start: string) => {
  const found = parsed.positions.filter((p) => p.title.startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0]!;
};

describe('the 2021 seed', () => {
  it('parses without warnings', () => {
    expect(parsed.warnings).toEqual([]);
  });

  it('finds the seven chapters, titled, in order', () => {
    expect(parsed.chapters.map((c) => c.title)).toEqual([
      'Gi større rom for lokaldemokratiet',
      'Stimulere til en innovativ og digital kommunal sektor',
      'Gi gode rammer for et omstillingsdyktig næringsliv',
      'Sikre bærekraftige velferdstjenester',
      'Støtte lokal klima- og miljøpolitikk',
      'Styrke tidlig og samordnet innsats for barn og unge',
      'Fremme høy yrkesdeltakelse',
    ]);
    expect(parsed.chapters.every((c) => /:$/.test(c.intro))).toBe(true);
  });

  it('finds every demand, in its chapter', () => {
    const perChapter = [1, 2, 3, 4, 5, 6, 7].map((i) => parsed.positions.filter((p) => p.chapterIndex === i).length);
    expect(perChapter).toEqual([15, 5, 8, 11, 17, 14, 3]);
    expect(parsed.positions.map((p) => p.order)).toEqual(parsed.positions.map((_, i) => i));
  });

  it('has unique, stable ids and unique titles', () => {
    expect(new Set(parsed.positions.map((p) => p.id)).size).toBe(73);
    expect(new Set(parsed.positions.map((p) => p.title)).size).toBe(73);
    expect(byStart('Unngå nye og utvidede').id).toBe('ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer');
  });

  it('keeps every demand sentence of the seed (each heading sentence appears as a title)', () => {
    // Independent check: the first words of each demand, as printed in the seed, must start exactly one title.
    const printed = [
      'Vektlegge kommunesektorens',
      'Styrke fylkeskommunene med',
      'Beskytte ytringsfriheten',
      'Være tilbakeholdne',
      'Bygge ut digital',
      'Styrket kunnskapsutvikling',
      'Videreføre ordningen',
      'Flytte eller etablere',
      'Ta initiativ',
      'Gi bedre incentiver',
      'Forsterke byvekstavtalene',
      'Legge til rette for at kommunenes arealbruk',
      'Innrette beskatningen',
      'Få på plass',
      'Følge opp barnevernreformens',
      'Kommuner og fylkeskommuner bør',
      'Ivareta både elevers',
      'Ramme inn voksnes',
      'Sikre ordninger som øker',
    ];
    for (const start of printed) byStart(start);
  });

  it('cleans titles: one line, de-hyphenated, real hyphens kept', () => {
    for (const p of parsed.positions) {
      expect(p.title, p.title).not.toMatch(/\n|\s{2}/);
      // A hyphen followed by a space is a suspended compound ("klima- og"), or "miljø- transport" as printed.
      for (const m of p.title.matchAll(/\p{L}- (\p{L}+)/gu))
        expect(['og', 'eller', 'transport'], p.title).toContain(m[1]);
      expect(p.title).toMatch(/[.]$/);
    }
    expect(byStart('Være varsomme').title).toBe(
      'Være varsomme med å lovfeste nye individuelle rettigheter og detaljerte krav til hvordan kommunene og fylkeskommunene skal løse oppgavene.',
    );
    expect(byStart('Styrke plan- og').title).toBe(
      'Styrke plan- og bygningsloven som verktøy for lokal politisk styring og samordning.',
    );
    expect(byStart('Styrke de økonomiske').title).toBe(
      'Styrke de økonomiske rammene for lærlinger og for videre- og etterutdanning.',
    );
    expect(byStart('Utnytte handlingsrommet').title).toContain('i EØS-avtalen gjennom tidlig og tett samarbeid');
    expect(byStart('Sikre ordninger som øker').title).toBe(
      'Sikre ordninger som øker inkluderingsvilje og -evne hos arbeidsgivere.',
    );
    expect(byStart('Utvikle tiltak og strategier').title).toContain('mot barnefattigdom og ulike former');
  });

  it('rejoins a body hyphenated at line ends and across a blank line', () => {
    expect(byStart('Unngå nye og utvidede').body).toMatch(/^Undersøkelser viser at bemanningsnormene verken løser/);
    expect(byStart('Unngå nye og utvidede').body).toMatch(/har vært for barnehagenormene\.$/);
    expect(byStart('Støtte kommunenes arbeid').body).toContain('og vurderinger. Kommunene må selv styre');
  });

  it('restores a heading that lost its first letter, and splits it from the previous body', () => {
    const restored = byStart('Legge til rette for at kommunenes arealbruk');
    expect(restored.title).toBe(
      'Legge til rette for at kommunenes arealbruk blir sterkere vektlagt i forhandlinger om byvekstavtaler.',
    );
    expect(restored.body).toMatch(/^Arealbruk som bygger opp under kollektivtransport/);
    expect(byStart('Forsterke byvekstavtalene').body).toMatch(/investeringsmidler i de største byene$/);
  });

  it('continues a body interrupted by a chapter box, a pull quote and a photo credit', () => {
    expect(byStart('Sikre kommunesektoren reell').body).toMatch(
      /statlige digitale tjenester pålegges uten at gevinster kan hentes ut i sektoren \(jamfør forslag om ny e-helselov\)\.$/,
    );
    expect(byStart('Sikre lokalpolitisk handlingsrom').body).toContain(
      'fremfor krav og pålegg i regelverk. Generelle pålegg',
    );
    expect(byStart('Stille nødvendige virkemidler').body).toBe(
      'Kommunene har en viktig rolle som planmyndighet når det gjelder bærekraftig arealbruk. Fylkeskommunene har dessuten fått en utvidet rolle på landbruksområdet etter regionreformen. På tross av større ansvar har ikke fylkeskommunene fått tilstrekkelige virkemidler for å fylle denne rollen.',
    );
  });

  it('drops pull quotes, photo credits and page numbers: no text twice, no furniture', () => {
    const all = parsed.positions.map((p) => `${p.title}\n${p.body}`).join('\n');
    expect(all).not.toMatch(/Foto:|hutterstock|dobe S|\btock\b/);
    expect(all.match(/Hets og trusler mot lokale folkevalgte/g)).toHaveLength(1);
    expect(all.match(/Offentlige oppgaver bør legges så nær/g)).toHaveLength(1);
    expect(all.match(/Mange kommuner og fylker lager nå klimabudsjetter/g)).toHaveLength(1);
    expect(all.match(/Prioritere utviklingen av flere nasjonale/g)).toHaveLength(1);
    expect(all).not.toContain(' 28 ');
    // The pull quote from chapter 7's intro is not appended to the last demand.
    expect(byStart('Sikre ordninger som øker').body).toMatch(/med nedsatt arbeidsevne\.$/);
  });

  it('keeps demands without a justification empty, and shares a paragraph between two headings that it speaks to', () => {
    for (const start of [
      'Styrke desentralisert høyere',
      'Sikre god infrastruktur',
      'Flytte eller etablere',
      'Innrette beskatningen',
      'Sørge for økonomiske og juridiske',
    ]) {
      expect(byStart(start).body, start).toBe('');
    }
    expect(byStart('Styrke arbeidet mot mobbing').body).toBe(byStart('Ivareta både elevers').body);
    expect(byStart('Ivareta både elevers').body).toMatch(/^Arbeidet mot mobbing er avgjørende/);
    expect(byStart('Gjennomføre et kompetanseløft').body).toBe(byStart('Sørge for relevant og oppdatert').body);
  });

  it('assigns demands printed before a chapter intro to the chapter whose page they open', () => {
    expect(byStart('Vektlegge kommunesektorens').chapterIndex).toBe(1);
    expect(byStart('Sikre tilgang til økonomiske virkemidler').chapterIndex).toBe(5);
    expect(byStart('Sikre lokalpolitisk handlingsrom').chapterIndex).toBe(3);
    expect(byStart('Arbeide for at norsk bistand').chapterIndex).toBe(1);
    expect(byStart('Ivareta både elevers').chapterIndex).toBe(6);
    expect(byStart('Gi kommunesektorens selskaper').chapterIndex).toBe(5);
  });

  it('does not take the preface or chapter intros for demands', () => {
    const all = parsed.positions.map((p) => p.title + p.body).join('\n');
    expect(all).not.toContain('Bjørn Arild Gram');
    expect(all).not.toContain('Her er KS');
    expect(all).not.toContain('Nærhet til innbyggerne gir');
  });
});

describe('parseDocument on small layouts', () => {
  const meta: DocumentMeta = { id: 'doc', title: 'T', publisher: 'KS', year: 2024, period: '2025–2029', file: 'x.txt' };
  const intro = 'Dette er en innledning som forklarer kapitlet godt. Her er KS forslag til tiltak for kapitlet:';

  it('reads intro, title, demands with and without bodies', () => {
    const text = `${intro}\n\nFørste kapittel\n\nSikre noe viktig.\nFordi det er viktig.\n\nUnngå noe annet.\n\nStyrke en tredje ting.\nBegrunnelse her.\n`;
    const r = parseDocument(meta, text);
    expect(r.chapters.map((c) => c.title)).toEqual(['Første kapittel']);
    expect(r.positions.map((p) => [p.title, p.body])).toEqual([
      ['Sikre noe viktig.', 'Fordi det er viktig.'],
      ['Unngå noe annet.', ''],
      ['Styrke en tredje ting.', 'Begrunnelse her.'],
    ]);
  });

  it('accepts extra heading verbs from document metadata', () => {
    const text = `${intro}\n\nKapittel\n\nInnlemme ordningen i rammetilskuddet.\nBegrunnelse.\n`;
    expect(parseDocument(meta, text).positions).toHaveLength(0);
    expect(parseDocument(meta, text, { headingVerbs: ['Innlemme'] }).positions).toHaveLength(1);
  });

  it('warns when a chapter has no title', () => {
    expect(parseDocument(meta, `${intro}\n\nSikre noe.\nFordi.\n`).warnings).toEqual([
      'chapter 1 has an intro but no title',
    ]);
  });
});

// The seed in seeds/ is the text exactly as given.
it('keeps the seed text byte for byte', () => {
  const shared = resolve('../shared/seeds/ks-forventninger-til-nytt-storting-2021.txt');
  let original: string | null = null;
  try {
    original = readFileSync(shared, 'utf8');
  } catch {
    return; // shared/ is not beside every checkout; CI has it.
  }
  expect(seed!.text).toBe(original);
});
