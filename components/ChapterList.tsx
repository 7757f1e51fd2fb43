import type { Position } from '@/lib/corpus/types';
import { chapterStyle } from '@/lib/highlight/colors';
import { groupByChapter } from './chapterGroups';
import { tCount } from './i18n';
import { PositionItem } from './PositionItem';

/** All positions under their chapter headings, in document order (browsing when the search box is empty). */
export function ChapterList({ positions, onLeaveTop }: { positions: readonly Position[]; onLeaveTop?: () => void }) {
  return (
    <div class="chapters">
      {groupByChapter(positions).map((group) => (
        <section
          class="chapter"
          key={group.key}
          data-chapter-index={group.chapterIndex}
          aria-labelledby={`ch-${group.documentId}-${group.chapterIndex}`}
        >
          <h3 id={`ch-${group.documentId}-${group.chapterIndex}`} class="chapter-title">
            <span class="chapter-number" style={{ background: chapterStyle(group.chapterIndex).background }}>
              {group.chapterIndex}
            </span>
            <span class="chapter-name">{group.title}</span>
            <span class="chapter-count" aria-label={tCount('demands', group.positions.length)}>
              {group.positions.length}
            </span>
          </h3>
          <ul class="positions">
            {group.positions.map((p) => (
              <PositionItem key={p.id} position={p} onLeaveTop={onLeaveTop} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
