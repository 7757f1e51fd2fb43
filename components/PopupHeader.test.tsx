import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBundle } from '@/lib/db/test-bundle';
import { PopupHeader } from './PopupHeader';

afterEach(cleanup);

describe('PopupHeader', () => {
  const { documents } = makeBundle('v', [['A']]);

  it('names the extension and the source document with the number of demands', () => {
    render(<PopupHeader documents={documents} positionCount={73} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Standpunkt');
    expect(screen.getByText('KS: «Dokument doc-a» (2021) · 73 krav')).toBeTruthy();
  });

  it('shows only the name while loading', () => {
    const { container } = render(<PopupHeader documents={[]} positionCount={null} />);
    expect(container.textContent).toBe('Standpunkt');
  });
});
