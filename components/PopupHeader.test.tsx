// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBundle } from '@/lib/db/test-bundle';
import { checkAccessibility } from './a11y-check';
import { PopupHeader } from './PopupHeader';
import { useLocale } from './test-i18n';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

describe('PopupHeader', () => {
  const { documents } = makeBundle('v', [['A']]);

  it('names the extension and the source document with the number of demands', async () => {
    const { container } = render(<PopupHeader documents={documents} positionCount={73} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Standpunkt');
    expect(screen.getByText('KS: «Dokument doc-a» (2021) · 73 forventninger')).toBeTruthy();
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('shows only the name while loading', () => {
    const { container } = render(<PopupHeader documents={[]} positionCount={null} />);
    expect(container.textContent).toBe('Standpunkt');
  });

  it('speaks English with the English messages', () => {
    useLocale('en');
    render(<PopupHeader documents={documents} positionCount={1} />);
    expect(screen.getByText('KS: “Dokument doc-a” (2021) · 1 expectation')).toBeTruthy();
  });
});
