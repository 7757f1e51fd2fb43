import type { SearchHit } from '@/lib/search';
import { t, tCount } from './i18n';
import { PositionItem } from './PositionItem';

/** Search results, best first, with the matched words marked. */
export function ResultList({
  hits,
  query,
  onLeaveTop,
}: {
  hits: readonly SearchHit[];
  query: string;
  onLeaveTop?: () => void;
}) {
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="section-title">
        {t('resultsHeading')}
      </h2>
      <p class="results-count" role="status">
        {hits.length > 0 ? tCount('results', hits.length) : t('noResults', query)}
      </p>
      {hits.length > 0 && (
        <ul class="positions">
          {hits.map((hit) => (
            <PositionItem
              key={hit.position.id}
              position={hit.position}
              marks={{ title: hit.marks.title, body: hit.marks.body }}
              terms={hit.terms}
              onLeaveTop={onLeaveTop}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
