import { useId, useState } from 'preact/hooks';
import type { PagePassage } from '@/lib/protocol';
import { GroupSummary } from './GroupSummary';
import { tCount } from './i18n';
import { PassageList } from './PassageList';

/** Under a position on the page, on one line: its passages, collapsed («3 avsnitt ▸»), and the groups behind them. */
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
      <button
        type="button"
        class="passages-toggle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        {tCount('passages', passages.length)} <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      <GroupSummary speakers={passages.map((p) => p.speaker)} />
      {open && (
        <div id={listId}>
          <PassageList passages={passages} onReveal={onReveal} />
        </div>
      )}
    </div>
  );
}
