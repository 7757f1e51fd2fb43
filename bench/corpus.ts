/**
 * Benchmark material written for this project: Norwegian government-style sentences (bokmål and
 * nynorsk) recombined by a seeded generator into paragraphs, and a synthetic lexicon of plausible
 * compound terms to scale the term count.
 */
import type { PositionTerms, TermSpec } from '../lib/lexicon/types';
import { random } from './random.mjs';

const SENTENCES = [
  'Komiteen viser til at kommunesektoren har fått flere nye oppgaver de siste årene uten at finansieringen har fulgt med.',
  'Departementet foreslår at statlig tilsyn med kommunene samordnes bedre, slik at tilsynstrykket blir mindre.',
  'Flertallet mener at bindende bemanningsnormer i barnehagen og skolen begrenser det lokale handlingsrommet.',
  'Statsforvalteren kan fremme innsigelse til kommuneplanens arealdel dersom nasjonale eller vesentlige regionale interesser berøres.',
  'Regjeringen vil endre plan- og bygningsloven slik at kommunene får større frihet i arealplanleggingen.',
  'Utvalet tilrår at talet på motsegner vert redusert, og at dialogen mellom stat og kommune vert styrkt tidlegare i planprosessen.',
  'Fylkeskommunane har fått ansvaret for fylkesvegane, men vedlikehaldsetterslepet er framleis stort.',
  'Kommunene skal bosette flyktninger i tråd med anmodningen fra Integrerings- og mangfoldsdirektoratet.',
  'Frie inntekter gir kommunene mulighet til å prioritere etter lokale behov og forutsetninger.',
  'Komiteens medlemmer fra Arbeiderpartiet viser til at det samlede inntektssystemet skal gjennomgås i neste periode.',
  'Det er behov for bedre samordning av statlige virkemidler for innovasjon i kommunal sektor.',
  'Digitaliseringen av offentlig sektor krever felles løsninger og tydelig styring av finansieringsmodellene.',
  'Bredbåndsutbyggingen i distriktene går for sakte, og mange husstander mangler fortsatt høyhastighetsnett.',
  'Kommunane treng føreseielege rammer for å kunne planleggje tenestene til ein aukande del eldre innbyggjarar.',
  'Helsefellesskapene skal styrke samarbeidet mellom sykehusene og kommunene om de felles pasientene.',
  'Barnevernsreformen gir kommunene et større faglig og økonomisk ansvar for barnevernet.',
  'Tidlig innsats og et tett samarbeid mellom barnehage, skole og helsestasjon er avgjørende for barn og unge.',
  'Mange unge står utenfor arbeid og utdanning, og kommunene må samarbeide tett med NAV for å få flere i jobb.',
  'Heltidskultur i helse- og omsorgstjenestene er viktig for rekruttering og for kvaliteten i tjenestene.',
  'Klimatilpasning må bli en integrert del av kommunenes planlegging, særlig for overvann, flom og skred.',
  'Kommunane ønskjer eit sterkare lokalt ansvar for naturforvaltninga og arealbruken.',
  'Ordningen med lovlighetskontroll av kommunale vedtak bør utredes på nytt.',
  'Regjeringen vil legge frem en melding til Stortinget om kommunal klageordning og rettssikkerhet.',
  'EØS-avtalen har stor betydning for kommunesektoren, blant annet gjennom regelverket for offentlige anskaffelser og statsstøtte.',
  'Kulturlivet i hele landet er avhengig av at fylker og kommuner har midler til å satse.',
  'Komiteen merker seg at kommuneøkonomien er stram i mange kommuner, og at handlingsrommet er lite.',
  'Det vart peika på at den statlege styringa av kommunane har auka, trass i målet om rammestyring.',
  'Forskning og kunnskapsutvikling i og for kommunesektoren bør styrkes gjennom egne programmer.',
  'Lover og forskrifter må legge til rette for deling av data mellom offentlige virksomheter.',
  'Yrkesdeltakelsen blant innvandrere er lavere enn i befolkningen ellers, og kvalifisering er avgjørende.',
  'Møtet vart opna klokka ni, og ordføraren orienterte om økonomiplanen for dei neste fire åra.',
  'Saken ble sendt på høring med frist i oktober, og det kom inn over hundre høringssvar.',
  'Arbeidsgiverpolitikken i kommunene må legge til rette for at flere kan stå lenger i arbeid.',
  'Lærernormen og bemanningsnorma i barnehagen er eksempler på statlige normer som binder opp ressursene.',
  'Fastlegeordningen er under press, og mange kommuner sliter med å rekruttere leger.',
  'Vi må sikre en desentralisert utdanning slik at hele landet får tilgang på kompetanse.',
  'Mottakerlandene trenger lokale myndigheter med kapasitet, og norsk bistand kan bidra til det.',
  'Det ble også pekt på at kommunesammenslåinger må være frivillige.',
];

/** Sentences with no KS term: most of a real page is this. */
const NEUTRAL = [
  'Komiteen, medlemmene fra Arbeiderpartiet, Høyre og Senterpartiet, viser til proposisjonen og til brev fra statsråden.',
  'Saken ble behandlet i møte 14. mai, og komiteen avga sin innstilling etter en skriftlig høringsrunde.',
  'Departementet har i arbeidet med proposisjonen hatt kontakt med berørte etater og organisasjoner.',
  'Forslaget innebærer ingen vesentlige endringer i gjeldende rett utover det som er omtalt i kapittel 5.',
  'Det vises til vedlegg 2 for en nærmere oversikt over høringsinstansene og deres merknader.',
  'Endringene foreslås å tre i kraft fra 1. januar neste år, med en overgangsperiode på seks måneder.',
  'Statsråden svarte at regjeringen vil komme tilbake til saken i forbindelse med statsbudsjettet.',
  'Representanten stilte spørsmål om fremdriften i arbeidet og om når Stortinget kan forvente en sak.',
  'Tabell 4.1 viser utviklingen i antall saker fra 2015 til 2020, fordelt på region.',
  'Utvalget har hatt tolv møter og har i tillegg gjennomført studiereiser til Sverige og Danmark.',
  'Departementet vil understreke at vurderingene er foreløpige og at det tas forbehold om endringer.',
  'Økonomiske og administrative konsekvenser er omtalt i kapittel 9.',
  'Komiteen har merket seg at flere høringsinstanser etterlyser en grundigere utredning.',
  'Stortinget ba i vedtak nr. 512 regjeringen om å legge frem en vurdering innen utgangen av året.',
  'Det er ikke gjort endringer i forslaget etter høringen, bortsett fra enkelte språklige presiseringer.',
  'Møtet ble hevet klokken 16.05, og neste møte ble berammet til tirsdag.',
  'Utvalet har vurdert fleire alternativ og tilrår det alternativet som gir minst meirarbeid.',
  'Departementet viser til høyringsfråsegnene og vil følgje opp innspela i det vidare arbeidet.',
  'Fleirtalet i komiteen sluttar seg til forslaget, medan mindretalet går imot.',
  'I perioden 2018 til 2020 auka talet på søknader med om lag 12 prosent.',
  'Dette er i tråd med tidlegare vedtak i Stortinget og med dei føringane som er gitt i budsjettet.',
  'Statsrådet vart halde på Slottet, og det vart gjort vedtak i tre saker.',
  'Sekretariatet for utvalet har vore lagt til departementet, med tre faste medarbeidarar.',
  'Riksrevisjonen har i sin gjennomgang påpekt svakheter i rapporteringen fra etatene.',
  'Budsjettforslaget for neste år innebærer en reell vekst på om lag 0,8 prosent.',
  'Det vises for øvrig til statsrådens svar på spørsmål nr. 1345 til skriftlig besvarelse.',
  'Komiteen har ingen ytterligere merknader og viser til sin tilråding.',
  'Lovforslaget er utformet slik at det kan tilpasses senere endringer i EU-retten.',
  'Regjeringen legger vekt på at prosessen skal være åpen og forutsigbar for alle parter.',
  'Høringsfristen var satt til 1. oktober, og departementet mottok 87 uttalelser.',
];

// Seeded, so every run benchmarks the same text.
export { random };

/**
 * At least `minChars` characters of paragraphs (3–7 sentences each, blank lines between), where a
 * sentence carries KS terms with probability `termShare` (0.2 ≈ one hit per 500–600 characters, a
 * page that is about KS matters; 1 = every sentence, the worst case).
 */
export function generateText(minChars: number, termShare = 0.2, seed = 2021): string {
  const rnd = random(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < minChars) {
    const n = 3 + Math.floor(rnd() * 5);
    const p: string[] = [];
    for (let i = 0; i < n; i++) {
      const pool = rnd() < termShare ? SENTENCES : NEUTRAL;
      p.push(pool[Math.floor(rnd() * pool.length)]!);
    }
    const para = p.join(' ');
    paragraphs.push(para);
    size += para.length + 2;
  }
  return paragraphs.join('\n\n');
}

const MODIFIERS = [
  'kommune',
  'fylkes',
  'stats',
  'barnehage',
  'skole',
  'helse',
  'klima',
  'areal',
  'bolig',
  'vei',
  'vann',
  'avløps',
  'energi',
  'nærings',
  'digitaliserings',
  'tilsyns',
  'bygge',
  'velferds',
  'omsorgs',
  'kultur',
  'nærmiljø',
  'integrerings',
  'kvalifiserings',
  'rus',
  'beredskaps',
  'samferdsels',
  'jordbruks',
  'havbruks',
  'reiselivs',
  'distrikts',
  'innovasjons',
  'forsknings',
  'lærings',
  'arbeidsgiver',
  'pensjons',
  'eldre',
  'ungdoms',
  'familie',
  'folkehelse',
  'barnevern',
];
const MIDDLES = [
  '',
  'utviklings',
  'styrings',
  'samarbeids',
  'finansierings',
  'kompetanse',
  'planleggings',
  'forvaltnings',
  'investerings',
  'kvalitets',
];
const HEADS = [
  'norm',
  'reform',
  'tilskudd',
  'ordning',
  'strategi',
  'melding',
  'program',
  'forskrift',
  'avtale',
  'utvalg',
  'modell',
  'plan',
  'fond',
  'løft',
  'pakke',
  'nettverk',
  'prosjekt',
  'kontroll',
  'ramme',
  'portal',
  'register',
  'senter',
  'råd',
  'forum',
  'tiltak',
];

/**
 * A synthetic lexicon of `count` distinct compound terms (modifier + optional middle + head), spread
 * over 100 made-up positions, with the same mix of inflection and compounding as real declarations.
 */
export function syntheticLexicon(count: number, seed = 7): PositionTerms[] {
  const rnd = random(seed);
  const terms: TermSpec[] = [];
  outer: for (const mid of MIDDLES) {
    for (const mod of MODIFIERS) {
      for (const head of HEADS) {
        if (terms.length >= count) break outer;
        const t = `${mod}${mid}${head}`;
        const r = rnd();
        terms.push({
          t: r < 0.1 ? `statlig ${t}` : t,
          infl: r < 0.05 ? 'none' : 'noun',
          ...(r > 0.7 ? { compound: r > 0.9 ? 'both' : 'first' } : {}),
        });
      }
    }
  }
  if (terms.length < count) throw new Error(`only ${terms.length} synthetic terms`);
  const positions: PositionTerms[] = [];
  for (let p = 0; p < 100; p++) {
    positions.push({ position: `synthetic:p${p}`, terms: terms.filter((_, i) => i % 100 === p) });
  }
  return positions;
}
