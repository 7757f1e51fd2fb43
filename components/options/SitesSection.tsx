import { useState } from 'preact/hooks';
import type { SiteAccess } from '@/lib/protocol';
import { DEFAULT_SITES, normalizeSite } from '@/lib/settings/settings';
import { t } from '../i18n';

export interface SitesSectionProps {
  access: readonly SiteAccess[];
  /** Requests the host permission (from this click) and adds the site; resolves to an error text or null. */
  onAdd(site: string): Promise<string | null>;
  onRemove(site: string): Promise<void>;
}

/** Where Standpunkt runs: the two fixed sites and the user's own, each with its permission state. */
export function SitesSection({ access, onAdd, onRemove }: SitesSectionProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    let site: string;
    try {
      site = normalizeSite(input);
    } catch {
      setError(t('siteInvalid', input.trim()));
      return;
    }
    if (DEFAULT_SITES.some((d) => site === d || site.endsWith(`.${d}`))) {
      setError(t('siteAlwaysOn', site));
      return;
    }
    setBusy(true);
    const problem = await onAdd(site);
    setBusy(false);
    setError(problem);
    if (!problem) setInput('');
  }

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="hint">{t('sitesIntro')}</p>
      <ul class="site-list">
        {DEFAULT_SITES.map((site) => (
          <li key={site} class="site site-fixed">
            <span class="site-name">{site}</span>
            <span class="site-state">{t('siteFixed')}</span>
          </li>
        ))}
        {access.map((a) => (
          <li key={a.site} class="site" data-site={a.site}>
            <span class="site-name">{a.site}</span>
            {a.granted ? (
              <span class="site-state">{t('siteActive')}</span>
            ) : (
              <button type="button" class="button button-small" onClick={() => void onAdd(a.site).then(setError)}>
                {t('siteGrant', a.site)}
              </button>
            )}
            <button
              type="button"
              class="button button-small button-quiet"
              onClick={() => void onRemove(a.site)}
              aria-label={t('siteRemoveLabel', a.site)}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={submit}>
        <label for="site-input">{t('siteAddLabel')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          value={input}
          placeholder="www.ks.no"
          aria-describedby="site-help site-error"
          aria-invalid={error ? true : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="button" disabled={busy || !input.trim()}>
          {t('siteAdd')}
        </button>
      </form>
      <p id="site-help" class="hint">
        {t('siteAddHelp')}
      </p>
      <p id="site-error" class="form-error" role="alert">
        {error ?? ''}
      </p>
    </section>
  );
}
