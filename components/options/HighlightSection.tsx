import type { ChapterGroup } from '../chapterGroups';
import { chapterStyle } from '@/lib/highlight/colors';
import type { OverviewSetting, Settings } from '@/lib/settings/settings';
import { t } from '../i18n';

const OVERVIEW_CHOICES = [
  ['default-sites', 'overviewDefaultSites'],
  ['all', 'overviewAll'],
  ['off', 'overviewOff'],
] as const satisfies readonly (readonly [OverviewSetting, string])[];

/** Highlighting on/off, per chapter, its look (fill or underline), and where the overview strip shows. */
export function HighlightSection({
  settings,
  chapters,
  onChange,
}: {
  settings: Settings;
  chapters: readonly Pick<ChapterGroup, 'key' | 'chapterIndex' | 'title'>[];
  onChange(changes: Partial<Settings>): void;
}) {
  const hidden = new Set(settings.hiddenChapters);
  const toggleChapter = (key: string, on: boolean) =>
    onChange({
      hiddenChapters: on ? settings.hiddenChapters.filter((k) => k !== key) : [...settings.hiddenChapters, key],
    });
  return (
    <section class="card" aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">{t('highlightHeading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.highlighting}
          onChange={(e) => onChange({ highlighting: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('highlightOn')}
      </label>
      <fieldset>
        <legend>{t('highlightLook')}</legend>
        {(['fill', 'underline'] as const).map((look) => (
          <label class="check" key={look}>
            <input
              type="radio"
              name="look"
              value={look}
              checked={settings.look === look}
              onChange={() => onChange({ look })}
            />
            <span class={`look-sample look-${look}`} aria-hidden="true">
              {t('lookSampleWord')}
            </span>
            {t(look === 'fill' ? 'lookFill' : 'lookUnderline')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('overviewLegend')}</legend>
        {OVERVIEW_CHOICES.map(([value, label]) => (
          <label class="check" key={value}>
            <input
              type="radio"
              name="overview"
              value={value}
              checked={settings.overview === value}
              onChange={() => onChange({ overview: value })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('highlightChapters')}</legend>
        {chapters.map((c) => (
          <label class="check" key={c.key}>
            <input
              type="checkbox"
              data-chapter={c.key}
              checked={!hidden.has(c.key)}
              onChange={(e) => toggleChapter(c.key, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span
              class="chapter-swatch"
              style={{ background: chapterStyle(c.chapterIndex).background }}
              aria-hidden="true"
            />
            {t('chapterLabel', [c.chapterIndex, c.title])}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
