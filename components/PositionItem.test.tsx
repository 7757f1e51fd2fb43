// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Position } from '@/lib/corpus/types';
import { ActionsContext, type EntryActions } from './actions';
import { checkAccessibility } from './a11y-check';
import { PositionItem, type PositionItemProps } from './PositionItem';
import { norm as position } from './test-data';
import { useLocale } from './test-i18n';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

function actionsWith(overrides: Partial<EntryActions> = {}): EntryActions {
  return { copy: vi.fn(async () => true), noteFor: () => undefined, defaultFormat: 'plain', ...overrides };
}

function renderItem(
  props: Partial<PositionItemProps> = {},
  actions = actionsWith(),
  wrap = (c: ComponentChildren) => c,
) {
  const result = render(
    <ActionsContext.Provider value={actions}>
      {wrap(
        <ul>
          <PositionItem position={position} {...props} />
        </ul>,
      )}
    </ActionsContext.Provider>,
  );
  return { ...result, actions };
}

describe('PositionItem in a list', () => {
  it('shows the title collapsed, with its id on the list item', async () => {
    const { container } = renderItem();
    const button = screen.getByRole('button', { name: /^Unngå nye og utvidede bindende bemanningsnormer/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('li')?.dataset.positionId).toBe(position.id);
    expect(screen.queryByText('Første avsnitt om normer.')).toBeNull();
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('expands to the body paragraphs, chapter and copy formats; collapses again', async () => {
    const { container } = renderItem();
    const button = screen.getByRole('button', { name: /^Unngå/ });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const first = screen.getByText('Første avsnitt om normer.');
    expect(first.tagName).toBe('P');
    expect(screen.getByText('Andre avsnitt om lokal handlefrihet.').tagName).toBe('P');
    expect(button.getAttribute('aria-controls')).toBe(first.parentElement?.id);
    expect(screen.getByText('Kapittel 1: Gi større rom for lokaldemokratiet')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Kopier som' })).toBeTruthy();
    expect(await checkAccessibility(container)).toEqual([]);
    fireEvent.click(button);
    expect(screen.queryByText('Første avsnitt om normer.')).toBeNull();
  });

  it('says so when the demand has no justification', () => {
    renderItem({ position: { ...position, body: '' } });
    fireEvent.click(screen.getByRole('button', { name: /^Unngå/ }));
    expect(screen.getByText('Dokumentet har ingen begrunnelse for denne forventningen.')).toBeTruthy();
  });

  it('renders data text as text, never as markup', () => {
    const { container } = renderItem({
      position: { ...position, title: '<img src=x onerror=alert(1)>Tittel', body: '<b>fet</b>' },
    });
    fireEvent.click(screen.getAllByRole('button')[0]!);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>fet</b>')).toBeTruthy();
  });

  it('marks search hits in the title and the right paragraph', () => {
    const body = position.body;
    const start = body.indexOf('handlefrihet');
    const at = position.title.indexOf('bemanningsnormer');
    const { container } = renderItem({
      marks: { title: [[at, at + 16]], body: [[start, start + 12]] },
      terms: ['lærernorm'],
    });
    expect([...container.querySelectorAll('.position-title mark')].map((m) => m.textContent)).toEqual([
      'bemanningsnormer',
    ]);
    fireEvent.click(screen.getAllByRole('button')[0]!);
    const marks = [...container.querySelectorAll('.position-body mark')];
    expect(marks.map((m) => [m.textContent, m.parentElement?.textContent])).toEqual([
      ['handlefrihet', 'Andre avsnitt om lokal handlefrihet.'],
    ]);
    expect(container.querySelector('.position-terms')?.textContent).toBe('Ord: lærernorm');
  });

  it('shows the note when expanded', () => {
    renderItem(
      {},
      actionsWith({ noteFor: (id) => (id === position.id ? 'Viktig for oss.\n\nSe budsjettet.' : undefined) }),
    );
    fireEvent.click(screen.getAllByRole('button')[0]!);
    expect(screen.getByText('Ditt notat')).toBeTruthy();
    expect(screen.getByText('Se budsjettet.')).toBeTruthy();
  });
});

describe('PositionItem words on the page', () => {
  it('folds case variants into the most frequent form before counting the five', () => {
    const words = ['statlig tilsyn', 'Statlig tilsyn', 'tilsyn', 'Tilsyn', 'a', 'b', 'c', 'd', 'D'];
    const { container } = renderItem({ page: { count: 9, words } });
    expect(container.querySelector('.position-words')?.textContent).toBe('statlig tilsyn, tilsyn, a, b, c');
    expect(container.querySelector('.position-more')?.textContent).toBe(' +1\u00a0til');
  });
});

describe('PositionItem copying', () => {
  it('copies in the default format and confirms on the button', async () => {
    const { actions } = renderItem();
    fireEvent.click(screen.getByRole('button', { name: 'Kopier «Unngå nye og utvidede bindende bemanningsnormer.»' }));
    await waitFor(() => expect(screen.getByText('Kopiert!')).toBeTruthy());
    expect(actions.copy).toHaveBeenCalledWith(position, undefined);
  });

  it('has one button per format: the default is «Kopier», the others are in the expanded view', () => {
    renderItem({}, actionsWith({ defaultFormat: 'markdown' }));
    fireEvent.click(screen.getAllByRole('button')[0]!);
    const formats = [...document.querySelectorAll('[data-format]')].map((b) => b.getAttribute('data-format'));
    expect(formats.sort()).toEqual(['html', 'markdown', 'plain']);
    expect(screen.getByRole('button', { name: /^Kopier «/ }).getAttribute('data-format')).toBe('markdown');
    expect(screen.queryByRole('button', { name: 'Kopier som Markdown' })).toBeNull();
  });

  it('copies in a chosen format from the expanded view', async () => {
    const { actions } = renderItem();
    fireEvent.click(screen.getAllByRole('button')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Kopier for Word/Outlook' }));
    await waitFor(() => expect(actions.copy).toHaveBeenCalledWith(position, 'html'));
  });

  it('copies with "c" and with Ctrl+C on the focused entry', async () => {
    const { actions } = renderItem();
    const button = screen.getAllByRole('button')[0]!;
    fireEvent.keyDown(button, { key: 'c' });
    fireEvent.keyDown(button, { key: 'C', ctrlKey: true });
    fireEvent.keyDown(button, { key: 'c', altKey: true });
    await waitFor(() => expect(actions.copy).toHaveBeenCalledTimes(2));
  });

  it('does not claim success when the copy failed', async () => {
    const copy = vi.fn(async () => false);
    renderItem({}, actionsWith({ copy }));
    fireEvent.click(screen.getByRole('button', { name: /^Kopier «/ }));
    await waitFor(() => expect(copy).toHaveBeenCalled());
    expect(screen.queryByText('Kopiert!')).toBeNull();
  });
});

describe('PositionItem on the page list', () => {
  it('walks through the occurrences on the page: 1 av 3, 2 av 3, 3 av 3, 1 av 3', async () => {
    const reveal = vi.fn(async (_id: string, occurrence: number) => ({ index: occurrence % 3, total: 3 }));
    const { container } = renderItem(
      { page: { count: 3, words: ['bemanningsnorm', 'lærernorm'] } },
      actionsWith({ reveal }),
    );
    expect(container.querySelector('.position-meta')?.textContent).toBe(
      'bemanningsnorm, lærernorm · 3\u00a0forekomster',
    );
    const main = screen.getByRole('button', { name: /^Unngå/ });
    expect(main.getAttribute('aria-describedby')).toBe(container.querySelector('.position-meta')?.id);
    const shown: string[] = [];
    for (let i = 0; i < 4; i++) {
      fireEvent.click(main);
      await waitFor(() => expect(reveal).toHaveBeenCalledTimes(i + 1));
      await waitFor(() => expect(container.querySelector('.position-shown')).toBeTruthy());
      shown.push(container.querySelector('.position-shown')!.textContent!);
    }
    expect(reveal.mock.calls.map((c) => c[1])).toEqual([0, 1, 2, 0]);
    expect(shown).toEqual([
      ' · viser 1\u00a0av 3',
      ' · viser 2\u00a0av 3',
      ' · viser 3\u00a0av 3',
      ' · viser 1\u00a0av 3',
    ]);
    expect(await checkAccessibility(container)).toEqual([]);
  });

  it('has a separate button to read the justification', () => {
    renderItem({ page: { count: 1, words: ['norm'] } }, actionsWith({ reveal: async () => ({ index: 0, total: 1 }) }));
    const expand = screen.getByRole('button', { name: 'Les begrunnelsen' });
    fireEvent.click(expand);
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Første avsnitt om normer.')).toBeTruthy();
  });

  it('says when the text is gone from the page', async () => {
    const { container } = renderItem(
      { page: { count: 1, words: ['norm'] } },
      actionsWith({ reveal: async () => ({ index: 0, total: 0 }) }),
    );
    fireEvent.click(screen.getByRole('button', { name: /^Unngå/ }));
    await waitFor(() =>
      expect(container.querySelector('.position-shown')?.textContent).toBe(' · ikke lenger på siden'),
    );
  });
});

describe('PositionItem keyboard', () => {
  it('moves between entries with the arrow keys and leaves the top with ArrowUp', () => {
    const other: Position = { ...position, id: 'ks-2021:b', title: 'Andre krav' };
    const onLeaveTop = vi.fn();
    render(
      <div data-entry-root="">
        <ul>
          <PositionItem position={position} onLeaveTop={onLeaveTop} />
          <PositionItem position={other} onLeaveTop={onLeaveTop} />
        </ul>
      </div>,
    );
    const [a, b] = screen.getAllByRole('button', { expanded: false });
    a!.focus();
    fireEvent.keyDown(a!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(b);
    fireEvent.keyDown(b!, { key: 'Home' });
    expect(document.activeElement).toBe(a);
    fireEvent.keyDown(a!, { key: 'ArrowUp' });
    expect(onLeaveTop).toHaveBeenCalled();
  });
});

describe('PositionItem search snippet', () => {
  it('shows where the justification matched while collapsed, with the mark, and hides it when open', () => {
    const body = `${'Innledende ord om mye annet. '.repeat(5)}Her står bemanningsnorm midt i teksten, og så kommer mer tekst etterpå som ikke trengs her i det hele tatt for å forstå.`;
    const start = body.indexOf('bemanningsnorm');
    const { container } = renderItem({ position: { ...position, body }, marks: { body: [[start, start + 14]] } });
    const snippet = container.querySelector('.position-snippet')!;
    expect(snippet.textContent).toMatch(/^… ord om mye annet\. .*Her står bemanningsnorm midt i teksten, og så/);
    expect(snippet.querySelector('mark')?.textContent).toBe('bemanningsnorm');
    fireEvent.click(screen.getAllByRole('button')[0]!);
    expect(container.querySelector('.position-snippet')).toBeNull();
  });
});
