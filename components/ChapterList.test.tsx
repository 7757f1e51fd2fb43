import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBundle } from '@/lib/db/test-bundle';
import { ChapterList } from './ChapterList';

afterEach(cleanup);

describe('ChapterList', () => {
  it('puts every position under its chapter heading, in order', () => {
    const { positions } = makeBundle('v', [['Alpha', 'Beta'], ['Gamma'], ['Delta', 'Epsilon', 'Zeta']]);
    render(<ChapterList positions={positions} />);
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['1Kapittel 12', '2Kapittel 21', '3Kapittel 33']);
    const sections = headings.map((h) => h.closest('section')!);
    expect(sections.map((s) => within(s).getAllByRole('button').map((b) => b.textContent?.slice(1)))).toEqual([
      ['Alpha', 'Beta'],
      ['Gamma'],
      ['Delta', 'Epsilon', 'Zeta'],
    ]);
    // Each section is labelled by its heading for screen readers.
    expect(screen.getByRole('region', { name: /Kapittel 2/ })).toBe(sections[1]);
  });

  it('renders nothing for no positions', () => {
    const { container } = render(<ChapterList positions={[]} />);
    expect(container.querySelectorAll('section')).toHaveLength(0);
  });
});
