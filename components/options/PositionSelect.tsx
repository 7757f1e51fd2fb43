import type { Position } from '@/lib/corpus/types';
import { groupByChapter } from '../chapterGroups';
import { t } from '../i18n';

/** A native select of every position, grouped by chapter (native: keyboard and screen readers for free). */
export function PositionSelect({
  id,
  positions,
  value,
  onChange,
}: {
  id: string;
  positions: readonly Position[];
  value: string;
  onChange(id: string): void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
      <option value="">{t('choosePosition')}</option>
      {groupByChapter(positions).map((g) => (
        <optgroup key={g.key} label={t('chapterLabel', [g.chapterIndex, g.title])}>
          {g.positions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
