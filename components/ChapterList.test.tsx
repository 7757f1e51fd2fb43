// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBundle } from '@/lib/db/test-bundle';
import { checkAccessibility } from './a11y-check';
import { ChapterList } from './ChapterList';
import { useLocale } from './test-i18n';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

describe('ChapterList', () => {
  it('puts every position under its chapter heading, in order', async () => {
    const { positions } = makeBundle('v', [['Alpha', 'Beta'], ['Gamma'], ['Delta', 'Epsilon', 'Zeta']]);
    const { container } = render(
      <div>
        <h2>Alle</h2>
        <ChapterList positions={positions} />
      </div>,
    );
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['1Kapittel 12', '2Kapittel 21', '3Kapittel 33']);
    const sections = headings.map((h) => h.closest('section')!);
    expect(
      sections.map((s) =>
        within(s)
          .getAllByRole('button', { expanded: false })
          .map((b) => b.textContent?.slice(1)),
      ),
    ).toEqual([['Alpha', 'Beta'], ['Gamma'], ['Delta', 'Epsilon', 'Zeta']]);
    // Each section is labelled by its heading for screen readers; counts are spoken as words.
    expect(screen.getByRole('region', { name: /Kapittel 2/ })).toBe(sections[1]);
    expect(sections[2]!.querySelector('.chapter-count')?.getAttribute('aria-label')).toBe('3\u00a0forventninger');
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('renders nothing for no positions', () => {
    const { container } = render(<ChapterList positions={[]} />);
    expect(container.querySelectorAll('section')).toHaveLength(0);
  });
});
