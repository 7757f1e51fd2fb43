import { useEffect, useMemo, useState } from 'preact/hooks';
import { groupByChapter } from '@/components/chapterGroups';
import { t } from '@/components/i18n';
import { BackupSection } from '@/components/options/BackupSection';
import { CopySection } from '@/components/options/CopySection';
import { HighlightSection } from '@/components/options/HighlightSection';
import { NotesSection } from '@/components/options/NotesSection';
import { OwnTermsSection } from '@/components/options/OwnTermsSection';
import { SitesSection } from '@/components/options/SitesSection';
import { problemText } from '@/components/problems';
import type { Position } from '@/lib/corpus/types';
import type { ImportSummary, SiteAccess, UnknownPositionsChoice, UserDataResult } from '@/lib/protocol';
import type { Settings } from '@/lib/settings/settings';
import type { OwnTermEntry } from '@/lib/userdata';

export interface OptionsData {
  settings: Settings;
  positions: Position[];
  ownTerms: OwnTermEntry[];
  notes: Record<string, string>;
  access: SiteAccess[];
}

export interface OptionsServices {
  load(): Promise<OptionsData>;
  setSettings(changes: Partial<Settings>): Promise<Settings>;
  /** Asks for the host permission (from the user's click) and adds the site; an error text or null. */
  addSite(site: string): Promise<string | null>;
  removeSite(site: string): Promise<void>;
  addOwnTerm(term: string, positionId: string): Promise<UserDataResult<OwnTermEntry>>;
  removeOwnTerm(id: number): Promise<void>;
  setNote(positionId: string, text: string): Promise<UserDataResult<null>>;
  exportData(): Promise<void>;
  /** `unknownPositions`: what to do with terms and notes on positions this version does not know. */
  importData(
    text: string,
    dryRun: boolean,
    unknownPositions?: UnknownPositionsChoice,
  ): Promise<UserDataResult<ImportSummary>>;
}

const SKIP_KEYS = {
  unknownPosition: 'ownTermSkippedUnknownPosition',
  curated: 'ownTermSkippedCurated',
  duplicate: 'ownTermSkippedDuplicate',
  invalid: 'ownTermSkippedInvalid',
} as const;

/** Own terms the lexicon build skips, with the reason: highlighting goes on without them (issue 10). */
function SkippedTerms({ terms }: { terms: OwnTermEntry[] }) {
  const skipped = terms.filter((term) => term.skipped);
  if (!skipped.length) return null;
  return (
    <section class="card" aria-labelledby="skipped-heading">
      <h2 id="skipped-heading">{t('ownTermsSkippedHeading')}</h2>
      <p class="hint">{t('ownTermsSkippedIntro')}</p>
      <ul class="skipped-terms">
        {skipped.map((term) => (
          <li key={term.id}>
            {t(SKIP_KEYS[term.skipped!.reason] ?? 'ownTermSkippedInvalid', [term.term, term.skipped!.detail])}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an import's check found beyond the counts: unknown positions (the user chooses) and curated duplicates. */
function ImportNotice({
  summary,
  choice,
  onChoice,
}: {
  summary: ImportSummary;
  choice: UnknownPositionsChoice;
  onChoice(c: UnknownPositionsChoice): void;
}) {
  const unknown = summary.unknownPositions ?? [];
  const curated = summary.curatedDuplicates ?? [];
  if (!unknown.length && !curated.length) return null;
  return (
    <section class="card import-notice" aria-live="polite">
      {unknown.length > 0 && (
        <fieldset>
          <legend>{t('importUnknownPositions', unknown.join(', '))}</legend>
          {(['drop', 'keep'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="unknown-positions"
                value={value}
                checked={choice === value}
                onChange={() => onChoice(value)}
              />{' '}
              {t(value === 'drop' ? 'importUnknownDrop' : 'importUnknownKeep')}
            </label>
          ))}
        </fieldset>
      )}
      {curated.length > 0 && <p class="hint">{t('importCuratedDuplicates', curated.join(', '))}</p>}
    </section>
  );
}

/** The options page: sites, highlighting, copying, own terms, notes, backup. */
export function OptionsApp({ services }: { services: OptionsServices }) {
  const [data, setData] = useState<OptionsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const [checked, setChecked] = useState<ImportSummary | null>(null);
  // Never stored without the user's word: unknown positions are left out unless they choose to keep them.
  const [unknownChoice, setUnknownChoice] = useState<UnknownPositionsChoice>('drop');

  const reload = () =>
    services.load().then(
      (d) => {
        setData(d);
        setError(null);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  useEffect(() => void reload(), [services]);

  const chapters = useMemo(() => groupByChapter(data?.positions ?? []), [data?.positions]);

  async function changeSettings(changes: Partial<Settings>) {
    try {
      const settings = await services.setSettings(changes);
      setData((d) => (d ? { ...d, settings } : d));
      setSaved((n) => n + 1);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('optionsHeading')}</h1>
      </header>
      <p class="visually-hidden" role="status">
        {saved > 0 ? t('settingsSaved') : ''}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {t('optionsError', error)}
        </p>
      )}
      {!data && !error && <p class="hint">{t('loadingPositions')}</p>}
      {data && (
        <>
          <SitesSection
            access={data.access}
            onAdd={async (site) => {
              const problem = await services.addSite(site);
              await reload();
              return problem;
            }}
            onRemove={async (site) => {
              await services.removeSite(site);
              await reload();
            }}
          />
          <HighlightSection settings={data.settings} chapters={chapters} onChange={changeSettings} />
          <CopySection settings={data.settings} onChange={changeSettings} />
          <OwnTermsSection
            terms={data.ownTerms}
            positions={data.positions}
            onAdd={async (term, positionId) => {
              const result = await services.addOwnTerm(term, positionId);
              await reload();
              return result.ok ? null : problemText(result.problem);
            }}
            onRemove={async (id) => {
              await services.removeOwnTerm(id);
              await reload();
            }}
          />
          <SkippedTerms terms={data.ownTerms} />
          <NotesSection
            notes={data.notes}
            positions={data.positions}
            onSave={async (positionId, text) => {
              const result = await services.setNote(positionId, text);
              await reload();
              return result.ok ? null : problemText(result.problem);
            }}
          />
          <BackupSection
            onExport={services.exportData}
            onImport={async (text, dryRun) => {
              if (dryRun) setUnknownChoice('drop');
              const result = await services.importData(text, dryRun, dryRun ? undefined : unknownChoice);
              setChecked(dryRun && result.ok ? result.value : null);
              if (!dryRun && result.ok) await reload();
              return result;
            }}
          />
          {checked && <ImportNotice summary={checked} choice={unknownChoice} onChoice={setUnknownChoice} />}
        </>
      )}
    </main>
  );
}
