// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAccessibility } from '@/components/a11y-check';
import { doc, klima, norm, twoPositionReport } from '@/components/test-data';
import { useLocale } from '@/components/test-i18n';
import type { ClipboardPayload } from '@/lib/copy';
import type { PagePassages } from '@/lib/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { App, type AppServices, type PageService } from './App';

// The note for the report from the popup: built from the tab's passages (a fake page service here).
beforeEach(() => useLocale('nb'));
afterEach(cleanup);

const report = twoPositionReport('https://www.stortinget.no/sak');

const passages: PagePassages = {
  url: 'https://www.stortinget.no/sak',
  title: 'Innst. 418 S',
  truncated: false,
  passages: [
    {
      index: 0,
      positionId: klima.id,
      heading: '2.1 Klimatilpasning',
      snippet: 'Flertallet vil styrke klimatilpasning',
      mark: { start: 22, end: 37 },
      paragraph: 'Flertallet vil styrke klimatilpasning i kommunene.',
      speaker: { kind: 'majority', parties: ['A', 'Sp'], label: 'Komiteens flertall' },
      mention: false,
    },
  ],
};

function services(pageOverrides: Partial<PageService> = {}) {
  const page: PageService = {
    load: vi.fn(async () => ({ status: 'ready' as const, report })),
    reveal: vi.fn(async () => ({ index: 0, total: 1 })),
    setHighlighting: vi.fn(async (on: boolean) => on),
    enableSite: vi.fn(async () => 'enabled' as const),
    passages: vi.fn(async () => passages),
    ...pageOverrides,
  };
  const writeClipboard = vi.fn(async (_p: ClipboardPayload) => true);
  const s: AppServices = {
    loadCatalog: async () => ({
      positions: [norm, klima],
      info: { datasetVersion: 'v1', documents: [doc], chapterCount: 2, positionCount: 2 },
      settings: DEFAULT_SETTINGS,
      notes: { [norm.id]: 'Min merknad.' },
      searchTerms: {},
    }),
    page,
    writeClipboard,
    refreshMs: 0,
  };
  return { s, writeClipboard, page };
}

describe('popup: the note for the report', () => {
  it('copies the note as rich HTML with plain text, then offers Markdown and a download', async () => {
    const { s, writeClipboard } = services();
    const { container } = render(<App services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lag notat fra siden' }));
    await screen.findByText('Notatet er kopiert med formatering for Word og Outlook.');
    const payload = writeClipboard.mock.calls[0]![0];
    expect(payload['text/html']).toContain('<h1>Innst. 418 S</h1>');
    const plain = payload['text/plain'];
    expect(plain.startsWith('Innst. 418 S\nAdresse: https://www.stortinget.no/sak\nDato: ')).toBe(true);
    expect(plain).toContain(`1. ${klima.title}`);
    expect(plain).toContain(
      '2.1 Klimatilpasning\nFlertallet (A, Sp):\n«Flertallet vil styrke klimatilpasning i kommunene.»',
    );
    expect(plain).toContain(`2. ${norm.title}`);
    expect(plain).toContain('Egen merknad: Min merknad.');
    expect(await checkAccessibility(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Kopier som Markdown' }));
    await screen.findByText('Notatet er kopiert som Markdown.');
    const md = writeClipboard.mock.calls[1]![0];
    expect(Object.keys(md)).toEqual(['text/plain']);
    expect(md['text/plain'].startsWith('# Innst. 418 S\n\n')).toBe(true);

    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:note'));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^notat-\d{4}-\d\d-\d\d\.md$/);
      expect(this.href).toBe('blob:note');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Last ned .md' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(await created[0]!.text()).toBe(md['text/plain']);
  });

  it('says so plainly when the page does not answer, and copies nothing', async () => {
    const { s, writeClipboard } = services({ passages: vi.fn(async () => Promise.reject(new Error('no handler'))) });
    render(<App services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lag notat fra siden' }));
    await screen.findByText('Fikk ikke avsnittene fra siden. Last inn siden på nytt og prøv igjen.');
    expect(writeClipboard).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Kopier som Markdown' })).toBeNull();
  });

  it('offers no note where there is no page to ask', async () => {
    const { s } = services({ passages: undefined });
    render(<App services={s} />);
    await screen.findByRole('region', { name: /På denne siden/ });
    await waitFor(() => expect(document.querySelector('.page-positions')).not.toBeNull());
    expect(screen.queryByRole('button', { name: 'Lag notat fra siden' })).toBeNull();
  });
});

describe('popup: notes where one reads', () => {
  it('saves a note from an entry with setNote, announces it and shows it at once', async () => {
    const { s } = services();
    const saveNote = vi.fn(async () => ({ ok: true as const, value: null }));
    render(<App services={{ ...s, saveNote }} />);
    const all = await screen.findByRole('region', { name: 'Alle forventningene' });
    fireEvent.click(within(all).getByRole('button', { name: new RegExp(`^${klima.title}`) }));
    fireEvent.click(within(all).getByRole('button', { name: `Skriv notat til «${klima.title}»` }));
    fireEvent.input(within(all).getByLabelText('Ditt notat'), { target: { value: '  Viktig for høringen.  ' } });
    fireEvent.click(within(all).getByRole('button', { name: 'Lagre notat' }));
    await screen.findByText('Notatet er lagret.');
    expect(saveNote).toHaveBeenCalledWith(klima.id, '  Viktig for høringen.  ');
    expect(within(all).getByText('Viktig for høringen.')).toBeTruthy();
  });

  it('says why when the store refuses the note', async () => {
    const { s } = services();
    const saveNote = vi.fn(async () => ({ ok: false as const, problem: { code: 'quota' as const } }));
    render(<App services={{ ...s, saveNote }} />);
    const all = await screen.findByRole('region', { name: 'Alle forventningene' });
    fireEvent.click(within(all).getByRole('button', { name: new RegExp(`^${klima.title}`) }));
    fireEvent.click(within(all).getByRole('button', { name: `Skriv notat til «${klima.title}»` }));
    fireEvent.input(within(all).getByLabelText('Ditt notat'), { target: { value: 'x' } });
    fireEvent.click(within(all).getByRole('button', { name: 'Lagre notat' }));
    await screen.findByText(/ikke mer lagringsplass/);
    expect(within(all).getByLabelText<HTMLTextAreaElement>('Ditt notat').value).toBe('x');
  });
});
