import { useId } from 'preact/hooks';
import { t } from './i18n';

export interface ChapterOption {
  index: number;
  name: string;
}

/** Narrows a list to one chapter; null: all chapters. */
export function ChapterFilter({
  chapters,
  value,
  onChange,
}: {
  chapters: readonly ChapterOption[];
  value: number | null;
  onChange: (chapter: number | null) => void;
}) {
  const id = useId();
  return (
    <div class="chapter-filter">
      <label for={id}>{t('chapterFilterLabel')}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          onChange(v === '' ? null : Number(v));
        }}
      >
        <option value="">{t('chapterFilterAll')}</option>
        {chapters.map((c) => (
          <option key={c.index} value={String(c.index)}>
            {t('chapterLabel', [c.index, c.name])}
          </option>
        ))}
      </select>
    </div>
  );
}
