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
import type { ImportSummary, SiteAccess, UserDataResult } from '@/lib/messages';
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
  importData(text: string, dryRun: boolean): Promise<UserDataResult<ImportSummary>>;
}

/** The options page: sites, highlighting, copying, own terms, notes, backup. */
export function OptionsApp({ services }: { services: OptionsServices }) {
  const [data, setData] = useState<OptionsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);

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
              const result = await services.importData(text, dryRun);
              if (!dryRun && result.ok) await reload();
              return result;
            }}
          />
        </>
      )}
    </main>
  );
}
