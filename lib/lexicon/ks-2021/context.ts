/**
 * Context words shared by several demands of the KS 2021 lexicon: the company an ambiguous term needs
 * (`needs`) or the other field that keeps it dark (`unless`). Words here are no terms of their own unless
 * a chapter file declares them.
 */
/** Debt collection: there "innsigelse" is a debtor's objection to a claim, not a state objection to a plan. */
export const DEBT_COLLECTION = ['inkasso', 'skyldner|skyldnere', 'kreditor', 'faktura', 'purring', 'forbruker|forbrukere'];

/** A block the President of the Storting speaks is chamber procedure ("Ingen motsegn er komen"). */
/** Trademarks and patents: there an "innsigelse"/"motsegn" is an opposition to a registration, not a state objection to a plan. */
export const INDUSTRIAL_RIGHTS = ['varemerke', 'Patentstyret', 'patent', 'patentsøknad', 'designregistrering'];

/** Development aid: there climate adaptation is a matter of partner countries' farmers, not of Norwegian municipalities. */
export const DEVELOPMENT_AID = ['utviklingsland', 'bistand', 'Norad', 'småbonde|småbønder|småbønda', 'lavinntektsland', 'mottakerland|mottakarland'];

export const CHAMBER_PROCEDURE = ['Presidenten:'];

/** Anchors of 1.13: aid and governance words count for it only beside one of these. */
export const LOCAL_AID = [
  'lokale myndigheter|myndighetene|styresmakter|styresmaktene i mottakerlandene|mottakarlanda|samarbeidslandene|samarbeidslanda|partnerlandene|partnarlanda|utviklingsland|utviklingslanda|utviklingslandene',
  'bistand|bistanden|bistandsmidler|bistandsmidlar til lokale myndigheter|styresmakter',
  'kapasitet|kapasiteten|kapasitetsbygging hos|i lokale myndigheter|myndighetene|styresmakter|styresmaktene',
  'kommunalt internasjonalt samarbeid',
  'lokalt styresett',
];

/** Commerce: there "deling av data" is a company sharing its customers' data, not public data. */
export const COMMERCE = ['kunde|kunder|kundar', 'nettbutikk', 'annonsør|annonsørar', 'annonsepartner|annonsepartnar', 'markedsføring|marknadsføring', 'reklame'];

/** Land-use words of 5.4: byvekstavtale and nullvekstmål count there only beside one of these. */
export const LAND_USE = [
  'areal- og transportplanlegging',
  'arealbruk|arealbruken i byvekstavtale',
  'arealbruk|arealbruken i|og forhandlinger|forhandlingane om byvekstavtale',
  'arealbruk',
  'arealplanlegging',
  'arealdata',
  'transportmodell',
  'knutepunktutvikling|knutepunktsutvikling',
  'fortetting',
];

/** Words of municipal waste companies and their plants (5.17). */
export const WASTE_COMPANIES = [
  'avfallsselskap',
  'ettersortering',
  'kommunal|kommunale|interkommunal|interkommunale selskap',
  'sorteringsanlegg',
  'gjenvinningsanlegg|gjenvinningsteknologi',
  'attvinningsanlegg|attvinningsteknologi',
  'finansieringsmekanisme',
  'avfallsforbrenning',
];

/** Steering and reporting words of 6.10 that the school-environment law words need there. */
export const SCHOOL_STEERING = [
  'tidstyv',
  'tidstjuv',
  'statlig|statlige styring av skole',
  'statleg|statlege styring av skule',
  'ny|nye opplæringslov',
  'rapportering|rapporteringskrav|rapporteringskrava|rapporteringskravene|dokumentasjonskrav|dokumentasjonskrava|dokumentasjonskravene|byråkrati|byråkratiet i skolen|skulen|skolene|skulane',
  'mer|meir tid til undervisning|undervisningen|undervisninga|elevene|elevane',
  'NOU 2019: 23',
  'NOU 2019:23',
  'opplæringslovutvalg',
  'opplæringslovutval',
  'rapporteringskrav',
  'dokumentasjonskrav',
  'dokumentasjonsplikt',
  'byråkrati',
  'detaljstyring',
  'rapportering',
];

/** Working life: there bullying is a matter of the working environment, not of school. */
export const WORKPLACE = ['arbeidsplass', 'arbeidsmiljø', 'arbeidsgiver|arbeidsgivere|arbeidsgjevar', 'arbeidstaker|arbeidstakere|arbeidstakar', 'kollega|kolleger|kollegaer'];

/** Anchors of 3.6: the professional educations count for it only beside one of these. */
export const DECENTRALISED_HE = [
  'desentralisert|desentraliserte høyere utdanning',
  'desentralisert|desentraliserte høgare|høgre utdanning',
  'desentralisert|desentraliserte utdanning',
  'desentralisert|desentraliserte utdanningstilbud|studietilbud',
  'desentralisert|desentraliserte utdanningstilbod|studietilbod',
  'studiesenter|studiesenteret|studiesentre|studiesentra|studiesentrene',
  'desentralisert|desentraliserte lærerutdanning|sykepleierutdanning|barnehagelærerutdanning',
  'desentralisert og fleksibel utdanning',
  'fleksibel og desentralisert utdanning',
  'desentralisert|desentraliserte lærarutdanning|sjukepleiarutdanning|barnehagelærarutdanning',
];

/** Anchors of 4.4: broader integration words count for it only beside one of these. */
export const REGIONAL_INTEGRATION = [
  'regional|regionale integreringspolitikk',
  'minoritetsrådgiver',
  'minoritetsrådgjevar',
  'fylkeskommunalt|fylkeskommunale integreringsarbeid',
  'regional|regionale samordning|samordningen|samordninga av integreringsarbeid|integrering',
];

/** Anchors of 5.5 (local climate rules). */
export const LOCAL_CLIMATE_RULES = [
  'utslippsfri|utslippsfrie sone',
  'utsleppsfri|utsleppsfrie sone',
  'nullutslippssone',
  'nullutsleppssone',
  'lavutslippssone',
  'lågutsleppssone',
  'elsparkesykkel',
  'elsparkesykler|elsparkesyklene|elsparkesyklar|elsparkesyklane',
  'klimakrav',
];

/** Wind-power planning words of 5.13 that licences, dispensations and "statlig plan" need. */
export const WIND_PLANNING = [
  'MTA-plan',
  'miljø- transport og anleggsplan',
  'miljø-, transport- og anleggsplan',
  'miljø-, transport og anleggsplan',
  'vindkraft på land',
  'vindkraft',
];

/** Anchors of 5.15: recycling and circular-economy words need one of these. */
export const PRODUCER_RESPONSIBILITY = ['produsentansvar', 'materialgjenvinning', 'materialattvinning', 'økodesign'];

/** Anti-bullying words of 6.13 that the school-environment words (anchors of 6.14) need here. */
export const ANTI_BULLYING = [
  'mobbing i skole|skule|barnehage',
  'partnerskap|partnerskapet mot mobbing',
  'partnerskapsavtale|partnarskapsavtale|partnerskapsavtalen|partnarskapsavtalen mot mobbing',
  'mobbeombud',
  'antimobbeprogram',
  'antimobbing',
  'mobbing av|blant elever|elevar|barn|ungdom',
  'mobbing og krenkelser|krenkingar',
  'arbeidet mot mobbing',
  'program|programmet|programma|programmer|programmene|programmar|programmane|tiltak|tiltaka|tiltakene mot mobbing',
  'mobbing',
];

/** Anchors of 5.11: climate words count for it only beside one of these. */
export const CLIMATE_PLANNING = [
  'hensyn|hensynet til klimaendringer|klimaendringene',
  'omsyn|omsynet til klimaendringar|klimaendringane',
  'klimatilpasning|klimatilpassing i|og planlegging|planleggingen|planlegginga|arealplanlegging|samfunnsplanlegging',
  'kompetanseløft|kompetanseløftet for|i|innen klimatilpasning|klimatilpassing',
  'planretningslinjer|planretningslinjene for klima- og energiplanlegging',
];
