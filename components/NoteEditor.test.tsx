// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionsContext, type EntryActions } from './actions';
import { checkAccessibility } from './a11y-check';
import { PositionItem } from './PositionItem';
import { norm } from './test-data';
import { useLocale } from './test-i18n';

beforeEach(() => useLocale('nb'));
afterEach(cleanup);

/** An entry whose actions keep notes in a map, as the popup keeps its saved notes. */
function renderEntry(saveNote: EntryActions['saveNote'], notes: Record<string, string> = {}) {
  const actions: EntryActions = {
    copy: vi.fn(async () => true),
    noteFor: (id) => notes[id],
    saveNote:
      saveNote &&
      (async (id, text) => {
        const ok = await saveNote(id, text);
        if (ok) notes[id] = text;
        return ok;
      }),
    defaultFormat: 'plain',
  };
  const view = render(
    <ActionsContext.Provider value={actions}>
      <ul>
        <PositionItem position={norm} initiallyOpen />
      </ul>
    </ActionsContext.Provider>,
  );
  return { ...view, actions };
}

describe('NoteEditor in an entry', () => {
  it('writes a new note, saves it with the position id and shows it at once', async () => {
    const save = vi.fn(async () => true);
    const { container, rerender } = renderEntry(save);
    fireEvent.click(screen.getByRole('button', { name: `Skriv notat til «${norm.title}»` }));
    const field = screen.getByLabelText('Ditt notat');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(await checkAccessibility(container)).toEqual([]);
    fireEvent.input(field, { target: { value: 'Første tanke.\n\nAndre tanke.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre notat' }));
    await waitFor(() => expect(screen.queryByLabelText('Ditt notat')).toBeNull());
    expect(save).toHaveBeenCalledWith(norm.id, 'Første tanke.\n\nAndre tanke.');
    rerender(
      <ActionsContext.Provider
        value={{ copy: vi.fn(), noteFor: () => 'Første tanke.\n\nAndre tanke.', defaultFormat: 'plain' }}
      >
        <ul>
          <PositionItem position={norm} initiallyOpen />
        </ul>
      </ActionsContext.Provider>,
    );
    expect(screen.getByText('Første tanke.').tagName).toBe('P');
    expect(screen.getByText('Andre tanke.').tagName).toBe('P');
  });

  it('edits an existing note starting from its text; Avbryt and Escape keep the old one', async () => {
    const save = vi.fn(async () => true);
    renderEntry(save, { [norm.id]: 'Gammelt notat.' });
    expect(screen.getByText('Gammelt notat.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Endre notat til «${norm.title}»` }));
    const field = screen.getByLabelText<HTMLTextAreaElement>('Ditt notat');
    expect(field.value).toBe('Gammelt notat.');
    fireEvent.input(field, { target: { value: 'Nytt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Gammelt notat.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Endre notat til «${norm.title}»` }));
    fireEvent.keyDown(screen.getByLabelText('Ditt notat'), { key: 'Escape' });
    expect(screen.queryByLabelText('Ditt notat')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('keeps the editor and the draft open when saving fails', async () => {
    const save = vi.fn(async () => false);
    renderEntry(save);
    fireEvent.click(screen.getByRole('button', { name: `Skriv notat til «${norm.title}»` }));
    fireEvent.input(screen.getByLabelText('Ditt notat'), { target: { value: 'Utkast' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre notat' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(screen.getByLabelText<HTMLTextAreaElement>('Ditt notat').value).toBe('Utkast');
  });

  it('offers no editor where notes cannot be saved', () => {
    renderEntry(undefined, { [norm.id]: 'Bare lese.' });
    expect(screen.getByText('Bare lese.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /notat/ })).toBeNull();
  });
});
