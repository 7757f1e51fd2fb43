import { COPY_FORMATS, type CopyFormat } from '@/lib/copy';
import type { Settings } from '@/lib/settings/settings';
import { t, type MessageKey } from '../i18n';

const LABEL: Record<CopyFormat, MessageKey> = { plain: 'formatPlain', markdown: 'formatMarkdown', html: 'formatHtml' };
const HELP: Record<CopyFormat, MessageKey> = {
  plain: 'formatPlainHelp',
  markdown: 'formatMarkdownHelp',
  html: 'formatHtmlHelp',
};

/** The default copy format, and whether the user's note goes into copies. */
export function CopySection({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(changes: Partial<Settings>): void;
}) {
  return (
    <section class="card" aria-labelledby="copy-heading">
      <h2 id="copy-heading">{t('copyHeading')}</h2>
      <fieldset>
        <legend>{t('copyDefaultFormat')}</legend>
        {COPY_FORMATS.map((format) => (
          <label class="check" key={format}>
            <input
              type="radio"
              name="copyFormat"
              value={format}
              checked={settings.copyFormat === format}
              onChange={() => onChange({ copyFormat: format })}
            />
            <span>
              {t(LABEL[format])} <span class="hint">{t(HELP[format])}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.copyIncludesNote}
          onChange={(e) => onChange({ copyIncludesNote: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('copyIncludesNote')}
      </label>
    </section>
  );
}
