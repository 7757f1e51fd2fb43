import { useState } from 'preact/hooks';
import type { ImportSummary, UserDataResult } from '@/lib/protocol';
import { LIMITS } from '@/lib/userdata/format';
import { t } from '../i18n';
import { problemText } from '../problems';

type Step =
  | { kind: 'idle' }
  | { kind: 'checked'; text: string; name: string; summary: ImportSummary }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'error'; text: string };

/**
 * Export all user data as a JSON file; import one back. An import is checked first (nothing is
 * written), the user sees what the file holds and confirms; a bad file says exactly what is wrong.
 */
export function BackupSection({
  onExport,
  onImport,
}: {
  onExport(): Promise<void>;
  onImport(text: string, dryRun: boolean): Promise<UserDataResult<ImportSummary>>;
}) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > LIMITS.fileBytes) {
      setStep({ kind: 'error', text: t('problemTooLarge') });
      return;
    }
    const text = await file.text();
    const result = await onImport(text, true);
    setStep(
      result.ok
        ? { kind: 'checked', text, name: file.name, summary: result.value }
        : { kind: 'error', text: problemText(result.problem, true) },
    );
  }

  async function confirm() {
    if (step.kind !== 'checked') return;
    const result = await onImport(step.text, false);
    setStep(
      result.ok ? { kind: 'done', summary: result.value } : { kind: 'error', text: problemText(result.problem, true) },
    );
  }

  const summary = (s: ImportSummary) => t('importSummary', [s.ownTerms, s.notes, s.extraSites.length]);

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="hint">{t('backupIntro')}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => void onExport()}>
          {t('exportButton')}
        </button>
        <label class="button file-button">
          {t('importButton')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={choose} />
        </label>
      </div>
      <div class="import-status" role="status" aria-live="polite">
        {step.kind === 'checked' && (
          <div class="import-confirm">
            <p>{t('importChecked', step.name)}</p>
            <p>{summary(step.summary)}</p>
            <p class="warning">{t('importReplaces')}</p>
            <div class="button-row">
              <button type="button" class="button" onClick={() => void confirm()}>
                {t('importConfirm')}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setStep({ kind: 'idle' })}>
                {t('cancel')}
              </button>
            </div>
          </div>
        )}
        {step.kind === 'done' && <p class="form-ok">{t('importDone', summary(step.summary))}</p>}
        {step.kind === 'error' && (
          <p class="form-error">
            {t('importFailed')} {step.text}
          </p>
        )}
      </div>
    </section>
  );
}
