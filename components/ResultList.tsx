import type { SearchHit } from '@/lib/search';
import { t, tCount } from './i18n';
import { PositionItem } from './PositionItem';

function Hits({ hits, onLeaveTop }: { hits: readonly SearchHit[]; onLeaveTop?: () => void }) {
  return hits.map((hit) => (
    <PositionItem
      key={hit.position.id}
      position={hit.position}
      marks={{ title: hit.marks.title, body: hit.marks.body }}
      terms={hit.terms}
      onLeaveTop={onLeaveTop}
    />
  ));
}

/**
 * Search results, best first, with the matched words marked. Loose (typo-tolerant) matches come apart,
 * under their own heading and quieter, so a near miss is not taken for what was asked.
 */
export function ResultList({
  hits,
  query,
  onLeaveTop,
}: {
  hits: readonly SearchHit[];
  query: string;
  onLeaveTop?: () => void;
}) {
  const exact = hits.filter((h) => h.exact);
  const loose = hits.filter((h) => !h.exact);
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="section-title">
        {t('resultsHeading')}
      </h2>
      <p class="results-count" role="status">
        {hits.length > 0 ? tCount('results', hits.length) : t('noResults', query)}
      </p>
      {exact.length > 0 && (
        <ul class="positions results-exact">
          <Hits hits={exact} onLeaveTop={onLeaveTop} />
        </ul>
      )}
      {loose.length > 0 && (
        <>
          <h3 class="results-loose-title">{t('resultsLoose')}</h3>
          <ul class="positions results-loose">
            <Hits hits={loose} onLeaveTop={onLeaveTop} />
          </ul>
        </>
      )}
    </section>
  );
}
