import type { Speaker } from '@/lib/speakers';
import { groupSummary } from '@/lib/speakers/summary';
import { t } from './i18n';
import { speakerLang } from './speakerLang';

/** Which party groups' remarks touch a position on this page: «Flertallet (A, Sp, SV) · H, FrP». Nothing when none. */
export function GroupSummary({ speakers }: { speakers: readonly (Speaker | null)[] }) {
  const groups = groupSummary(speakers, speakerLang());
  if (!groups.length) return null;
  return (
    // One line on the page list; the whole summary in the tooltip and the passages below.
    <span class="group-summary" title={groups.join(' · ')}>
      <span class="visually-hidden">{t('groupsLabel')} </span>
      {groups.join(' · ')}
    </span>
  );
}
