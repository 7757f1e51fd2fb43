import { useState } from 'preact/hooks';
import type { Position } from '@/lib/corpus/types';
import type { OwnTermEntry } from '@/lib/userdata';
import { t } from '../i18n';
import { PositionSelect } from './PositionSelect';

/** The user's own words, each pointing to a position; they highlight like the built-in ones. */
export function OwnTermsSection({
  terms,
  positions,
  onAdd,
  onRemove,
}: {
  terms: readonly OwnTermEntry[];
  positions: readonly Position[];
  /** Resolves to an error text, or null when added. */
  onAdd(term: string, positionId: string): Promise<string | null>;
  onRemove(id: number): Promise<void>;
}) {
  const [term, setTerm] = useState('');
  const [positionId, setPositionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(positions.map((p) => [p.id, p]));

  async function submit(event: Event) {
    event.preventDefault();
    if (!term.trim() || !positionId) {
      setError(t('termNeedsBoth'));
      return;
    }
    const problem = await onAdd(term, positionId);
    setError(problem);
    if (!problem) setTerm('');
  }

  return (
    <section class="card" aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t('termsHeading')}</h2>
      <p class="hint">{t('termsIntro')}</p>
      <form class="stack-form" onSubmit={submit}>
        <label for="term-input">{t('termLabel')}</label>
        <input
          id="term-input"
          type="text"
          value={term}
          maxLength={80}
          aria-describedby="term-error"
          onInput={(e) => setTerm((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="term-position">{t('termPositionLabel')}</label>
        <PositionSelect id="term-position" positions={positions} value={positionId} onChange={setPositionId} />
        <div>
          <button type="submit" class="button">
            {t('termAdd')}
          </button>
        </div>
        <p id="term-error" class="form-error" role="alert">
          {error ?? ''}
        </p>
      </form>
      {terms.length === 0 ? (
        <p class="hint">{t('termsNone')}</p>
      ) : (
        <table class="term-table">
          <caption class="visually-hidden">{t('termsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('termColumn')}</th>
              <th scope="col">{t('positionColumn')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {terms.map((entry) => (
              <tr key={entry.id} data-term-id={entry.id}>
                <td class="term-word">{entry.term}</td>
                <td class="term-position">
                  {byId.get(entry.positionId)?.title ?? t('unknownPosition', entry.positionId)}
                </td>
                <td>
                  <button
                    type="button"
                    class="button button-small button-quiet"
                    onClick={() => void onRemove(entry.id)}
                    aria-label={t('termRemoveLabel', entry.term)}
                  >
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
