import type { Position } from '@/lib/corpus/types';
import { groupByChapter } from './chapterGroups';
import { PositionItem } from './PositionItem';

/** All positions under their chapter headings, in document order. */
export function ChapterList({ positions }: { positions: readonly Position[] }) {
  return (
    <div class="chapters">
      {groupByChapter(positions).map((group) => (
        <section class="chapter" key={group.key} data-chapter-index={group.chapterIndex} aria-labelledby={`ch-${group.documentId}-${group.chapterIndex}`}>
          <h2 id={`ch-${group.documentId}-${group.chapterIndex}`} class="chapter-title">
            <span class="chapter-number">{group.chapterIndex}</span>
            <span class="chapter-name">{group.title}</span>
            <span class="chapter-count" aria-label={`${group.positions.length} krav`}>
              {group.positions.length}
            </span>
          </h2>
          <ul class="positions">
            {group.positions.map((p) => (
              <PositionItem key={p.id} position={p} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
