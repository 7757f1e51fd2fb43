import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBundle } from '@/lib/db/test-bundle';
import { App, type PopupData } from './App';

afterEach(cleanup);

const bundle = makeBundle('v1', [['Alpha', 'Beta'], ['Gamma']]);
const data: PopupData = {
  positions: bundle.positions,
  info: { datasetVersion: 'v1', documents: bundle.documents, chapterCount: 2, positionCount: 3 },
};

describe('popup App', () => {
  it('shows a loading line, then every position by chapter', async () => {
    let resolve!: (d: PopupData) => void;
    const load = () => new Promise<PopupData>((r) => (resolve = r));
    render(<App load={load} />);
    expect(screen.getByText('Henter KS-standpunktene …')).toBeTruthy();
    resolve(data);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2));
    expect(screen.getAllByRole('listitem').map((li) => li.dataset.positionId)).toEqual(bundle.positions.map((p) => p.id));
    expect(screen.queryByText('Henter KS-standpunktene …')).toBeNull();
    expect(screen.getByText(/· 3 krav$/)).toBeTruthy();
  });

  it('shows the store error instead of an empty list', async () => {
    render(<App load={() => Promise.reject(new Error('Could not open the Standpunkt store: quota'))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Klarte ikke å hente KS-standpunktene');
    expect(alert.textContent).toContain('Could not open the Standpunkt store: quota');
  });

  it('says the store is empty when it is', async () => {
    render(<App load={() => Promise.resolve({ ...data, positions: [] })} />);
    expect((await screen.findByRole('status')).textContent).toMatch(/Lageret er tomt/);
  });
});
