// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '@/lib/search';
import { checkAccessibility } from './a11y-check';
import { ResultList } from './ResultList';
import { klima, norm } from './test-data';
import { useLocale } from './test-i18n';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

const hit = (position: typeof norm, exact: boolean): SearchHit => ({
  position,
  score: exact ? 0 : 0.2,
  exact,
  marks: { title: [[0, 4]], body: [], chapter: [] },
  terms: [],
});

describe('ResultList', () => {
  it('shows loose matches apart from exact ones, under «Lignende treff»', async () => {
    const { container } = render(<ResultList hits={[hit(norm, true), hit(klima, false)]} query="norm" />);
    const [exact, loose] = screen.getAllByRole('list');
    expect(
      within(exact!)
        .getAllByRole('listitem')
        .map((li) => li.dataset.positionId),
    ).toEqual([norm.id]);
    expect(
      within(loose!)
        .getAllByRole('listitem')
        .map((li) => li.dataset.positionId),
    ).toEqual([klima.id]);
    expect(screen.getByRole('heading', { level: 3, name: 'Lignende treff' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2\u00a0treff');
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('has no «Lignende treff» heading when every hit is exact', () => {
    render(<ResultList hits={[hit(norm, true)]} query="norm" />);
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });
});
