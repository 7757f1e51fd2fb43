// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAccessibility } from '@/components/a11y-check';
import { doc, klima, norm, twoPositionReport } from '@/components/test-data';
import { useLocale } from '@/components/test-i18n';
import type { PagePassage, PagePassages } from '@/lib/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { App, type AppServices, type PageService } from './App';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

const other = { ...norm, id: 'ks-2021:annet', title: 'Et krav som ikke er på siden.', order: 9 };
const report = twoPositionReport('https://www.stortinget.no/inns');
const p = (index: number, positionId: string, snippet: string, heading: string): PagePassage => ({
  index,
  positionId,
  heading,
  snippet,
  mark: { start: 0, end: snippet.indexOf(' ') },
  paragraph: snippet,
  speaker: index === 0 ? { kind: 'majority', parties: ['A', 'Sp'], label: 'Komiteens flertall' } : null,
  mention: false,
});
const passages: PagePassages = {
  url: report.url,
  title: 'Innstilling',
  truncated: false,
  passages: [
    p(0, klima.id, 'Klimatilpasning krever penger.', '2.1 Klima'),
    p(1, norm.id, 'Bemanningsnormer binder kommunene.', '2.2 Normer'),
    p(2, klima.id, 'Klimatilpasning igjen.', '2.3 Mer klima'),
  ],
};

function setup() {
  const page: PageService = {
    load: vi.fn(async () => ({ status: 'ready' as const, report })),
    reveal: vi.fn(async () => ({ index: 0, total: 1 })),
    setHighlighting: vi.fn(async (on: boolean) => on),
    enableSite: vi.fn(async () => 'enabled' as const),
    passages: vi.fn(async () => passages),
    revealPassage: vi.fn(async (index: number) => ({ index, total: 3 })),
  };
  const services: AppServices = {
    loadCatalog: async () => ({
      positions: [norm, klima, other],
      info: { datasetVersion: 'v1', documents: [doc], chapterCount: 2, positionCount: 3 },
      settings: DEFAULT_SETTINGS,
      notes: {},
      searchTerms: {},
    }),
    writeClipboard: async () => true,
    refreshMs: 0,
    page,
  };
  const view = render(<App services={services} />);
  return { ...view, page };
}

const pageList = () => document.querySelector('section.page') as HTMLElement;

describe('popup: passages on this page', () => {
  it('lists each position’s passages (collapsed), with groups; a click reveals the passage', async () => {
    const { page, container } = setup();
    const klimaEntry = await waitFor(() => {
      const li = pageList().querySelector(`li[data-position-id="${klima.id}"]`) as HTMLElement;
      expect(li.querySelector('.passages-toggle')).toBeTruthy();
      return li;
    });
    expect(klimaEntry.querySelector('.group-summary')?.textContent).toContain('Flertallet (A, Sp)');
    fireEvent.click(within(klimaEntry).getByRole('button', { name: /2 avsnitt/ }));
    const items = klimaEntry.querySelectorAll('.passage');
    expect([...items].map((i) => i.querySelector('.passage-heading')?.textContent)).toEqual([
      '2.1 Klima',
      '2.3 Mer klima',
    ]);
    fireEvent.click(items[1]!);
    await waitFor(() => expect(page.revealPassage).toHaveBeenCalledWith(2));
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('shows all passages in page order with their position, and filters by chapter', async () => {
    setup();
    const toggle = await screen.findByRole('button', { name: 'I siderekkefølge' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const titles = () => [...pageList().querySelectorAll('.passage-position')].map((e) => e.textContent);
    expect(titles()).toEqual([klima.title, norm.title, klima.title]);
    const select = within(pageList()).getByRole('combobox', { name: 'Kapittel' }) as HTMLSelectElement;
    select.value = String(norm.chapterIndex);
    fireEvent.change(select);
    expect(titles()).toEqual([norm.title]);
    fireEvent.click(toggle);
    expect([...pageList().querySelectorAll('li.position')].map((li) => li.getAttribute('data-position-id'))).toEqual([
      norm.id,
    ]);
  });

  it('marks in «all» the positions this page is about; entries carry their chapter name', async () => {
    setup();
    const browse = await waitFor(() => {
      const section = document.querySelector('section.browse') as HTMLElement;
      expect(section.querySelectorAll('.position-on-this-page')).toHaveLength(2);
      return section;
    });
    const marked = [...browse.querySelectorAll('.position-on-this-page')].map((e) =>
      e.closest('li')?.getAttribute('data-position-id'),
    );
    expect(marked.sort()).toEqual([klima.id, norm.id].sort());
    const entry = browse.querySelector(`li[data-position-id="${other.id}"]`)!;
    expect(entry.querySelector('.position-on-this-page')).toBeNull();
    expect(entry.querySelector('.position-chapter-name')?.textContent).toBe(`Kapittel 1: ${norm.chapter}`);
  });
});
