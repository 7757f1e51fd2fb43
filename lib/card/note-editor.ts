/** The card's note field: a textarea with save and cancel, shown in place of the card's buttons. */
import { LIMITS } from '../userdata/format';
import type { CardStrings } from './strings';

export interface NoteEditorEvents {
  save(text: string): Promise<boolean | string>;
  saved(text: string): void;
  failed(message: string | null): void;
  cancelled(): void;
}

export interface NoteEditor {
  readonly form: HTMLFormElement;
  open(text: string): void;
}

export function createNoteEditor(doc: Document, s: CardStrings, id: string, on: NoteEditorEvents): NoteEditor {
  const form = doc.createElement('form');
  form.className = 'editor';
  form.hidden = true;
  const label = doc.createElement('label');
  label.htmlFor = id;
  label.textContent = s.noteLabel;
  const area = doc.createElement('textarea');
  area.id = id;
  area.rows = 3;
  // The store refuses longer notes (lib/userdata checks again).
  area.maxLength = LIMITS.noteLength;
  const row = doc.createElement('div');
  row.className = 'actions';
  const save = doc.createElement('button');
  save.type = 'submit';
  save.className = 'copy';
  save.textContent = s.saveNote;
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.className = 'more';
  cancel.textContent = s.cancelNote;
  row.append(save, cancel);
  form.append(label, area, row);

  // Keys typed into the note are the reader's, not the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) area.addEventListener(type, (e) => e.stopPropagation());
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') on.cancelled();
  });
  cancel.addEventListener('click', () => on.cancelled());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (save.getAttribute('aria-disabled') === 'true') return;
    save.setAttribute('aria-disabled', 'true');
    const text = area.value.trim();
    void on
      .save(text)
      .catch(() => false)
      .then((result) => {
        save.removeAttribute('aria-disabled');
        if (result === true) on.saved(text);
        else on.failed(typeof result === 'string' && result ? result : null);
      });
  });

  return {
    form,
    open(text) {
      area.value = text;
      form.hidden = false;
      area.focus({ preventScroll: true });
    },
  };
}
