import { useEffect, useState } from 'preact/hooks';
import type { Position } from '@/lib/corpus/types';
import { t } from '../i18n';
import { PositionSelect } from './PositionSelect';

/** Personal notes on positions: pick one, write, save; the list shows every note with edit and delete. */
export function NotesSection({
  notes,
  positions,
  onSave,
}: {
  notes: Readonly<Record<string, string>>;
  positions: readonly Position[];
  /** Resolves to an error text, or null when saved. An empty text deletes the note. */
  onSave(positionId: string, text: string): Promise<string | null>;
}) {
  const [positionId, setPositionId] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const byId = new Map(positions.map((p) => [p.id, p]));

  // Choosing a position loads its note for editing.
  useEffect(() => setText(positionId ? (notes[positionId] ?? '') : ''), [positionId]);

  async function save(id: string, value: string) {
    const problem = await onSave(id, value);
    setStatus(
      problem
        ? { error: true, text: problem }
        : { error: false, text: value.trim() ? t('noteSaved') : t('noteDeleted') },
    );
  }

  const entries = Object.entries(notes).sort(([a], [b]) => (byId.get(a)?.order ?? 1e9) - (byId.get(b)?.order ?? 1e9));

  return (
    <section class="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notesHeading')}</h2>
      <p class="hint">{t('notesIntro')}</p>
      <form
        class="stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (positionId) void save(positionId, text);
          else setStatus({ error: true, text: t('noteNeedsPosition') });
        }}
      >
        <label for="note-position">{t('notePositionLabel')}</label>
        <PositionSelect id="note-position" positions={positions} value={positionId} onChange={setPositionId} />
        <label for="note-text">{t('noteLabel')}</label>
        <textarea
          id="note-text"
          rows={5}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div>
          <button type="submit" class="button">
            {t('noteSave')}
          </button>
        </div>
        <p class={status?.error ? 'form-error' : 'form-ok'} role="status">
          {status?.text ?? ''}
        </p>
      </form>
      {entries.length === 0 ? (
        <p class="hint">{t('notesNone')}</p>
      ) : (
        <ul class="note-list">
          {entries.map(([id, note]) => (
            <li key={id} class="note" data-note-for={id}>
              <p class="note-position">{byId.get(id)?.title ?? t('unknownPosition', id)}</p>
              <p class="note-text">{note}</p>
              <button
                type="button"
                class="button button-small button-quiet"
                onClick={() => setPositionId(id)}
                aria-label={t('noteEditLabel', byId.get(id)?.title ?? id)}
              >
                {t('edit')}
              </button>
              <button
                type="button"
                class="button button-small button-quiet"
                onClick={() => void save(id, '')}
                aria-label={t('noteDeleteLabel', byId.get(id)?.title ?? id)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
