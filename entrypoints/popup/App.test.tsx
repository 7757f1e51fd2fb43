// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAccessibility } from '@/components/a11y-check';
import type { PageState } from '@/components/PageSection';
import { doc, klima, norm } from '@/components/test-data';
import { useLocale } from '@/components/test-i18n';
import type { ClipboardPayload } from '@/lib/copy';
import type { PageMatchReport } from '@/lib/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { App, type AppServices, type Catalog, type PageService } from './App';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

const barnehage = {
  ...norm,
  id: 'ks-2021:flere-barnehagelaerere',
  chapter: 'Styrke tidlig og samordnet innsats for barn og unge',
  chapterIndex: 6,
  title: 'Utdanne flere barnehagelærere.',
  body: 'Mange kommuner mangler barnehagelærer.',
  order: 60,
};

function catalog(settings: Partial<Settings> = {}, notes: Record<string, string> = {}): Catalog {
  return {
    positions: [norm, klima, barnehage],
    info: { datasetVersion: 'v1', documents: [doc], chapterCount: 3, positionCount: 3 },
    settings: { ...DEFAULT_SETTINGS, ...settings },
    notes,
    searchTerms: { [klima.id]: ['overvann'] },
  };
}

const report: PageMatchReport = {
  url: 'http://www.stortinget.no/sak',
  enabled: true,
  positionCount: 2,
  positions: [
    { id: klima.id, score: 9, count: 3, words: ['klimatilpasning', 'overvann'] },
    { id: norm.id, score: 2, count: 1, words: ['bemanningsnorm'] },
  ],
  mentions: [],
};

function page(state: PageState, overrides: Partial<PageService> = {}): PageService {
  return {
    load: vi.fn(async () => state),
    reveal: vi.fn(async (_id: string, occurrence: number) => ({ index: occurrence, total: 3 })),
    setHighlighting: vi.fn(async (enabled: boolean) => enabled),
    enableSite: vi.fn(async () => 'enabled' as const),
    ...overrides,
  };
}

function services(overrides: Partial<AppServices> = {}): AppServices & { writeClipboard: ReturnType<typeof vi.fn> } {
  return {
    loadCatalog: async () => catalog(),
    writeClipboard: vi.fn(async (_p: ClipboardPayload) => true),
    refreshMs: 0,
    ...overrides,
  } as AppServices & { writeClipboard: ReturnType<typeof vi.fn> };
}

describe('popup: the page', () => {
  it('lists the positions found on the page, strongest first, above all positions by chapter', async () => {
    const { container } = render(<App services={services({ page: page({ status: 'ready', report }) })} />);
    expect(screen.getByText("Henter KS' forventninger …")).toBeTruthy();
    const onPage = await screen.findByRole('region', { name: /På denne siden/ });
    const items = within(onPage).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.positionId)).toEqual([klima.id, norm.id]);
    expect(items[0]!.querySelector('.position-meta')?.textContent).toBe(
      'klimatilpasning, overvann · 3\u00a0forekomster',
    );
    expect(within(onPage).getByText('2 forventninger, de sterkeste først. Velg en for å gå dit.')).toBeTruthy();
    const all = screen.getByRole('region', { name: 'Alle forventningene' });
    expect(within(all).getAllByRole('listitem')).toHaveLength(3);
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('reveals the next occurrence on the page on click', async () => {
    const service = page({ status: 'ready', report });
    render(<App services={services({ page: service })} />);
    const onPage = await screen.findByRole('region', { name: /På denne siden/ });
    const first = within(onPage).getByRole('button', { name: /^Gi kommunene virkemidler/ });
    fireEvent.click(first);
    fireEvent.click(first);
    await waitFor(() => expect(service.reveal).toHaveBeenCalledTimes(2));
    expect(vi.mocked(service.reveal).mock.calls).toEqual([
      [klima.id, 0],
      [klima.id, 1],
    ]);
    await waitFor(() => expect(onPage.querySelector('.position-shown')?.textContent).toContain('viser 2\u00a0av 3'));
  });

  it('says when nothing was found', async () => {
    render(
      <App
        services={services({ page: page({ status: 'ready', report: { ...report, positionCount: 0, positions: [] } }) })}
      />,
    );
    expect(await screen.findByText("Fant ingen av KS' forventninger på denne siden.")).toBeTruthy();
  });

  it('offers to turn Standpunkt on for another site, and asks the page again after', async () => {
    const loads: PageState[] = [
      { status: 'inactive', reason: 'offer', host: 'www.ks.no' },
      { status: 'ready', report },
    ];
    const service = page(loads[0]!, {
      load: vi.fn(async (): Promise<PageState> => loads.shift() ?? { status: 'ready', report }),
    });
    const { container } = render(<App services={services({ page: service })} />);
    expect(await screen.findByText('Standpunkt er ikke slått på for dette nettstedet.')).toBeTruthy();
    expect(await checkAccessibility(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Slå på Standpunkt for www.ks.no' }));
    await waitFor(() => expect(service.enableSite).toHaveBeenCalledWith('www.ks.no'));
    await screen.findByRole('region', { name: /På denne siden \(2\)/ }, { timeout: 2000 });
  });

  it('says so when the browser refused the permission', async () => {
    render(
      <App
        services={services({
          page: page(
            { status: 'inactive', reason: 'offer', host: 'www.ks.no' },
            { enableSite: vi.fn(async () => 'denied' as const) },
          ),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Slå på Standpunkt for www.ks.no' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nettleseren ga ikke tilgang. Standpunkt er ikke slått på.',
    );
  });

  it.each([
    ['unsupported', 'Standpunkt virker bare på vanlige nettsider.'],
    ['reload', 'Standpunkt har ikke lest denne siden ennå. Last inn siden på nytt.'],
  ] as const)('explains a %s page without offering to enable it', async (reason, text) => {
    render(<App services={services({ page: page({ status: 'inactive', reason, host: 'www.stortinget.no' }) })} />);
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Slå på Standpunkt/ })).toBeNull();
  });

  it('turns highlighting back on when the page has it off', async () => {
    const service = page({ status: 'ready', report: { ...report, enabled: false } });
    render(<App services={services({ page: service })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Slå på markering' }));
    await waitFor(() => expect(service.setHighlighting).toHaveBeenCalledWith(true));
  });
});

describe('popup: search', () => {
  it('finds as you type, marks the words, and goes back to browsing when cleared', async () => {
    const { container } = render(<App services={services({ page: page({ status: 'ready', report }) })} />);
    const box = await screen.findByRole('searchbox', { name: "Søk i KS' forventninger" });
    await screen.findByRole('region', { name: 'Alle forventningene' });
    fireEvent.input(box, { target: { value: 'barnehagelaerer' } });
    const results = await screen.findByRole('region', { name: 'Søkeresultater' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((li) => li.dataset.positionId),
    ).toEqual([barnehage.id]);
    expect([...results.querySelectorAll('.position-title mark')].map((m) => m.textContent)).toEqual(['barnehagelærer']);
    expect(within(results).getByRole('status').textContent).toBe('1\u00a0treff');
    expect(screen.queryByRole('region', { name: /På denne siden/ })).toBeNull();
    expect(await checkAccessibility(container)).toEqual([]);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toContain('Utdanne flere barnehagelærere.');
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });

    fireEvent.keyDown(box, { key: 'Escape' });
    await screen.findByRole('region', { name: 'Alle forventningene' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('searches the terms and says when nothing matches', async () => {
    render(<App services={services()} />);
    const box = await screen.findByRole('searchbox');
    await screen.findByRole('region', { name: 'Alle forventningene' });
    fireEvent.input(box, { target: { value: 'overvann' } });
    const results = await screen.findByRole('region', { name: 'Søkeresultater' });
    expect(results.querySelector('.position-terms')?.textContent).toBe('Ord: overvann');
    fireEvent.input(box, { target: { value: 'xyzzyqq' } });
    expect(await screen.findByText('Ingen treff for «xyzzyqq».')).toBeTruthy();
  });

  it('opens with a query from the context menu', async () => {
    render(<App services={services({ initialQuery: 'klimatilpasning' })} />);
    const results = await screen.findByRole('region', { name: 'Søkeresultater' });
    expect(within(results).getAllByRole('listitem')[0]!.dataset.positionId).toBe(klima.id);
  });

  it('takes a new query while open (side panel)', async () => {
    let push: (q: string) => void = () => {};
    render(<App services={services({ subscribeQuery: (on) => ((push = on), () => {}) })} />);
    await screen.findByRole('region', { name: 'Alle forventningene' });
    push('bemanningsnormer');
    expect(await screen.findByRole('region', { name: 'Søkeresultater' })).toBeTruthy();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('bemanningsnormer');
  });
});

describe('popup: copy', () => {
  async function copyFirst(s: AppServices) {
    render(<App services={s} />);
    await screen.findByRole('region', { name: 'Alle forventningene' });
    fireEvent.click(screen.getByRole('button', { name: `Kopier «${norm.title}»` }));
  }

  it('copies in the default format from the settings and confirms in the live region', async () => {
    const s = services({ loadCatalog: async () => catalog({ copyFormat: 'markdown' }) });
    await copyFirst(s);
    await waitFor(() => expect(s.writeClipboard).toHaveBeenCalledTimes(1));
    const payload = s.writeClipboard.mock.calls[0]![0] as ClipboardPayload;
    expect(payload['text/plain']).toMatch(/^\*\*KS mener: Unngå nye/);
    expect(payload['text/html']).toBeUndefined();
    const status = screen.getAllByRole('status').find((el) => el.classList.contains('announcer-text'))!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(status.textContent).toBe('Kopiert som Markdown!'));
  });

  it('copies HTML with a plain fallback, and the note only when the settings say so', async () => {
    const withNote = services({
      loadCatalog: async () => catalog({ copyFormat: 'html', copyIncludesNote: true }, { [norm.id]: 'Mitt notat' }),
    });
    await copyFirst(withNote);
    await waitFor(() => expect(withNote.writeClipboard).toHaveBeenCalled());
    const payload = withNote.writeClipboard.mock.calls[0]![0] as ClipboardPayload;
    expect(payload['text/html']).toContain('<strong>Egen merknad:</strong> Mitt notat');
    expect(payload['text/plain']).toContain(
      '(Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, kapittel «Gi større rom for lokaldemokratiet»)',
    );
    cleanup();

    const withoutNote = services({
      loadCatalog: async () => catalog({ copyIncludesNote: false }, { [norm.id]: 'Mitt notat' }),
    });
    await copyFirst(withoutNote);
    await waitFor(() => expect(withoutNote.writeClipboard).toHaveBeenCalled());
    expect((withoutNote.writeClipboard.mock.calls[0]![0] as ClipboardPayload)['text/plain']).not.toContain(
      'Mitt notat',
    );
  });

  it('says clearly when the clipboard is refused and offers the text to copy by hand', async () => {
    const s = services({
      writeClipboard: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))),
    });
    const { container } = render(<App services={s} />);
    await screen.findByRole('region', { name: 'Alle forventningene' });
    fireEvent.click(screen.getByRole('button', { name: `Kopier «${norm.title}»` }));
    await waitFor(() =>
      expect(container.querySelector('.announcer-error')?.textContent).toMatch(
        /^Nettleseren nektet tilgang til utklippstavlen/,
      ),
    );
    const manual = screen.getByRole('textbox', { name: 'Teksten som skulle kopieres' }) as HTMLTextAreaElement;
    expect(manual.value).toMatch(/^KS mener: Unngå nye og utvidede bindende bemanningsnormer\./);
    expect(screen.queryByText('Kopiert!')).toBeNull();
    expect(await checkAccessibility(container)).toEqual([]);
  });
});

describe('popup: states and languages', () => {
  it('shows the store error instead of an empty list', async () => {
    render(
      <App
        services={services({
          loadCatalog: () => Promise.reject(new Error('Could not open the Standpunkt store: quota')),
        })}
      />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Klarte ikke å hente KS' forventninger");
    expect(alert.textContent).toContain('Could not open the Standpunkt store: quota');
  });

  it('says the store is empty when it is', async () => {
    render(<App services={services({ loadCatalog: async () => ({ ...catalog(), positions: [] }) })} />);
    expect((await screen.findByText(/Lageret er tomt/)).textContent).toMatch(/Lageret er tomt/);
  });

  it('speaks nynorsk with the nynorsk messages', async () => {
    useLocale('nn');
    render(<App services={services({ page: page({ status: 'ready', report }) })} />);
    expect(await screen.findByRole('region', { name: /På denne sida/ })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Søk i forventningane til KS' })).toBeTruthy();
    expect(screen.getAllByText('3 førekomstar').length).toBeGreaterThan(0);
  });

  it('offers the side panel and the options when the view can open them', async () => {
    const openOptions = vi.fn();
    const openSidePanel = vi.fn();
    render(<App services={services({ openOptions, openSidePanel })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Innstillinger' }));
    fireEvent.click(screen.getByRole('button', { name: 'Åpne i sidepanelet' }));
    expect(openOptions).toHaveBeenCalled();
    expect(openSidePanel).toHaveBeenCalled();
  });
});

describe('popup: a position from the page', () => {
  it('shows the position the hover card asked for first, expanded', async () => {
    const { container } = render(<App services={services({ focusPositionId: klima.id })} />);
    const focus = await screen.findByRole('region', { name: 'Valgt forventning' });
    expect(
      within(focus)
        .getByRole('button', { name: /^Gi kommunene virkemidler/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(within(focus).getByText('Overvann og flom krever nye verktøy.')).toBeTruthy();
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('takes the next position while open (side panel): clears a search, expands it and moves focus to it', async () => {
    let push: (id: string) => void = () => {};
    render(
      <App services={services({ initialQuery: 'overvann', subscribePosition: (on) => ((push = on), () => {}) })} />,
    );
    await screen.findByRole('region', { name: 'Søkeresultater' });
    push(barnehage.id);
    const focus = await screen.findByRole('region', { name: 'Valgt forventning' });
    const entry = within(focus).getByRole('button', { name: /^Utdanne flere barnehagelærere/ });
    expect(entry.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(entry));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    push(klima.id);
    await waitFor(() =>
      expect(
        within(focus)
          .getByRole('button', { name: /^Gi kommunene virkemidler/ })
          .getAttribute('aria-expanded'),
      ).toBe('true'),
    );
    expect(within(focus).queryByRole('button', { name: /^Utdanne flere/ })).toBeNull();
  });
});
