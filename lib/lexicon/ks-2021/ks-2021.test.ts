import { describe, expect, it } from 'vitest';
import { bundle } from '../../data/bundle';
import { createMatcher } from '../../match/matcher';
import { MIN_RELEVANT_SCORE } from '../../match/rank';
import { compileLexicon } from '../compile';
import { lexicon } from './index';
import type { TermSpec } from '../types';

const DOC = 'ks-2021';
const bundled = bundle.positions.filter((p) => p.documentId === DOC).sort((a, b) => a.order - b.order);
const allTerms = lexicon.flatMap((e) => e.terms.map((spec) => ({ position: e.position, spec })));
const norm = (t: string): string => t.normalize('NFC').toLowerCase();
const words = (spec: TermSpec): string[][] => spec.t.split(' ').map((w) => w.split('|'));
const isSingleWord = (spec: TermSpec): boolean => !spec.t.includes(' ');

/** Words so generic that no term may consist of them alone, not even with a context rule. */
const NEVER_ALONE = new Set([
  'kommune', 'kommunen', 'kommuner', 'kommunene', 'kommunane', 'fylkeskommune', 'fylkeskommunen', 'fylkeskommunene',
  'kommunesektor', 'kommunesektoren', 'stat', 'staten', 'regjeringen', 'stortinget', 'tiltak', 'tiltaket', 'tiltakene',
  'kvalitet', 'kompetanse', 'innovasjon', 'digitalisering', 'klima', 'miljø', 'plan', 'planen', 'planer', 'skole', 'skule',
  'barnehage', 'helse', 'omsorg', 'økonomi', 'arbeid', 'utvikling', 'bærekraft', 'bærekraftig', 'samarbeid', 'tjenester',
  'tenester', 'velferd', 'oppgaver', 'oppgåver', 'myndighet', 'ansvar', 'lov', 'loven', 'forskrift', 'krav', 'midler',
  'inntekter', 'data', 'ordning', 'ordningen', 'reform', 'reformen', 'tilskudd', 'tilskot', 'handlingsrom',
]);

/** Words that are on topic only in company: as a single-word term they must carry `needs`. */
const ONLY_IN_COMPANY = new Set([
  'tilsyn', 'norm', 'mobbing', 'bistand', 'flyktning', 'barnevern', 'nav', 'vindkraft', 'vannkraft', 'vasskraft',
  'konsesjon', 'dispensasjon', 'arealbruk', 'avfall', 'gjenvinning', 'attvinning', 'hets', 'ytringsfrihet', 'inntak',
  'absolutt', 'øremerking', 'øyremerking', 'rammefinansiering', 'lovfeste', 'kommuneplan', 'klimaendring',
  'studielån', 'helsepersonell', 'enova', 'esa', 'ntp', 'dps', 'aks', 'pbl.', 'skate', 'norad',
  'kulturrådet', 'veiledning', 'frie midler',
]);

describe('ks-2021 lexicon: coverage', () => {
  it('has exactly one entry per bundled position, in document order', () => {
    expect(bundled.length).toBeGreaterThan(0);
    expect(lexicon.map((e) => e.position)).toEqual(bundled.map((p) => p.id));
  });

  it('gives every position a reviewer note and at least three terms, one of them an anchor (no context rule)', () => {
    for (const e of lexicon) {
      expect(e.note?.length ?? 0, e.position).toBeGreaterThanOrEqual(20);
      expect(e.terms.length, e.position).toBeGreaterThanOrEqual(3);
      expect(e.terms.some((t) => !t.needs), `${e.position} has no anchor`).toBe(true);
    }
  });

  it('declares nynorsk forms in every chapter, and a fair share overall', () => {
    const chapterOf = new Map(bundled.map((p) => [p.id, p.chapterIndex]));
    const chapters = new Set(bundled.map((p) => p.chapterIndex));
    for (const c of chapters) {
      const nn = allTerms.filter((x) => chapterOf.get(x.position) === c && x.spec.lang === 'nn');
      expect(nn.length, `chapter ${c}`).toBeGreaterThan(0);
    }
    const share = allTerms.filter((x) => x.spec.lang === 'nn').length / allTerms.length;
    expect(share).toBeGreaterThan(0.15);
  });
});

describe('ks-2021 lexicon: declarations', () => {
  it('lists no term twice within one position', () => {
    for (const e of lexicon) {
      const seen = new Set<string>();
      for (const t of e.terms) {
        const key = `${norm(t.t)}|${t.infl ?? 'noun'}|${t.compound ?? ''}`;
        expect(seen.has(key), `${e.position}: "${t.t}" twice`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('writes terms cleanly: single spaces, no empty or repeated alternatives, NFC', () => {
    for (const { position, spec } of allTerms) {
      const where = `${position}: "${spec.t}"`;
      expect(spec.t, where).toBe(spec.t.trim());
      expect(/\s\s|[\t\n\r]/.test(spec.t), where).toBe(false);
      expect(spec.t, where).toBe(spec.t.normalize('NFC'));
      for (const alts of words(spec)) {
        expect(alts.every((a) => a.length > 0), where).toBe(true);
        expect(new Set(alts.map(norm)).size, `${where} repeats an alternative`).toBe(alts.length);
      }
    }
  });

  it('inflects only words that end in a letter, and compounds only as the matcher can', () => {
    for (const { position, spec } of allTerms) {
      const where = `${position}: "${spec.t}"`;
      const last = words(spec).at(-1)!;
      if ((spec.infl ?? 'noun') !== 'none' || spec.compound) {
        for (const a of last) expect(/\p{L}$/u.test(a), where).toBe(true);
      }
      // A short word as a compound head would light "arbeidsnorm", "kjønnsnorm" …: heads need a long term.
      if (spec.compound === 'head' || spec.compound === 'both') {
        for (const a of last) expect(a.length, where).toBeGreaterThanOrEqual(8);
      }
      if (spec.lang !== undefined) expect(['nb', 'nn'], where).toContain(spec.lang);
      if (spec.weight !== undefined) {
        expect(spec.weight, where).toBeGreaterThan(0);
        expect(spec.weight, where).toBeLessThanOrEqual(1);
      }
    }
  });

  it('never lets a generic word stand as a term', () => {
    for (const { position, spec } of allTerms) {
      if (!isSingleWord(spec)) continue;
      for (const a of words(spec)[0]!) {
        expect(NEVER_ALONE.has(norm(a)), `${position}: "${a}" is too generic for a term`).toBe(false);
      }
    }
  });

  it('puts a context rule on every word that is on topic only in company', () => {
    for (const { position, spec } of allTerms) {
      const ambiguous = isSingleWord(spec) ? words(spec)[0]!.some((a) => ONLY_IN_COMPANY.has(norm(a))) : ONLY_IN_COMPANY.has(norm(spec.t));
      if (ambiguous) expect(spec.needs, `${position}: "${spec.t}" needs a context rule`).toBeDefined();
    }
  });

  it('names only existing terms in context rules, at least one of them an anchor somewhere', () => {
    const byKey = new Map<string, TermSpec[]>();
    for (const { spec } of allTerms) byKey.set(norm(spec.t), [...(byKey.get(norm(spec.t)) ?? []), spec]);
    for (const { position, spec } of allTerms) {
      if (!spec.needs) continue;
      const where = `${position}: "${spec.t}"`;
      expect(spec.needs.length, where).toBeGreaterThan(0);
      if (spec.needs.includes('*')) {
        expect(spec.needs, `${where}: "*" stands alone`).toEqual(['*']);
        continue;
      }
      let anchored = false;
      for (const name of spec.needs) {
        expect(norm(name), `${where} needs itself`).not.toBe(norm(spec.t));
        const found = byKey.get(norm(name));
        expect(found, `${where} needs "${name}", which is no term`).toBeDefined();
        if (found!.some((s) => !s.needs)) anchored = true;
      }
      expect(anchored, `${where}: none of its needed terms can count on its own`).toBe(true);
    }
  });

  it('compiles', () => {
    const compiled = compileLexicon(lexicon);
    expect(compiled.terms.length).toBeGreaterThan(500);
  });
});

describe('ks-2021 lexicon on text', () => {
  const matcher = createMatcher(compileLexicon(lexicon));
  const found = (text: string): string[] => [...new Set(matcher.find(text).flatMap((h) => h.positions))].sort();
  const id = (slug: string): string => {
    const full = `${DOC}:${slug}`;
    if (!bundled.some((p) => p.id === full)) throw new Error(`unknown position ${full}`);
    return full;
  };

  it('finds every demand in its own KS text (title and justification)', () => {
    const missed = bundled.filter((p) => !found(`${p.title}\n\n${p.body}`).includes(p.id)).map((p) => p.id);
    expect(missed).toEqual([]);
  });

  it.each([
    'Finanstilsynet og Arbeidstilsynet førte tilsyn med bankene.',
    'Retten fastsatte samvær med tilsyn.',
    'Det er helt normalt med en enorm økning i antall saker.',
    'Rederiet må sikre forsvarlig bemanning av skipet og oppfylle bemanningskravene.',
    'Mobbing på arbeidsplassen er et arbeidsmiljøproblem.',
    'Regjeringen vil øke øremerkingen av foreldrepermisjonen til far.',
    'EØS-midlene går til Polen og Romania.',
    'PBL mener satsene er for lave.',
    'Høyt inntak av sukker gir helseplager.',
    'Uføretrygden og alderspensjonen fra Nav reguleres årlig.',
    'Helse Sør-Øst vil ha mer rammefinansiering og mindre innsatsstyrt finansiering av sykehusene.',
    'Utviklingsbistanden til Afrika økes, og Norad forvalter tilskuddene.',
    'Normen skal være bindende.',
    'Forsvaret skal gjennomføre anskaffelse av nye helikoptre.',
  ])('keeps a false friend dark: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps a dispensation under plan- og bygningsloven away from the wind-power demand', () => {
    expect(found('Kommunen innvilget dispensasjon fra plan- og bygningsloven for et naust.')).toEqual([
      id('styrke-plan-og-bygningsloven-som-verktoy'),
    ]);
  });

  // Sentences written for these tests: each new term or context word lights its demand …
  it.each([
    ['Fylkeskommunen fremmet innsigelse mot reguleringsplanen for hytteområdet.', 'vaere-tilbakeholdne-med-a-bruke-innsigelser'],
    ['Utvalet vil at kommunane skal få meir mynde innan miljø og oppvekst.', 'styrke-kommunene-med-nye-oppgaver-og'],
    ['Kostnadsnøklene i inntektssystemet skal oppdateres.', 'sorge-for-en-kommuneokonomi-som-gir'],
    ['Kommunane må få reell innverknad på korleis dei nasjonale fellesløysingane blir styrte.', 'sikre-kommunesektoren-reell-innflytelse-i-nasjonalt'],
    ['Ei ny lov om e-helse skal avgjere kven som betaler.', 'sikre-kommunesektoren-reell-innflytelse-i-nasjonalt'],
    ['Forskinga i, med og for kommunesektoren treng meir pengar.', 'styrket-kunnskapsutvikling-og-forskning-i-med'],
    ['Kommunen manglar heimel til å hente opplysningar frå Skatteetaten.', 'sorge-for-at-lover-og-forskrifter'],
    ['Etatane bør kunne dele taushetsbelagte opplysninger når en søknad skal behandles.', 'sorge-for-at-lover-og-forskrifter'],
    ['Fylka har fått mindre i regionale utviklingsmidlar.', 'gi-fylkeskommunene-stabil-tilgang-til-frie'],
    ['Fylkestinget ber om frie midlar til regional utvikling.', 'gi-fylkeskommunene-stabil-tilgang-til-frie'],
    ['Høgskolen starter en desentralisert barnehagelærerutdanning i Vesterålen.', 'styrke-desentralisert-hoyere-utdanning-i-for'],
    ['Forsøkskommunene skal overta arbeidsmarkedstiltakene for ungdom.', 'ta-initiativ-til-a-prove-ut'],
    ['Kommunestyret vedtok å bosette flere flyktninger neste år.', 'legge-til-rette-for-mer-stabil'],
    ['Bystyret vil forby utleie av elsparkesykler i sentrum.', 'ga-systematisk-gjennom-og-endre-statlig'],
    ['Kvar skule vel sjølv programmet mot mobbing som passar best.', 'styrke-arbeidet-mot-mobbing-ved-a'],
    ['Alle vaksne sin rett til vidaregåande opplæring må gjelde heile landet.', 'ramme-inn-voksnes-rett-til-videregaende'],
    ['Retten til videregående opplæring for voksne skal tilpasses det lokale arbeidsmarkedet.', 'ramme-inn-voksnes-rett-til-videregaende'],
  ])('a new term lights its demand: %s', (text, slug) => {
    expect(found(text)).toContain(id(slug));
  });

  // … and each new exclusion keeps a demand dark where a reader would not want it.
  it.each([
    ['Skyldneren sendte en innsigelse mot fakturaen til inkassobyrået.', 'vaere-tilbakeholdne-med-a-bruke-innsigelser'],
    ['Forbrukeren har rett til å fremme innsigelser mot kravet.', 'vaere-tilbakeholdne-med-a-bruke-innsigelser'],
    ['Presidenten: Er det nokon motsegn mot den føreslegne dagsordenen? Det er ikkje.', 'vaere-tilbakeholdne-med-a-bruke-innsigelser'],
    ['Den som eig eit eldre varemerke, kan levere motsegn mot registreringa.', 'vaere-tilbakeholdne-med-a-bruke-innsigelser'],
    ['Patentstyret behandler innsigelser mot patenter etter at patentet er meddelt.', 'vaere-tilbakeholdne-med-a-bruke-innsigelser'],
    ['Kjeden bruker deling av data om kundene med annonsørene sine.', 'sorge-for-at-lover-og-forskrifter'],
    ['Arbeidsgiveren skal ha tiltak mot mobbing blant kollegene.', 'styrke-arbeidet-mot-mobbing-ved-a'],
    ['Arbeidet mot mobbing på arbeidsplassen er en del av HMS-arbeidet.', 'styrke-arbeidet-mot-mobbing-ved-a'],
    ['Regjeringen vil nå 65 prosent materialgjenvinning av husholdningsavfallet.', 'gi-kommunesektorens-selskaper-tilgang-til-samme'],
    ['Byvekstavtalen skal bidra til å nå nullvekstmålet for personbiltrafikken.', 'legge-til-rette-for-at-kommunenes'],
    ['Aktivitetsplikten i opplæringsloven gjelder alle som jobber på skolen.', 'sorge-for-at-skolene-far-mer'],
    ['Deltakarane i introduksjonsprogrammet får norskopplæring.', 'legge-til-rette-for-mer-stabil'],
    ['Motsegna var grunngjeven med jordvernet.', 'styrke-ressurser-i-kommunesektoren-for-a'],
    ['Etter- og videreutdanning for sykepleiere gir bedre tjenester.', 'ramme-inn-voksnes-rett-til-videregaende'],
    ['Helseforetakene styres etter prinsippet om rammestyring.', 'sorge-for-en-kommuneokonomi-som-gir'],
    ['Norad forvalter utviklingsbistanden til Malawi.', 'arbeide-for-at-norsk-bistand-i'],
  ])('an exclusion holds: %s', (text, slug) => {
    expect(found(text)).not.toContain(id(slug));
  });

  it('counts a broad field named once in passing below the relevance threshold, and with company above it', () => {
    const relevant = (text: string): string[] =>
      matcher
        .rank(matcher.find(text))
        .filter((r) => r.score >= MIN_RELEVANT_SCORE)
        .map((r) => r.id);
    const eos = id('utnytte-handlingsrommet-i-eos-avtalen-gjennom');
    expect(relevant('EØS-avtalen gir lakseeksportørene tollfri tilgang til EU.')).not.toContain(eos);
    expect(relevant('EØS-avtalen styrer statsstøtta til kommunale selskap.')).toContain(eos);
    expect(relevant('Handlingsrommet i EØS-avtalen må nyttast.')).toContain(eos);
    const procurement = id('sikre-lokalpolitisk-handlingsrom-til-a-kunne');
    expect(relevant('Offentlige anskaffelser er en stor del av økonomien.')).not.toContain(procurement);
    expect(relevant('Offentlige anskaffelser skal fremme seriøsitet, og kommunen stiller krav om lærlinger i anskaffelsen.')).toContain(procurement);
  });

  it.each([
    ['Innsigelsesretten og motsegnene ble drøftet.', 'vaere-tilbakeholdne-med-a-bruke-innsigelser'],
    ['Lovlegkontrollen bør leggjast til eit anna organ.', 'utrede-alternative-organiseringer-og-innretninger-av'],
    ['Statlege tilsyn med kommunane skal samordnast.', 'redusere-tilsynstrykket-for-kommuner-og-fylkeskommuner'],
    ['Regjeringen vil innføre en bemanningsnorm i sykehjem. Normen skal være bindende.', 'unnga-nye-og-utvidede-bindende-bemanningsnormer'],
    ['Lærarnorma bind opp ressursane.', 'unnga-nye-og-utvidede-bindende-bemanningsnormer'],
    ['Busetjinga av flyktningar går seint i år.', 'legge-til-rette-for-mer-stabil'],
    ['Fylkesvegane har eit stort vedlikehaldsetterslep.', 'sikre-god-infrastruktur-i-hele-landet'],
    ['Kvalifisering gjennom NAV skal styrkes.', 'styrke-koblingen-mellom-velferdstiltak-nav-og'],
    ['Kommuneproposisjonen gir vekst i de frie inntektene.', 'sorge-for-en-kommuneokonomi-som-gir'],
    ['Øyremerkte tilskot skal innlemmast i rammetilskotet.', 'sorge-for-en-kommuneokonomi-som-gir'],
  ])('lights the demand a reader expects: %s', (text, slug) => {
    expect(found(text)).toContain(id(slug));
  });
});
