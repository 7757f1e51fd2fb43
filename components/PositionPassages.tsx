import { useId, useState } from 'preact/hooks';
import type { PagePassage } from '@/lib/protocol';
import { GroupSummary } from './GroupSummary';
import { tCount } from './i18n';
import { PassageList } from './PassageList';

/** Under a position on the page: the groups behind its passages, and its passages, collapsed («3 avsnitt ▸»). */
export function PositionPassages({
  passages,
  onReveal,
}: {
  passages: readonly PagePassage[];
  onReveal: (index: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (!passages.length) return null;
  return (
    <div class="position-passages">
      <GroupSummary speakers={passages.map((p) => p.speaker)} />
      <button
        type="button"
        class="passages-toggle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        {tCount('passages', passages.length)} <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div id={listId}>
          <PassageList passages={passages} onReveal={onReveal} />
        </div>
      )}
    </div>
  );
}
