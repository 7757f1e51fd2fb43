import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from './i18n';

export interface NoteEditorProps {
  /** The expectation's title, for the buttons' accessible names. */
  title: string;
  note: string | undefined;
  /** Saves the text (empty deletes); resolves true when stored. Absent where notes cannot be saved. */
  onSave?(text: string): Promise<boolean>;
}

/** The reader's note on one expectation, shown as paragraphs, and written or changed in place. */
export function NoteEditor({ title, note, onSave }: NoteEditorProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const editing = draft !== null;
  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);

  async function save(event: Event) {
    event.preventDefault();
    if (draft === null || !onSave) return;
    setSaving(true);
    const saved = await onSave(draft).catch(() => false);
    setSaving(false);
    if (saved) setDraft(null);
  }

  if (draft !== null) {
    return (
      <form class="position-note position-note-form" onSubmit={save}>
        <label class="position-note-label" for={fieldId}>
          {t('yourNote')}
        </label>
        <textarea
          id={fieldId}
          class="position-note-field"
          value={draft}
          rows={4}
          ref={field}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Escape leaves the editor, not the popup.
            if (e.key === 'Escape') {
              e.preventDefault();
              setDraft(null);
            }
          }}
        />
        <div class="position-note-buttons">
          <button type="submit" class="button" disabled={saving}>
            {t('noteSave')}
          </button>
          <button type="button" class="button button-quiet" onClick={() => setDraft(null)}>
            {t('noteCancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <>
      {note && (
        <div class="position-note">
          <p class="position-note-label">{t('yourNote')}</p>
          {note.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      )}
      {onSave && (
        <button
          type="button"
          class="position-note-edit"
          aria-label={t(note ? 'noteEditEntryLabel' : 'noteAddLabel', title)}
          onClick={() => setDraft(note ?? '')}
        >
          {t(note ? 'noteEdit' : 'noteAdd')}
        </button>
      )}
    </>
  );
}
