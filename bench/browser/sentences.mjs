// @ts-check
// The benchmark pages' sentences (Stortinget-style, bokmål and nynorsk, some with KS terms) and their source.
//
// The prose is written for this benchmark; a seeded source picks sentences and fills in dates and numbers.

/** Sentences that carry KS terms (lib/lexicon/ks-2021.ts), bokmål. */
const KS_NB = [
  'Komiteen viser til at kommuneøkonomien er stram i mange kommuner, og at veksten i de frie inntektene ikke dekker demografikostnadene.',
  'Flertallet mener at nye oppgaver til kommunene må fullfinansieres, og at konsultasjonsordningen mellom staten og KS bør styrkes.',
  'Medlemmene fra Senterpartiet viser til at øremerkede tilskudd binder opp ressursene og svekker det lokale selvstyret.',
  'Departementet foreslår å innlemme flere øremerkede ordninger i rammetilskuddet fra neste budsjettår.',
  'Komiteen merker seg at inntektssystemet skal gjennomgås, og at kostnadsnøkkelen for pleie og omsorg er omstridt.',
  'Bindende bemanningsnormer, som lærernormen og pedagognormen i barnehagen, begrenser kommunenes mulighet til å prioritere.',
  'Statsforvalteren fremmet innsigelse til kommuneplanens arealdel, og saken ble sendt til mekling.',
  'Regjeringen vil endre plan- og bygningsloven slik at det blir færre innsigelser og raskere planprosesser.',
  'Tilsynstrykket mot kommunene har økt, og flere kommuner etterlyser bedre samordning av statlig tilsyn.',
  'Komiteen understreker at rettssikkerheten til innbyggerne må ivaretas også når klagebehandlingen legges til kommunen.',
  'Utbyggingen av bredbånd og mobilnett i distriktene går for sakte, og mobildekningen langs fylkesveiene er mangelfull.',
  'Kommunene trenger nasjonale fellesløsninger og en forutsigbar finansieringsmodell for digitalisering.',
  'Medlemmene fra Høyre mener at velferdsteknologi kan gi eldre mulighet til å bo lenger hjemme.',
  'Barnevernsreformen har gitt kommunene et større ansvar, og mange kommuner melder om økte utgifter til barnevernet.',
  'Barnefattigdom må møtes med tidlig innsats og et bedre samarbeid mellom barnehage, skole og helsestasjon.',
  'Komiteen viser til at klimatilpasning, overvann og flomsikring krever mer kunnskap og bedre kartgrunnlag i kommunene.',
  'Bosettingen av flyktninger skjer etter anmodning fra IMDi, og integreringstilskuddet skal dekke kommunenes merutgifter.',
  'Heltidskultur i helse- og omsorgstjenestene er avgjørende for rekrutteringen av sykepleiere.',
  'Fastlegeordningen er under press, og flere kommuner har problemer med å rekruttere fastleger.',
  'Det er et betydelig vedlikeholdsetterslep på fylkesveiene, og fylkeskommunene ber om økte rammer.',
  'Flertallet viser til at EØS-avtalen og regelverket for offentlige anskaffelser gir kommunene et begrenset handlingsrom.',
  'Statlig styring av kommunesektoren bør skje gjennom rammestyring og ikke gjennom detaljstyring.',
  'Kommunene må få større frihet til å organisere tjenestene sine ut fra lokale forhold, i tråd med nærhetsprinsippet.',
  'Komiteen mener at lovfesting av nye individuelle rettigheter svekker handlingsrommet til lokale folkevalgte.',
  'Hets og trusler mot lokalpolitikere er et alvorlig problem for lokaldemokratiet.',
  'Helsefellesskapene skal bidra til bedre samhandling mellom sykehusene og kommunene om de felles pasientene.',
  'Medlemmene fra Arbeiderpartiet mener at kommunene må få en større rolle i arbeidet med å få unge utenfor arbeidslivet i jobb.',
  'Private barnehager må sikres forutsigbare rammer, men pensjonspåslaget bør gjennomgås på nytt.',
];

/** Sentences that carry KS terms, nynorsk. */
const KS_NN = [
  'Komiteen viser til at kommuneøkonomien er stram, og at dei frie inntektene ikkje dekkjer dei auka utgiftene.',
  'Fleirtalet meiner at nye oppgåver til kommunane må fullfinansierast, og at statleg styring av kommunesektoren bør avgrensast.',
  'Statsforvaltaren fremja motsegn til kommuneplanen, og saka vart send til mekling.',
  'Kommunane ønskjer færre øyremerkte tilskot og større handlingsrom innanfor rammetilskotet.',
  'Utbygginga av breiband i distrikta går for seint, og mobildekninga er mangelfull i mange bygder.',
  'Klimatilpassing og flaumsikring krev meir kunnskap om overvatn og kvikkleire i kommunane.',
  'Medlemene frå Senterpartiet viser til at lærarnorma gjer det vanskeleg for små skular å få endane til å møtast.',
  'Tilsynstrykket mot kommunane har auka, og statlege tilsyn må samordnast betre.',
  'Rettstryggleiken til innbyggjarane må takast vare på også når klagehandsaminga vert lagd til kommunen.',
  'Barnevernsreforma har gitt kommunane eit større ansvar for barnevernet.',
  'Kommunane treng nasjonale fellesløysingar og ein føreseieleg finansieringsmodell for digitalisering.',
  'Busetjinga av flyktningar skjer etter oppmoding frå IMDi, og integreringstilskotet skal dekkje meirutgiftene.',
  'Hets og truslar mot lokalpolitikarar er eit alvorleg trugsmål mot lokaldemokratiet.',
  'Fastlegeordninga er under press, og fleire kommunar slit med å rekruttere legar.',
];

/** Ordinary parliamentary prose with no KS term: most of a real page. Bokmål. */
const PLAIN_NB = [
  'Komiteen, medlemmene fra Arbeiderpartiet, Høyre, Senterpartiet og Fremskrittspartiet, viser til proposisjonen og til brev fra statsråden datert {d}.',
  'Saken ble behandlet i komiteens møte {d}, og komiteen avga sin innstilling etter en skriftlig høringsrunde.',
  'Departementet har i arbeidet med proposisjonen hatt kontakt med berørte etater og organisasjoner.',
  'Forslaget innebærer ingen vesentlige endringer i gjeldende rett utover det som er omtalt i kapittel {n}.',
  'Det vises til vedlegg {n} for en nærmere oversikt over høringsinstansene og deres merknader.',
  'Endringene foreslås å tre i kraft fra 1. januar {y}, med en overgangsperiode på seks måneder.',
  'Statsråden svarte at regjeringen vil komme tilbake til saken i forbindelse med statsbudsjettet for {y}.',
  'Representanten stilte spørsmål om fremdriften i arbeidet og om når Stortinget kan forvente en ny sak.',
  'Tabell {n}.1 viser utviklingen i antall saker fra {y0} til {y}, fordelt på region og sakstype.',
  'Utvalget har hatt {n} møter og har i tillegg gjennomført studiereiser til Sverige og Danmark.',
  'Departementet understreker at vurderingene er foreløpige, og at det tas forbehold om endringer.',
  'Økonomiske og administrative konsekvenser er omtalt i kapittel {n} i proposisjonen.',
  'Komiteen har merket seg at flere høringsinstanser etterlyser en grundigere utredning av alternativene.',
  'Stortinget ba i vedtak nr. {k} regjeringen om å legge frem en vurdering innen utgangen av året.',
  'Det er ikke gjort endringer i forslaget etter høringen, bortsett fra enkelte språklige presiseringer.',
  'Riksrevisjonen har i sin gjennomgang påpekt svakheter i rapporteringen fra de underliggende etatene.',
  'Budsjettforslaget for neste år innebærer en reell vekst på om lag {p} prosent.',
  'Det vises for øvrig til statsrådens svar på spørsmål nr. {k} til skriftlig besvarelse.',
  'Komiteen har ingen ytterligere merknader og viser til sin tilråding nedenfor.',
  'Lovforslaget er utformet slik at det kan tilpasses senere endringer i regelverket.',
  'Regjeringen legger vekt på at prosessen skal være åpen og forutsigbar for alle parter.',
  'Høringsfristen var satt til {d}, og departementet mottok {k} høringsuttalelser.',
  'Flertallet viser til at det er bred enighet om målene, men ulike syn på virkemidlene.',
  'Medlemmene fra Fremskrittspartiet fremmer følgende forslag: «Stortinget ber regjeringen utrede saken på nytt.»',
  'Et mindretall mener at forslaget bør sendes tilbake til regjeringen for ytterligere utredning.',
  'Komiteen har gjennomført en åpen høring i saken, der {n} organisasjoner deltok.',
  'Departementet anslår at endringen vil gi en innsparing på om lag {k} millioner kroner årlig.',
  'Statistisk sentralbyrå har utarbeidet nye framskrivinger som ligger til grunn for beregningene.',
  'Forslaget er i tråd med de anbefalingene som ble gitt i rapporten fra arbeidsgruppen.',
  'Det ble i høringen pekt på at begrepsbruken i lovteksten bør gjøres tydeligere.',
  'Regjeringen vil følge utviklingen nøye og eventuelt komme tilbake med forslag til tiltak.',
  'Saksordfører for saken har vært representanten {m}.',
];

/** Ordinary prose with no KS term, nynorsk. */
const PLAIN_NN = [
  'Utvalet har vurdert fleire alternativ og tilrår det alternativet som gir minst meirarbeid.',
  'Departementet viser til høyringsfråsegnene og vil følgje opp innspela i det vidare arbeidet.',
  'Fleirtalet i komiteen sluttar seg til forslaget, medan mindretalet går imot.',
  'I perioden {y0} til {y} auka talet på søknader med om lag {p} prosent.',
  'Dette er i tråd med tidlegare vedtak i Stortinget og med dei føringane som er gitt i budsjettet.',
  'Sekretariatet for utvalet har vore lagt til departementet, med tre faste medarbeidarar.',
  'Komiteen har ingen ytterlegare merknader og viser til tilrådinga si.',
  'Endringane er meinte å tre i kraft frå 1. juli {y}.',
  'Medlemene frå Kristeleg Folkeparti viser til merknadene sine i tidlegare innstillingar om same sak.',
  'Høyringsfristen var sett til {d}, og departementet fekk inn {k} fråsegner.',
  'Statsråden har i brev til komiteen gjort greie for korleis arbeidet er tenkt følgt opp.',
  'Det vart peika på at lovteksten bør gjerast enklare å lese for folk flest.',
];

export const NAMES = [
  'Kari Aasen',
  'Ola Bergstrøm',
  'Ingrid Dahle',
  'Per Eidsvoll',
  'Sigrid Fjeld',
  'Lars Gjerde',
  'Marte Haugland',
  'Knut Iversby',
  'Astrid Lunde',
  'Eirik Nesheim',
];
const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
/**
 * A sentence source: about one sentence in `share` carries KS terms (0.12 ≈ one highlight per 800–900
 * characters, a recommendation about municipal matters), one in four is nynorsk.
 */
/**
 * @param {() => number} rnd
 * @returns {() => string}
 */
export function sentences(rnd, share = 0.12) {
  /** @param {readonly string[]} pool */
  const pick = (pool) => pool[Math.floor(rnd() * pool.length)] ?? '';
  return () => {
    const nn = rnd() < 0.25;
    const pool = rnd() < share ? (nn ? KS_NN : KS_NB) : nn ? PLAIN_NN : PLAIN_NB;
    return pick(pool)
      .replace('{d}', `${1 + Math.floor(rnd() * 28)}. ${pick(MONTHS)} ${2019 + Math.floor(rnd() * 6)}`)
      .replace('{n}', String(2 + Math.floor(rnd() * 12)))
      .replace('{k}', String(100 + Math.floor(rnd() * 900)))
      .replace('{p}', `${Math.floor(rnd() * 4)},${Math.floor(rnd() * 10)}`)
      .replace('{y0}', String(2010 + Math.floor(rnd() * 8)))
      .replace('{y}', String(2020 + Math.floor(rnd() * 6)))
      .replace('{m}', pick(NAMES));
  };
}
