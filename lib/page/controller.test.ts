// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bundle } from '../data/bundle';
import { compiledLexicon } from '../lexicon';
import { compileLexicon } from '../lexicon/compile';
import type { PageMatchReport } from './report';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { createCard } from '../card';
import { createOverviewStrip } from './overview-strip';
import { PassageList } from './passage-list';
import { clipboardPayload } from '../copy';
import { createPageController } from './controller';
import { writeClipboard } from '../copy/clipboard';

const NORMS = 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer';
const OBJECTIONS = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';

function setup(html: string, settings = DEFAULT_SETTINGS, lexicon = compiledLexicon()) {
  document.body.innerHTML = html;
  const reports: PageMatchReport[] = [];
  const controller = createPageController({
    doc: document,
    lexicon,
    positions: bundle.positions,
    documents: bundle.documents,
    settings,
    report: (r) => reports.push(r),
    showMore: () => {},
    loadCardUi: async () => ({
      createCard,
      writeClipboard,
      createPassageList: (o) => new PassageList(o),
      createOverviewStrip,
    }),
    copyPayload: async (id) => {
      const p = bundle.positions.find((x) => x.id === id)!;
      return clipboardPayload(p, bundle.documents[0]!, 'plain');
    },
    debounceMs: 10,
    maxWaitMs: 50,
  });
  return { controller, reports };
}

const marks = () => [...document.querySelectorAll('mark[data-standpunkt-mark]')].map((m) => m.textContent);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('page controller', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('highlights, reports ranked positions with their words, and turns off and on', async () => {
    const { controller } = setup(
      '<p>Statlige innsigelser og nye bemanningsnormer i skolen. Flere innsigelser kom.</p>',
    );
    await controller.start();
    expect(marks()).toEqual(['innsigelser', 'bemanningsnormer', 'innsigelser']);
    const report = controller.report();
    expect(report.positionCount).toBe(2);
    expect(report.positions[0]).toMatchObject({ id: OBJECTIONS, count: 2, words: ['innsigelser'] });
    expect(report.positions[1]).toMatchObject({ id: NORMS, count: 1 });

    await controller.setEnabled(false);
    expect(marks()).toEqual([]);
    expect(controller.report()).toMatchObject({ enabled: false, positionCount: 0 });
    await controller.command('toggle-highlights');
    expect(marks()).toHaveLength(3);
    controller.destroy();
  });

  it('reports what the page is about; a passing mention stays highlighted, listed apart', async () => {
    const lexicon = compileLexicon([
      { position: OBJECTIONS, chapter: 1, terms: [{ t: 'innsigelse', compound: 'first' }] },
      { position: NORMS, chapter: 1, terms: [{ t: 'bemanningsnorm', compound: 'first', weight: 0.4 }] },
    ]);
    const { controller } = setup(
      '<h2>Innsigelser</h2><p>Fylket fremmet innsigelse til planen.</p><h2>Annet</h2><p>Skolen viste til bemanningsnormen.</p>',
      DEFAULT_SETTINGS,
      lexicon,
    );
    await controller.start();
    expect(marks()).toEqual(['Innsigelser', 'innsigelse', 'bemanningsnormen']);
    const report = controller.report();
    expect(report.positions.map((p) => p.id)).toEqual([OBJECTIONS]);
    expect(report.positionCount).toBe(1);
    expect(report.mentions.map((p) => p.id)).toEqual([NORMS]);
    controller.destroy();
  });

  it('hides chapters the user turned off', async () => {
    const { controller } = setup('<p>Innsigelser og bosetting av flyktninger.</p>', {
      ...DEFAULT_SETTINGS,
      hiddenChapters: ['ks-2021#4'],
    });
    await controller.start();
    expect(marks()).toEqual(['Innsigelser']);
    await controller.updateSettings({ ...DEFAULT_SETTINGS, hiddenChapters: [] });
    expect(marks()).toEqual(['Innsigelser', 'bosetting av flyktninger']);
    controller.destroy();
  });

  it('keeps up with a live page: new content is highlighted, changed content loses stale marks', async () => {
    const { controller, reports } = setup('<div id="feed"><p id="first">Om innsigelser.</p></div>');
    await controller.start();
    const p = document.createElement('p');
    p.textContent = 'Nytt avsnitt om bemanningsnormer.';
    document.getElementById('feed')!.append(p);
    document.getElementById('first')!.textContent = 'Ingenting her lenger.';
    await wait(120);
    await controller.scanner.rescan([]); // let the queued rescan finish
    expect(marks()).toEqual(['bemanningsnormer']);
    await wait(400);
    expect(reports.at(-1)!.positions.map((p) => p.id)).toEqual([NORMS]);
    controller.destroy();
  });

  it('a change noted just before highlighting is turned off is not painted while off', async () => {
    const { controller } = setup('<div id="feed"><p id="first">Om innsigelser.</p></div>');
    await controller.start();
    const p = document.createElement('p');
    p.textContent = 'Nytt avsnitt om bemanningsnormer.';
    document.getElementById('feed')!.append(p);
    await wait(0); // the mutation is noted; its rescan waits for the debounce
    await controller.setEnabled(false);
    await wait(150);
    await controller.scanner.rescan([]);
    expect(marks()).toEqual([]);
    await controller.setEnabled(true);
    expect(marks()).toEqual(['innsigelser', 'bemanningsnormer']);
    controller.destroy();
  });

  it('next and previous step through the highlights in document order, wrapping at both ends', async () => {
    Element.prototype.scrollIntoView = () => {};
    const { controller } = setup('<p>Innsigelser først.</p><p>Så bemanningsnormer.</p><p>Og innsigelse igjen.</p>');
    await controller.start();
    const focused = () => document.querySelector('mark[data-standpunkt-focus]')?.textContent ?? null;
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await controller.command('next-highlight');
      seen.push(focused());
    }
    expect(seen).toEqual(['Innsigelser', 'bemanningsnormer', 'innsigelse', 'Innsigelser']);
    await controller.command('previous-highlight');
    expect(focused()).toBe('innsigelse');
    controller.destroy();
  });

  it('reveals the n-th occurrence of a position, wrapping around', async () => {
    const { controller } = setup('<p>innsigelser</p><p>bemanningsnorm</p><p>innsigelse</p>');
    Element.prototype.scrollIntoView = () => {};
    await controller.start();
    expect(controller.reveal(OBJECTIONS, 0)).toEqual({ index: 0, total: 2 });
    expect(controller.reveal(OBJECTIONS, 3)).toEqual({ index: 1, total: 2 });
    expect(document.querySelector('mark[data-standpunkt-focus]')!.textContent).toBe('innsigelse');
    expect(controller.reveal('ks-2021:finnes-ikke', 0)).toEqual({ index: 0, total: 0 });
    controller.destroy();
  });
});

describe('page controller and its own UI', () => {
  it('does not rescan when only our card comes and goes', async () => {
    const { controller } = setup('<p>Om innsigelser.</p>');
    await controller.start();
    const before = controller.scanner.allHits();
    const host = document.createElement('standpunkt-card');
    host.setAttribute('data-standpunkt-ui', '');
    document.documentElement.append(host);
    await wait(120);
    host.remove();
    await wait(120);
    expect(controller.scanner.allHits()).toEqual(before);
    expect(controller.scanner.allHits()[0]).toBe(before[0]);
    controller.destroy();
  });
});

describe('page controller and the card (issue 12)', () => {
  it('passes the card its strings, the source link and the note; a note saved from the card shows at once', async () => {
    Element.prototype.scrollIntoView = () => {};
    document.body.innerHTML = '<p>Om innsigelser og mer.</p>';
    const saved: [string, string][] = [];
    const controller = createPageController({
      doc: document,
      lexicon: compiledLexicon(),
      positions: bundle.positions,
      documents: bundle.documents,
      settings: DEFAULT_SETTINGS,
      cardStrings: { source: 'Kjelde', writeNote: 'Skriv notat', editNote: 'Endre notat' },
      report: () => {},
      showMore: () => {},
      saveNote: async (id, text) => (saved.push([id, text]), true),
      // An open shadow root, so the test can read the card.
      loadCardUi: async () => ({
        createCard: (doc, o) => createCard(doc, { ...o, shadowMode: 'open' }),
        writeClipboard,
        createPassageList: (o) => new PassageList(o),
        createOverviewStrip,
      }),
      copyPayload: async () => ({ 'text/plain': '' }),
      debounceMs: 10,
      maxWaitMs: 50,
    });
    await controller.start();
    const openCard = async () => {
      await controller.command('next-highlight');
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await wait(20);
      return document.querySelector('standpunkt-card')!.shadowRoot!;
    };
    let root = await openCard();
    expect(root.querySelector('.source')!.textContent).toMatch(/^Kjelde: KS, «Kommunesektorens/);
    expect(root.querySelector('.source a')!.getAttribute('href')).toBe(bundle.documents[0]!.url);
    root.querySelector<HTMLButtonElement>('button.note-edit')!.click();
    root.querySelector('textarea')!.value = 'Fra kortet';
    root.querySelector<HTMLFormElement>('form.editor')!.requestSubmit();
    await wait(10);
    expect(saved).toEqual([[OBJECTIONS, 'Fra kortet']]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    root = await openCard();
    expect(root.querySelector('.note')!.textContent).toBe('Ditt notat: Fra kortet');
    expect(root.querySelector('button.note-edit')!.textContent).toBe('Endre notat');
    controller.destroy();
  });
});
