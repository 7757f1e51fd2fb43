// @ts-check
// A Stortinget minutes page ("referat") of about 1 MB of text, generated when first asked for (so the
// repository does not carry a megabyte of HTML). The speeches are written for Standpunkt's tests, each
// with the KS terms it holds written out by hand; the browser test expects exactly those, in order.

/** Where the page is served, under www.stortinget.no (and /stortinget/… on the control hosts). */
export const BIG_PAGE_PATH =
  '/no/Saker-og-publikasjoner/Publikasjoner/Referater/Stortinget/2024-2025/refs-202425-06-12/';
/** The fixture file the server pretends to have. */
export const BIG_PAGE_FILE = `stortinget${BIG_PAGE_PATH}index.html`;
/** Minimum characters of speech text. */
export const BIG_PAGE_CHARS = 1_048_576;

/**
 * Speeches. `terms`: the highlighted words in order, as a KS adviser reads the lexicon
 * (lib/lexicon/ks-2021.ts); `positions`: the demands they point to.
 * @type {Speech[]}
 */
export const SPEECHES = [
  {
    party: null,
    text: 'Vi går da over til sak nr. {n} på dagens kart. Det blir foreslått at taletiden blir begrenset til fem minutter til hver partigruppe og fem minutter til medlemmer av regjeringen. – Det anses vedtatt.',
    terms: [],
    positions: [],
  },
  {
    party: 'A',
    text: 'Kommuneøkonomien er grunnmuren for velferden i hele landet. Når kommunene får nye plikter, må de følge med penger, og veksten i de frie inntektene må være stor nok til å dekke både demografi og nye satsinger. Jeg er glad for at regjeringen nå varsler en gjennomgang av inntektssystemet.',
    terms: ['Kommuneøkonomien', 'frie inntektene', 'inntektssystemet'],
    positions: ['ks-2021:sorge-for-en-kommuneokonomi-som-gir'],
  },
  {
    party: 'H',
    text: 'Representanten tar opp bemanningsnormene, og jeg deler bekymringen. Lærernormen har ført til at mange små skoler må ansette folk uten godkjent utdanning. Vi mener heller at vi bør stole på at kommunene selv vet hvordan de best organiserer skolen.',
    terms: ['bemanningsnormene', 'Lærernormen'],
    positions: ['ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer'],
  },
  {
    party: 'Sp',
    text: 'Vi trenger raskere utbygging av bredbånd og mobilnett i distriktene. Mange bedrifter i min region melder at dårlig mobildekning er det største hinderet for vekst. Det må også satses på fylkesveiene, der vedlikeholdsetterslepet bare vokser.',
    terms: ['bredbånd', 'mobilnett', 'mobildekning', 'fylkesveiene', 'vedlikeholdsetterslepet'],
    positions: ['ks-2021:bygge-ut-digital-infrastruktur-i-hele', 'ks-2021:sikre-god-infrastruktur-i-hele-landet'],
  },
  {
    party: 'SV',
    text: 'Barnefattigdom er en av de største urettferdighetene i Norge i dag. Vi vil ha et gratis fritidskort for alle barn og unge, og vi vil styrke barnevernet i kommunene ved å følge opp barnevernsreformen.',
    terms: ['Barnefattigdom', 'fritidskort', 'barnevernet', 'barnevernsreformen'],
    positions: [
      'ks-2021:utvikle-tiltak-og-strategier-mot-barnefattigdom',
      'ks-2021:folge-opp-barnevernreformens-mal-om-mer',
    ],
  },
  {
    party: 'MDG',
    text: 'Klimatilpasning handler om å beskytte folk og hjem. Kommunene trenger mer kunnskap om overvann og kvikkleire, og de trenger penger til flomsikring før skadene skjer, ikke etterpå.',
    terms: ['Klimatilpasning', 'overvann', 'kvikkleire', 'flomsikring'],
    positions: ['ks-2021:sorge-for-relevant-og-oppdatert-kunnskap'],
  },
  {
    party: 'FrP',
    text: 'Statlig tilsyn har vokst i omfang år for år. Kommunene bruker tusenvis av timer på å besvare tilsyn i stedet for å yte tjenester til innbyggerne. Vi må redusere tilsynstrykket.',
    terms: ['Statlig tilsyn', 'tilsyn', 'tilsynstrykket'],
    positions: ['ks-2021:redusere-tilsynstrykket-for-kommuner-og-fylkeskommuner'],
  },
  {
    party: 'KrF',
    text: 'Vi må gi bedre hjelp til eldre som vil bo hjemme lenger. Velferdsteknologi og boligtilpasning kan gjøre det mulig, og Husbanken må få en tydeligere rolle i dette arbeidet.',
    terms: ['Velferdsteknologi', 'boligtilpasning', 'Husbanken'],
    positions: ['ks-2021:stimulere-til-at-bade-eldre-og'],
  },
  {
    party: 'V',
    text: 'Venstre vil ha færre øremerkede tilskudd og større frihet for lokale folkevalgte. Det er lokaldemokratiet som best kjenner innbyggernes behov, ikke departementene.',
    terms: ['øremerkede tilskudd'],
    positions: ['ks-2021:sorge-for-en-kommuneokonomi-som-gir'],
  },
  {
    party: 'R',
    text: 'Rødt mener at private barnehager ikke skal kunne ta ut store overskudd. Pensjonspåslaget må strammes inn, og kommunene må få styre hvor nye barnehager blir bygget.',
    terms: ['private barnehager', 'Pensjonspåslaget'],
    positions: [
      'ks-2021:sorge-for-okonomiske-og-juridiske-rammevilkar',
      'ks-2021:sorge-for-at-lokale-folkevalgte-fortsatt',
    ],
  },
  {
    party: 'A',
    text: 'Takk for et godt innlegg. Jeg vil bare minne om at dette er en sak der vi har stor grad av enighet i komiteen, og jeg ser fram til det videre arbeidet med saken.',
    terms: [],
    positions: [],
  },
  {
    party: 'statsråd',
    text: 'Regjeringen vil i kommuneproposisjonen komme tilbake med en vurdering av integreringstilskuddet og bosettingen av flyktninger i årene framover.',
    terms: ['kommuneproposisjonen', 'integreringstilskuddet', 'bosettingen av flyktninger'],
    positions: ['ks-2021:sorge-for-en-kommuneokonomi-som-gir', 'ks-2021:legge-til-rette-for-mer-stabil'],
  },
];

const NAMES = [
  'Kari Aasen',
  'Ola Bergstrøm',
  'Ingrid Dahle',
  'Per Eidsvoll',
  'Sigrid Fjeld',
  'Lars Gjerde',
  'Marte Haugland',
  'Knut Iversby',
];
/** A sitting: speeches under one agenda item ("sak"). */
const PER_ITEM = 24;

/** @typedef {{ party: string | null, text: string, terms: string[], positions: string[] }} Speech */

/** @param {number} i */
function time(i) {
  const s = 36_000 + i * 17;
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** Form fields and other parts of a page that are never highlighted, with KS terms in them. */
const EXCLUDED = `
    <form class="sok" action="/sok" aria-label="Søk i referatet">
      <input type="search" name="q" value="bemanningsnormene og lærernormen">
      <textarea name="merknad" rows="2" cols="60">Merknad om barnefattigdom og fritidskort</textarea>
    </form>
    <div class="kladd" contenteditable="true">Kladd: kvikkleire og flomsikring</div>
    <div hidden>Skjult: velferdsteknologi og boligtilpasning</div>
    <script>window.referatTema = ['bredbånd', 'mobildekning', 'integreringstilskuddet'];</script>`;

/** @type {{ html: string, texts: string[], positions: string[], speechChars: number } | null} */
let cached = null;

/** The page's HTML and, in document order, every highlight the extension must paint on it. */
export function bigPage() {
  if (cached) return cached;
  const body = [];
  const texts = [];
  const positions = new Set();
  let chars = 0;
  let item = 0;
  for (let i = 0; chars < BIG_PAGE_CHARS; i++) {
    if (i % PER_ITEM === 0) {
      item += 1;
      if (item > 1) body.push('    </section>');
      body.push(`    <section class="sak" id="sak${item}">`, `      <h2>Sak nr. ${item} [${time(i)}]</h2>`);
      if (item === 20) body.push(EXCLUDED);
    }
    const speech = /** @type {Speech} */ (SPEECHES[i % SPEECHES.length]);
    const text = speech.text.replace('{n}', String(item));
    const who =
      speech.party === null
        ? 'Presidenten'
        : speech.party === 'statsråd'
          ? `Statsråd ${NAMES[i % NAMES.length]}`
          : `${NAMES[i % NAMES.length]} (${speech.party}) [${time(i)}]`;
    body.push(`      <p><strong>${who}:</strong> ${text}</p>`);
    chars += who.length + 2 + text.length;
    texts.push(...speech.terms);
    for (const p of speech.positions) positions.add(p);
  }
  body.push('    </section>', EXCLUDED);
  const html = `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- Generated for Standpunkt's tests (e2e/harness/big-page.mjs): fictitious minutes in the style of a
       Stortinget "Referat"; not copied from stortinget.no. -->
  <title>Referat – Møte torsdag den 12. juni 2025 – Stortinget (testside)</title>
  <style>
    body { margin: 0; font-family: Georgia, 'DejaVu Serif', serif; color: #1d1d1b; background: #fff; }
    .site-header { background: #1f3a5f; color: #fff; padding: 12px 24px; font-family: Arial, sans-serif; }
    .site-header a { color: #fff; font-weight: bold; text-decoration: none; }
    main { max-width: 760px; margin: 0 auto; padding: 16px 24px 64px; line-height: 1.55; }
    h2 { font-family: Arial, sans-serif; font-size: 18px; margin-top: 28px; }
  </style>
</head>
<body>
  <header class="site-header"><a href="/">Stortinget</a></header>
  <main>
    <p>Testside for Standpunkt. Referatet er skrevet for testing og er ikke et ekte stortingsreferat.</p>
    <h1>Møte torsdag den 12. juni 2025 kl. 10</h1>
${body.join('\n')}
  </main>
</body>
</html>
`;
  cached = { html, texts, positions: [...positions].sort(), speechChars: chars };
  return cached;
}

/** Fixture files made on request: path under e2e/fixtures/ → HTML. */
export const GENERATED_PAGES = {
  [BIG_PAGE_FILE]: () => bigPage().html,
};
