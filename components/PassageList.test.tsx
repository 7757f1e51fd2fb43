// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PagePassage } from '@/lib/protocol';
import { checkAccessibility } from './a11y-check';
import { ChapterFilter } from './ChapterFilter';
import { PassageList } from './PassageList';
import { PositionPassages } from './PositionPassages';
import { klima, norm } from './test-data';
import { useLocale } from './test-i18n';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

const snippet = 'Komiteen mener nye bemanningsnormer svekker det lokale selvstyret.';
const passage = (index: number, over: Partial<PagePassage> = {}): PagePassage => ({
  index,
  positionId: norm.id,
  heading: '2.2 Bemanningsnormer',
  snippet,
  mark: { start: 19, end: 35 },
  paragraph: snippet,
  speaker: null,
  mention: false,
  ...over,
});
const majority = { kind: 'majority' as const, parties: ['A', 'Sp', 'SV'], label: 'Komiteens flertall' };
const hFrp = { kind: 'party' as const, parties: ['H', 'FrP'], label: 'Komiteens medlemmer fra H og FrP' };

describe('PassageList', () => {
  it('shows heading, snippet with the hit marked and the group; a click reveals that passage', async () => {
    const onReveal = vi.fn();
    const { container } = render(
      <PassageList passages={[passage(0), passage(4, { speaker: majority })]} onReveal={onReveal} />,
    );
    const items = container.querySelectorAll('.passage');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('.passage-heading')?.textContent).toBe('2.2 Bemanningsnormer');
    expect(items[0]!.querySelector('mark')?.textContent).toBe('bemanningsnormer');
    expect(items[0]!.querySelector('.passage-group')).toBeNull();
    expect(items[1]!.querySelector('.passage-group')?.textContent).toBe('Flertallet (A, Sp, SV)');
    fireEvent.click(items[1]!);
    expect(onReveal).toHaveBeenCalledWith(4);
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('names the position and its chapter colour in page order', () => {
    const byId = new Map([
      [norm.id, norm],
      [klima.id, klima],
    ]);
    const { container } = render(
      <PassageList passages={[passage(0, { positionId: klima.id })]} onReveal={() => {}} positionsById={byId} />,
    );
    expect(container.querySelector('.passage-position')?.textContent).toBe(klima.title);
    expect((container.querySelector('.passage-swatch') as HTMLElement).style.background).not.toBe('');
  });

  it('renders page text as text, never as markup', () => {
    const { container } = render(
      <PassageList
        passages={[passage(0, { snippet: '<img src=x onerror=alert(1)>', heading: '<b>x</b>' })]}
        onReveal={() => {}}
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
  });
});

describe('PositionPassages', () => {
  it('is collapsed to a count with the groups summed up, and opens to the list', async () => {
    const { container } = render(
      <PositionPassages
        passages={[passage(0, { speaker: hFrp }), passage(1, { speaker: majority }), passage(2, { speaker: majority })]}
        onReveal={() => {}}
      />,
    );
    expect(container.querySelector('.group-summary')?.textContent).toBe(
      'Hvem sier hva: Flertallet (A, Sp, SV) · H, FrP',
    );
    const toggle = screen.getByRole('button', { name: /3 avsnitt/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.passage')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelectorAll('.passage')).toHaveLength(3);
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('shows no group line off innstillinger, and nothing without passages', () => {
    const { container } = render(<PositionPassages passages={[passage(0)]} onReveal={() => {}} />);
    expect(container.querySelector('.group-summary')).toBeNull();
    expect(screen.getByRole('button', { name: /1 avsnitt/ })).toBeTruthy();
    cleanup();
    const empty = render(<PositionPassages passages={[]} onReveal={() => {}} />);
    expect(empty.container.innerHTML).toBe('');
  });

  it('writes the groups in nynorsk with a nynorsk UI', () => {
    useLocale('nn');
    const { container } = render(
      <PositionPassages passages={[passage(0, { speaker: majority })]} onReveal={() => {}} />,
    );
    expect(container.querySelector('.group-summary')?.textContent).toBe('Kven seier kva: Fleirtalet (A, Sp, SV)');
  });
});

describe('ChapterFilter', () => {
  it('offers all chapters and each given one, by number and name', async () => {
    const onChange = vi.fn();
    const { container } = render(
      <ChapterFilter
        chapters={[
          { index: 1, name: norm.chapter },
          { index: 5, name: klima.chapter },
        ]}
        value={null}
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Kapittel' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Alle kapitler',
      `Kapittel 1: ${norm.chapter}`,
      `Kapittel 5: ${klima.chapter}`,
    ]);
    select.value = '5';
    fireEvent.change(select);
    expect(onChange).toHaveBeenLastCalledWith(5);
    select.value = '';
    fireEvent.change(select);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(await checkAccessibility(container)).toEqual([]);
  });
});
