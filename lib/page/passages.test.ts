// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { bundle } from '../data/bundle';
import { compileLexicon } from '../lexicon/compile';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { createPageController, type PageController } from './controller';
import { createOverviewStrip } from './overview-strip';
import { PassageList } from './passage-list';
import { buildPassages } from './passages';

const NORMS = 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer';
const OBJECTIONS = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';
const INNSTILLING =
  'https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2025-2026/inns-test/';

const lexicon = compileLexicon([
  { position: OBJECTIONS, chapter: 1, terms: [{ t: 'innsigelse', compound: 'first' }] },
  { position: NORMS, chapter: 1, terms: [{ t: 'bemanningsnorm', compound: 'first' }] },
]);

let controller: PageController | null = null;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function open(html: string, url = 'https://example.test/side'): Promise<PageController> {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  controller = createPageController({
    doc: document,
    lexicon,
    positions: bundle.positions,
    documents: bundle.documents,
    settings: DEFAULT_SETTINGS,
    report: () => {},
    showMore: () => {},
    // The passages' code comes with the card's; the card itself is not shown here.
    loadCardUi: async () => ({
      createCard: () => {
        throw new Error('no card in this test');
      },
      writeClipboard: async () => false,
      createPassageList: (o) => new PassageList(o),
      createOverviewStrip,
    }),
    copyPayload: () => Promise.reject(new Error('no copy in this test')),
    debounceMs: 10,
    maxWaitMs: 50,
  });
  await controller.start();
  return controller;
}

afterEach(() => {
  controller?.destroy();
  controller = null;
  document.body.innerHTML = '';
});

describe('page passages', () => {
  it('lists passages in page order with heading, snippet, mark and paragraph', async () => {
    const long = 'Kommunene trenger forutsigbare rammer for planleggingen sin. '.repeat(6);
    const c = await open(`
      <h1>Innstilling om kommuneøkonomi</h1>
      <h2>2.1 Innsigelser</h2>
      <p>${long}Statlige myndigheter fremmer for mange innsigelser til kommunale planer. ${long}</p>
      <div><h3>2.2 Bemanningsnormer</h3></div>
      <section><p>Nye bemanningsnormer binder kommunenes prioriteringer.</p></section>`);
    const answer = await c.passages();
    expect(answer.truncated).toBe(false);
    // A hit in a heading is a passage too; its heading is itself.
    expect(answer.passages.map((p) => [p.index, p.positionId, p.heading])).toEqual([
      [0, OBJECTIONS, '2.1 Innsigelser'],
      [1, OBJECTIONS, '2.1 Innsigelser'],
      [2, NORMS, '2.2 Bemanningsnormer'],
      [3, NORMS, '2.2 Bemanningsnormer'],
    ]);
    expect(answer.passages[0]!.snippet).toBe('2.1 Innsigelser');
    const [, first, , second] = answer.passages;
    expect(first!.snippet.slice(first!.mark.start, first!.mark.end)).toBe('innsigelser');
    expect(first!.snippet.length).toBeLessThanOrEqual(210);
    expect(first!.snippet).toMatch(/^….*…$/);
    expect(first!.paragraph).toContain('Statlige myndigheter fremmer for mange innsigelser');
    expect(first!.speaker).toBeNull(); // not an innstilling
    expect(second!.snippet).toBe('Nye bemanningsnormer binder kommunenes prioriteringer.');
  });

  it('takes a short block without closing punctuation for a heading, and a proposal line not', async () => {
    const c = await open(`
      <p><strong>Plan og bygg</strong></p>
      <p>Fylket fremmet innsigelse til planen.</p>
      <p>Forslag fra Høyre:</p>
      <p>Forslag 1</p>
      <p>Stortinget ber regjeringen begrense bruken av innsigelse.</p>`);
    expect((await c.passages()).passages.map((p) => p.heading)).toEqual(['Plan og bygg', 'Plan og bygg']);
  });

  it('gives one passage per position and paragraph, marks passing mentions, and reveals a passage', async () => {
    const c = await open(`
      <h2>Plan</h2>
      <p>Fylket fremmet innsigelse, og enda en innsigelse, til planen.</p>
      <p>Staten vurderer innsigelse på <i>nytt</i>.</p>
      <h2>Annet</h2><p>Skolen viste til bemanningsnormen.</p>`);
    const answer = await c.passages();
    expect(answer.passages.map((p) => p.positionId)).toEqual([OBJECTIONS, OBJECTIONS, NORMS]);
    const reported = new Set(c.report().positions.map((p) => p.id));
    expect(reported.has(OBJECTIONS)).toBe(true);
    for (const p of answer.passages) expect(p.mention).toBe(!reported.has(p.positionId));
    // Given a report without it, the same hit is a passing mention.
    const hits = c.scanner.hitsInOrder().map((hit) => ({ hit }));
    const built = buildPassages(hits, { reported: new Set([OBJECTIONS]) });
    expect(built.passages.map((p) => p.mention)).toEqual([false, false, true]);
    expect(c.revealPassage(1)).toEqual({ index: 1, total: 3 });
    // The focused highlight is the first hit of the second paragraph.
    const focused = document.querySelector('mark[data-standpunkt-focus]');
    expect(focused?.textContent).toBe('innsigelse');
    expect(focused?.closest('p')?.textContent).toBe('Staten vurderer innsigelse på nytt.');
    expect(c.revealPassage(7)).toEqual({ index: 0, total: 0 });
    // The page changes after the list was made. A rescanned paragraph has new hit objects for the same
    // words: the passage still focuses its word. A passage whose word is gone cannot be revealed.
    document.querySelector('i')!.textContent = 'snart';
    await wait(100);
    document.querySelector('[data-standpunkt-focus]')?.removeAttribute('data-standpunkt-focus');
    expect(c.revealPassage(1)).toEqual({ index: 1, total: 3 });
    expect(document.querySelector('mark[data-standpunkt-focus]')?.closest('p')?.textContent).toBe(
      'Staten vurderer innsigelse på snart.',
    );
    document.querySelectorAll('p')[2]!.textContent = 'Skolen viste til saken.';
    await wait(100);
    expect(c.revealPassage(2)).toEqual({ index: 0, total: 0 });
  });

  it('caps the list and says so', async () => {
    const c = await open(`<p>innsigelse</p><p>innsigelse</p><p>innsigelse</p>`);
    const hits = c.scanner.hitsInOrder().map((hit) => ({ hit }));
    const built = buildPassages(hits, { reported: new Set(), max: 2 });
    expect(built.passages).toHaveLength(2);
    expect(built.truncated).toBe(true);
  });

  it('names the party group of each passage on a Stortinget innstilling', async () => {
    const c = await open(
      `<h2>2. Komiteens merknader</h2>
       <p>Komiteens flertall, medlemmene fra Arbeiderpartiet, Senterpartiet og Sosialistisk Venstreparti, viser til at
          staten bruker innsigelse for ofte.</p>
       <p>Komiteens medlemmer fra Høyre og Fremskrittspartiet mener nye bemanningsnormer må unngås.</p>
       <p>Flertallet mener bemanningsnormer kan være riktig.</p>`,
      INNSTILLING,
    );
    const speakers = (await c.passages()).passages.map((p) => [p.positionId, p.speaker?.kind, p.speaker?.parties]);
    expect(speakers).toEqual([
      [OBJECTIONS, 'majority', ['A', 'Sp', 'SV']],
      [NORMS, 'party', ['H', 'FrP']],
      [NORMS, 'majority', ['A', 'Sp', 'SV']],
    ]);
  });

  it('names no group on the same text elsewhere than on an innstilling page', async () => {
    const c = await open(
      `<p>Komiteens medlemmer fra Høyre mener nye bemanningsnormer må unngås.</p>`,
      'https://www.regjeringen.no/no/dokumenter/prop/id1/',
    );
    expect((await c.passages()).passages.map((p) => p.speaker)).toEqual([null]);
  });
});

describe('the card’s group line', () => {
  it('names the group of the paragraph a highlight is in, short form', async () => {
    const c = await open(
      `<h2>2. Komiteens merknader</h2>
       <p>Komiteens flertall, medlemmene fra Arbeiderpartiet, Senterpartiet og Sosialistisk Venstreparti, viser til at
          staten bruker innsigelse for ofte.</p>
       <p>Fleirtalet meiner òg at innsigelse må brukast sjeldnare.</p>`,
      INNSTILLING,
    );
    const list = new PassageList({ doc: document, stops: () => [], reported: () => new Set(), focus: () => {} });
    const [first, second] = c.scanner.hitsInOrder();
    expect(list.groupOf(first!)).toBe('Flertallet (A, Sp, SV)');
    expect(list.groupOf(second!, 'nn')).toBe('Fleirtalet (A, Sp, SV)');
  });
});
