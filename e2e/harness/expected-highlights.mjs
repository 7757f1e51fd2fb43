// @ts-check
// What a KS adviser expects highlighted on the fixture pages, in any browser: shared by the Chromium
// specs (highlight.spec.mjs) and the Firefox suite (e2e/firefox).
//
// Expected words come from reading the fixture text against lib/lexicon/ks-2021.ts, one by one.

export const INNST_418 =
  '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';
export const INNST_233 =
  '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-233l/';
export const PROP_NN = '/nn/dokument/dep/kdd/prop-102-ls-20242025/kapittel-5/';
export const NEWS = '/no/aktuelt/nye-millioner-til-bredband-og-flomsikring/id3091234/';

/** Expected highlights are written "chapter word", in document order; `words` drops the chapter. */
export const words = (/** @type {string[]} */ list) => list.map((s) => s.replace(/^\d /, ''));

export const FIXTURES = [
  {
    name: 'Innst. 418 S (kommunal- og forvaltningskomiteen)',
    host: 'www.stortinget.no',
    path: INNST_418,
    // Lexicon of issue 9: the lone «tilsyn» in the opening counts with weak company from the page; the
    // legality-control request («tre eller flere medlemmer av kommunestyret») and full funding of new tasks
    // («fullfinansieres») are terms of their demands.
    highlights: [
      '1 Kommuneproposisjonen',
      '1 tilsyn',
      '1 opplegget for kommunesektoren',
      '1 statlig tilsyn',
      '1 lovlighetskontroll',
      '1 frie inntekter',
      '1 frie inntektene',
      '1 øremerkede tilskudd',
      '1 rammetilskuddet',
      '1 rammefinansiering',
      '1 bemanningsnormer',
      '1 Bemanningsnormer',
      '1 kompetansekrav',
      '1 bemanningsnormer',
      '1 lærernormen',
      '1 pedagognormen',
      '1 normene',
      '1 bemanningsnorm',
      '1 normen',
      '1 fullfinansieres',
      '1 Innsigelser',
      '1 plansaker',
      '1 innsigelser',
      '1 kommuneplaner',
      '1 innsigelsene',
      '1 innsigelse',
      '1 innsigelser',
      '1 innsigelse',
      '1 plan- og bygningsloven',
      '1 innsigelsesretten',
      '1 Statlig tilsyn',
      '1 lovlighetskontroll',
      '1 statlige tilsynet',
      '1 tilsyn',
      '1 Lovlighetskontroll',
      '1 tre eller flere medlemmer av kommunestyret',
      '1 tilsyn med kommunene',
      '1 veiledning',
      '1 Øremerkede midler',
      '1 rammetilskudd',
      '1 øremerkede tilskudd',
      '1 rammetilskuddet',
      '1 Øremerkede midler',
      '1 rammetilskuddet',
      // "… utgifter til bosetting og integrering …, og … forutsigbarhet om hvor mange som skal bosettes."
      '4 Bosetting av flyktninger',
      '4 flyktninger',
      '4 Integreringstilskuddet',
      '4 bosetting',
      '4 bosettes',
      '1 bemanningsnorm',
      '1 fullfinansiere',
      '1 tilsyn med kommunene',
    ],
    positions: [
      'ks-2021:legge-til-rette-for-mer-stabil',
      'ks-2021:redusere-tilsynstrykket-for-kommuner-og-fylkeskommuner',
      'ks-2021:sorge-for-en-kommuneokonomi-som-gir',
      'ks-2021:styrke-plan-og-bygningsloven-som-verktoy',
      'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer',
      'ks-2021:utrede-alternative-organiseringer-og-innretninger-av',
      'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser',
    ],
  },
  {
    name: 'Innst. 233 L (utdannings- og forskningskomiteen)',
    host: 'www.stortinget.no',
    path: INNST_233,
    // «Desentralisert lærerutdanning»: decentralised higher education (3.6) as a whole phrase. The education
    // act is highlighted (a law named in passing weighs little and reports nothing alone).
    highlights: [
      '6 opplæringsloven',
      '6 skolemiljø',
      '6 Aktivitetsplikten',
      '6 Skolemiljø',
      '6 mobbing',
      '6 Elevundersøkelsen',
      '6 mobbing',
      '6 Arbeidet mot mobbing',
      '6 mobbing i barnehagen',
      '6 kapittel 9A',
      '6 elevenes rettssikkerhet',
      '6 mobbesak',
      '6 rapportering',
      '6 tidstyvene i skolen',
      '6 mer tid til elevene',
      '6 Lærermangel',
      '6 lærermangelen',
      '3 Desentralisert lærerutdanning',
      '6 videreutdanning for lærere',
      '6 Skolefritidsordningen',
      '6 rammeplanen for SFO',
      '6 opplæringsloven',
    ],
    positions: [
      'ks-2021:ivareta-bade-elevers-og-laereres-rettsikkerhet',
      'ks-2021:sikre-at-det-utdannes-og-videreutdannes',
      'ks-2021:sikre-at-rammeplanen-for-sfo-gir',
      'ks-2021:sorge-for-at-skolene-far-mer',
      'ks-2021:styrke-arbeidet-mot-mobbing-ved-a',
      'ks-2021:styrke-desentralisert-hoyere-utdanning-i-for',
    ],
  },
  {
    name: 'Prop. 102 LS kapittel 5 (nynorsk)',
    host: 'www.regjeringen.no',
    path: PROP_NN,
    // The chapter list in the side menu is navigation: only the article is read (issue 12, point 3).
    highlights: [
      '1 Statleg styring av kommunesektoren',
      '1 kommunale sjølvstyret',
      '1 statleg styring av kommunane',
      '1 rettstryggleik',
      '1 statlege detaljstyringa',
      '1 bemanningsnormer',
      '1 motsegner',
      '1 statleg tilsyn',
      '1 øyremerkte tilskot',
      '1 Bemanningsnormer',
      '1 kompetansekrav',
      '1 normer for bemanning',
      '1 pedagognorma',
      '1 bemanningsnorma',
      '1 lærarnorma',
      '1 Normene',
      '1 bemanningsnormer',
      '1 normene',
      '1 lærarnorma',
      '1 bemanningsnorm',
      '1 bemanningsnorm',
      '1 Motsegner',
      '1 plansaker',
      '1 Motsegn',
      '1 plan- og bygningslova',
      '1 motsegner',
      '1 lokale sjølvstyret',
      '1 motsegnene',
      '1 motsegner',
      '1 Motsegn',
      '1 motsegner',
      '1 motsegnsretten',
      '1 endringar i plan- og bygningslova',
      '1 Statleg tilsyn',
      '1 lovlegkontroll',
      '1 tilsyn med kommunane',
      '1 overprøving av det frie skjønnet',
      '1 statlege tilsyn',
      '1 Lovlegkontroll',
      '1 tre eller fleire medlemmer av kommunestyret',
      '1 lovlegkontrollen',
      '1 Øyremerkte tilskot',
      '1 Øyremerkte tilskot',
      '1 øyremerkte ordningar',
      '1 rammetilskotet',
      '4 Busetjing av flyktningar',
      '4 busetjing av flyktningar',
      '4 Integreringstilskotet',
      '4 integreringstilskotet',
    ],
    // "Rammestyring skal vere hovudregelen" (beside "statleg styring av kommunane"): a KS reader would
    // mark it, the lexicon wants company from another kommuneøkonomi word; either is accepted here.
    optional: ['Rammestyring'],
    // ks-2021:sorge-for-relevant-og-oppdatert-kunnskap was reported from the side menu's words only: gone.
    positions: [
      'ks-2021:legge-til-rette-for-mer-stabil',
      'ks-2021:redusere-tilsynstrykket-for-kommuner-og-fylkeskommuner',
      'ks-2021:sorge-for-en-kommuneokonomi-som-gir',
      'ks-2021:styrke-plan-og-bygningsloven-som-verktoy',
      'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer',
      'ks-2021:utrede-alternative-organiseringer-og-innretninger-av',
      // «overprøving av det frie skjønnet»: the state reviewing municipal discretion (appeals, 1.12).
      'ks-2021:utrede-kommunale-klageordninger-som-ivaretar-innbyggernes',
      'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser',
      'ks-2021:vaere-varsomme-med-a-lovfeste-nye',
    ],
  },
  {
    name: 'regjeringen.no news item',
    host: 'www.regjeringen.no',
    path: NEWS,
    // In the page itself (the article and the open shadow root of <rg-related> last; not the menu).
    highlights: [
      '2 bredbånd',
      '5 flomsikring',
      '2 bredbåndsutbygging',
      '5 klimatilpasning',
      '2 mobildekningen',
      '2 kommersielt grunnlag for utbygging',
      '2 Nasjonal kommunikasjonsmyndighet',
      '2 Nkom',
      '2 bredbånd',
      '5 naturfare',
      '5 Ekstremvær',
      '5 flom- og skredsikring',
      '5 NVE',
      '5 overvann',
      '3 lærlingtilskudd',
      '3 lærebedrifter',
      '2 bredbåndstilskuddet',
      '5 klimatilpasning',
    ],
    // In the same-origin frame (its own document and highlight registry).
    frame: ['3 Vedlikeholdsetterslepet', '3 fylkesveiene'],
    // ks-2021:sorge-for-en-kommuneokonomi-som-gir came from the menu's «Kommuneøkonomi» only: gone.
    positions: [
      'ks-2021:bygge-ut-digital-infrastruktur-i-hele',
      'ks-2021:sikre-god-infrastruktur-i-hele-landet',
      'ks-2021:sorge-for-relevant-og-oppdatert-kunnskap',
      'ks-2021:styrke-de-okonomiske-rammene-for-laerlinger',
    ],
  },
];

// ── the live page (regjeringen.no news feed that changes after load, `?manual` steps it by hand) ──

export const LIVE = '/no/aktuelt/statsbudsjettet-2026-siste-nytt/id3091300/';

/** What the live page must show highlighted after each of its steps (see the fixture's comment). */
export const LIVE_STEPS = [
  // Loaded: the three entries, newest first.
  ['rammetilskuddet', 'fiberutbygging'],
  // 1: two entries at the top; the editable note and the textarea added below hold terms too, unpainted.
  ['ressurskrevende tjenester', 'Klimasats', 'rammetilskuddet', 'fiberutbygging'],
  // 2: the helse entry's text node rewritten: a term appears.
  ['ressurskrevende tjenester', 'Klimasats', 'rammetilskuddet', 'velferdsteknologi', 'fiberutbygging'],
  // 3: the fibre entry's text replaced: its term is gone.
  ['ressurskrevende tjenester', 'Klimasats', 'rammetilskuddet', 'velferdsteknologi'],
  // 4: one word swapped for another in the same text node.
  ['ressurskrevende tjenester', 'Klimasats', 'skjønnstilskuddet', 'velferdsteknologi'],
];
/**
 * What the report says after steps 1 and 4: the demands the page is about (the badge counts them), and
 * the ones only mentioned in passing (issue 9: a lone «rammetilskuddet» in one news item is a mention).
 */
export const LIVE_POSITIONS = [
  null,
  {
    positions: [
      'ks-2021:bygge-ut-digital-infrastruktur-i-hele',
      'ks-2021:sikre-tilgang-til-okonomiske-virkemidler-og',
      'ks-2021:videreutvikle-ordningen-med-toppfinansiering-av-kommunale',
    ],
    mentions: ['ks-2021:sorge-for-en-kommuneokonomi-som-gir'],
  },
  null,
  null,
  {
    positions: [
      'ks-2021:sikre-tilgang-til-okonomiske-virkemidler-og',
      'ks-2021:sorge-for-en-kommuneokonomi-som-gir',
      'ks-2021:stimulere-til-at-bade-eldre-og',
      'ks-2021:videreutvikle-ordningen-med-toppfinansiering-av-kommunale',
    ],
    mentions: [],
  },
];
