// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAccessibility } from '@/components/a11y-check';
import { klima, norm } from '@/components/test-data';
import { useLocale } from '@/components/test-i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { OptionsApp, type OptionsData, type OptionsServices } from './App';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

/** An in-memory background: the services change this state, load() reads it. */
function fakeServices(initial: Partial<OptionsData> = {}) {
  const state: OptionsData = {
    settings: { ...DEFAULT_SETTINGS },
    positions: [norm, klima],
    ownTerms: [],
    notes: {},
    access: [],
    ...initial,
  };
  let nextId = 1;
  const services: OptionsServices & { state: OptionsData } = {
    state,
    load: vi.fn(async () => structuredClone(state)),
    setSettings: vi.fn(async (changes: Partial<Settings>) => (state.settings = { ...state.settings, ...changes })),
    addSite: vi.fn(async (site: string) => {
      if (site === 'www.nekt.no') return 'Nettleseren ga ikke tilgang til www.nekt.no.';
      state.access = [...state.access.filter((a) => a.site !== site), { site, granted: true, registered: true }];
      return null;
    }),
    removeSite: vi.fn(async (site: string) => void (state.access = state.access.filter((a) => a.site !== site))),
    addOwnTerm: vi.fn(async (term: string, positionId: string) => {
      if (state.ownTerms.some((t) => t.term === term && t.positionId === positionId)) {
        return { ok: false as const, problem: { code: 'duplicateTerm' as const, detail: term } };
      }
      const entry = { id: nextId++, term, positionId, createdAt: 1 };
      state.ownTerms.push(entry);
      return { ok: true as const, value: entry };
    }),
    removeOwnTerm: vi.fn(async (id: number) => void (state.ownTerms = state.ownTerms.filter((t) => t.id !== id))),
    setNote: vi.fn(async (positionId: string, text: string) => {
      if (text.trim()) state.notes[positionId] = text.trim();
      else delete state.notes[positionId];
      return { ok: true as const, value: null };
    }),
    exportData: vi.fn(async () => {}),
    importData: vi.fn(async (text: string, _dryRun: boolean, _unknown?: 'keep' | 'drop') =>
      text.includes('standpunkt-brukerdata')
        ? {
            ok: true as const,
            value: {
              ownTerms: 2,
              notes: 1,
              extraSites: ['www.ks.no'],
              ...(text.includes('fjernet')
                ? { unknownPositions: ['ks-2021:fjernet'], curatedDuplicates: ['Bemanningsnorm'] }
                : {}),
            },
          }
        : { ok: false as const, problem: { code: 'foreign' as const, where: 'format', detail: 'annet' } },
    ),
  };
  return services;
}

async function renderOptions(services = fakeServices()) {
  const view = render(<OptionsApp services={services} />);
  await screen.findByRole('heading', { level: 2, name: 'Nettsteder' });
  return { ...view, services };
}

describe('options page', () => {
  it('shows every section and passes the accessibility check', async () => {
    const { container } = await renderOptions(
      fakeServices({
        ownTerms: [{ id: 9, term: 'pedagognorm', positionId: norm.id, createdAt: 1 }],
        notes: { [klima.id]: 'Notat' },
      }),
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Nettsteder',
      'Markering',
      'Kopiering',
      'Egne ord',
      'Notater',
      'Sikkerhetskopi',
    ]);
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('shows the default sites as fixed and adds and removes a site', async () => {
    const { services } = await renderOptions();
    const sites = screen.getByRole('region', { name: 'Nettsteder' });
    expect(within(sites).getAllByText('alltid på')).toHaveLength(2);
    fireEvent.input(screen.getByLabelText('Legg til nettsted'), { target: { value: 'https://www.ks.no/fagomrader/' } });
    fireEvent.submit(screen.getByLabelText('Legg til nettsted').closest('form')!);
    await waitFor(() => expect(services.addSite).toHaveBeenCalledWith('www.ks.no'));
    expect(await within(sites).findByText('www.ks.no')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern www.ks.no' }));
    await waitFor(() => expect(within(sites).queryByText('www.ks.no')).toBeNull());
  });

  it('refuses a bad site and a default site without asking the browser', async () => {
    const { services } = await renderOptions();
    const input = screen.getByLabelText('Legg til nettsted');
    fireEvent.input(input, { target: { value: 'ikke et nettsted' } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByText(/er ikke et nettstednavn/)).textContent).toBe(
      '«ikke et nettsted» er ikke et nettstednavn. Skriv for eksempel www.ks.no.',
    );
    fireEvent.input(input, { target: { value: 'www.stortinget.no' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText('www.stortinget.no er alltid med.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(services.addSite).not.toHaveBeenCalled();
  });

  it('reports a refused permission', async () => {
    await renderOptions();
    fireEvent.input(screen.getByLabelText('Legg til nettsted'), { target: { value: 'www.nekt.no' } });
    fireEvent.submit(screen.getByLabelText('Legg til nettsted').closest('form')!);
    expect(await screen.findByText('Nettleseren ga ikke tilgang til www.nekt.no.')).toBeTruthy();
  });

  it('changes highlighting, look, hidden chapters and copy settings', async () => {
    const { services } = await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: "Marker KS' forventninger på sidene" }));
    fireEvent.click(screen.getByRole('radio', { name: /Farget understrek/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kapittel 5: Støtte lokal klima- og miljøpolitikk' }));
    fireEvent.click(screen.getByRole('radio', { name: /Formatert \(HTML\)/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ta med mitt eget notat når jeg kopierer' }));
    await waitFor(() => expect(services.setSettings).toHaveBeenCalledTimes(5));
    expect(services.state.settings).toEqual({
      ...DEFAULT_SETTINGS,
      highlighting: false,
      look: 'underline',
      hiddenChapters: ['ks-2021#5'],
      copyFormat: 'html',
      copyIncludesNote: true,
    });
    expect(
      (screen.getByRole('checkbox', { name: 'Kapittel 5: Støtte lokal klima- og miljøpolitikk' }) as HTMLInputElement)
        .checked,
    ).toBe(false);
  });

  it('adds an own term to a position, refuses a duplicate, removes it', async () => {
    await renderOptions();
    const term = screen.getByLabelText('Ord eller uttrykk');
    const select = screen.getByLabelText('Hører til forventningen');
    fireEvent.submit(term.closest('form')!);
    expect(await screen.findByText('Skriv et ord og velg hvilken forventning det hører til.')).toBeTruthy();
    fireEvent.input(term, { target: { value: 'pedagognorm' } });
    fireEvent.change(select, { target: { value: norm.id } });
    fireEvent.submit(term.closest('form')!);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('pedagognorm')).toBeTruthy();
    expect(within(table).getByText(norm.title)).toBeTruthy();
    fireEvent.input(term, { target: { value: 'pedagognorm' } });
    fireEvent.submit(term.closest('form')!);
    expect(await screen.findByText('Ordet «pedagognorm» er allerede lagt til for denne forventningen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern ordet «pedagognorm»' }));
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
  });

  it('writes, edits and deletes a note', async () => {
    const { services } = await renderOptions();
    fireEvent.change(screen.getByLabelText('Forventning'), { target: { value: klima.id } });
    fireEvent.input(screen.getByLabelText('Notat'), { target: { value: 'Viktig i budsjettet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre notat' }));
    expect(await screen.findByText('Notatet er lagret.')).toBeTruthy();
    expect(services.state.notes).toEqual({ [klima.id]: 'Viktig i budsjettet' });
    const list = document.querySelector(`[data-note-for="${klima.id}"]`)!;
    expect(list.textContent).toContain('Viktig i budsjettet');
    fireEvent.click(screen.getByRole('button', { name: `Slett notatet til «${klima.title}»` }));
    expect(await screen.findByText('Notatet er slettet.')).toBeTruthy();
    expect(services.state.notes).toEqual({});
  });

  it('checks an import file first, shows what it holds, and imports on confirmation', async () => {
    const { services } = await renderOptions();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['{"format":"standpunkt-brukerdata"}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText('Filen «backup.json» er i orden.')).toBeTruthy();
    expect(
      screen.getByText('Den inneholder 2 egne ord, 1 notater og 1 ekstra nettsteder, i tillegg til innstillingene.'),
    ).toBeTruthy();
    expect(services.importData).toHaveBeenCalledWith('{"format":"standpunkt-brukerdata"}', true, undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Importer og erstatt' }));
    // Unknown positions are dropped unless the user chose to keep them (issue 10).
    await waitFor(() =>
      expect(services.importData).toHaveBeenLastCalledWith('{"format":"standpunkt-brukerdata"}', false, 'drop'),
    );
    expect(await screen.findByText(/^Importert\./)).toBeTruthy();
  });

  it('says what is wrong with a foreign file and imports nothing', async () => {
    const { services } = await renderOptions();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"format":"annet"}'], 'x.json')], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByText(/Ingenting er endret\./)).textContent).toBe(
      'Ingenting er endret. Filen er ikke en sikkerhetskopi fra Standpunkt (formatet er «annet»). (Sted i filen: format.)',
    );
    expect(services.importData).toHaveBeenCalledTimes(1);
  });

  it('exports on click', async () => {
    const { services } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Eksporter til fil' }));
    expect(services.exportData).toHaveBeenCalled();
  });

  it('lists own terms the lexicon skips, with the reason (issue 10)', async () => {
    await renderOptions(
      fakeServices({
        ownTerms: [
          { id: 1, term: 'pedagognorm', positionId: norm.id, createdAt: 1 },
          {
            id: 2,
            term: 'e–helselov',
            positionId: norm.id,
            createdAt: 2,
            skipped: { reason: 'curated', detail: 'e-helselov' },
          },
          {
            id: 3,
            term: 'ab–cd',
            positionId: norm.id,
            createdAt: 3,
            skipped: { reason: 'duplicate', detail: 'ab-cd' },
          },
        ],
      }),
    );
    const section = (await screen.findByRole('heading', { level: 2, name: 'Egne ord som ikke markeres' })).closest(
      'section',
    )!;
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '«e–helselov»: står allerede i Standpunkts ordliste for denne forventningen («e-helselov»).',
      '«ab–cd»: samme ord som «ab-cd» for denne forventningen.',
    ]);
  });

  it('an import with unknown positions asks whether to keep them, and passes the choice on (issue 10)', async () => {
    const { services } = await renderOptions();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const text = '{"format":"standpunkt-brukerdata","fjernet":1}';
    Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json')], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText(/forventninger som denne versjonen ikke kjenner: ks-2021:fjernet\./)).toBeTruthy();
    expect(screen.getByText(/tas ikke med: Bemanningsnorm\./)).toBeTruthy();
    expect((screen.getByLabelText('Ikke ta dem med') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/Ta dem med likevel/));
    fireEvent.click(screen.getByRole('button', { name: 'Importer og erstatt' }));
    await waitFor(() => expect(services.importData).toHaveBeenLastCalledWith(text, false, 'keep'));
  });
});
