import { useState } from 'preact/hooks';
import type { Position } from '@/lib/corpus/types';
import type { PageMatchReport, PagePassage } from '@/lib/protocol';
import { ChapterFilter } from './ChapterFilter';
import { t, tCount } from './i18n';
import { PassageList } from './PassageList';
import { chaptersOf, passagesByPosition } from './passageGroups';
import { PositionItem } from './PositionItem';
import { PositionPassages } from './PositionPassages';

/** Why the content script does not answer on this tab. */
export type InactiveReason =
  /** A browser page, a file, the extension's own page: nothing can run there. */
  | 'unsupported'
  /** One of our sites, but the page was loaded before the extension (or it is still starting): reload. */
  | 'reload'
  /** Another site: the user may turn Standpunkt on for it. */
  | 'offer'
  /** We cannot tell which site it is. */
  | 'unknown';

export type PageState =
  | { status: 'loading' }
  | { status: 'inactive'; reason: InactiveReason; host: string | null }
  | { status: 'ready'; report: PageMatchReport };

export interface PageSectionProps {
  state: PageState;
  positionsById: ReadonlyMap<string, Position>;
  onEnableSite?: () => void;
  /** Set while enabling: 'working', or a problem to show. */
  enabling?: 'working' | 'denied' | 'failed' | null;
  onHighlighting?: (enabled: boolean) => void;
  onLeaveTop?: () => void;
  /** The page's passages (issue 12): listed under each position, or all in page order. */
  passages?: { list: readonly PagePassage[]; onReveal: (index: number) => void } | null;
}

/** "On this page": the KS positions the content script found on the tab, strongest first. */
export function PageSection({
  state,
  positionsById,
  onEnableSite,
  enabling,
  onHighlighting,
  onLeaveTop,
  passages,
}: PageSectionProps) {
  const [chapter, setChapter] = useState<number | null>(null);
  const [pageOrder, setPageOrder] = useState(false);
  const inChapter = (id: string) => chapter === null || positionsById.get(id)?.chapterIndex === chapter;
  const reported = state.status === 'ready' ? state.report.positions : [];
  const chapters = chaptersOf(reported, positionsById);
  const byPosition = passagesByPosition(passages?.list ?? []);
  return (
    <section class="page" aria-labelledby="page-heading" aria-busy={state.status === 'loading'}>
      <h2 id="page-heading" class="section-title">
        {t('pageHeading')}
        {state.status === 'ready' && state.report.positions.length > 0 && (
          <span class="section-count"> ({state.report.positions.length})</span>
        )}
      </h2>
      {state.status === 'loading' && <p class="status">{t('pageLoading')}</p>}
      {state.status === 'inactive' && (
        <Inactive reason={state.reason} host={state.host} onEnableSite={onEnableSite} enabling={enabling} />
      )}
      {state.status === 'ready' && (
        <>
          {!state.report.enabled && (
            <div class="status status-off">
              <p>{t('pageHighlightingOff')}</p>
              {onHighlighting && (
                <button type="button" class="button" onClick={() => onHighlighting(true)}>
                  {t('turnHighlightingOn')}
                </button>
              )}
            </div>
          )}
          {state.report.positions.length === 0 ? (
            <p class="status">{t('pageNoMatches')}</p>
          ) : (
            <>
              <p class="page-summary">{tCount('positionsFound', state.report.positions.length)}</p>
              <div class="page-tools">
                {chapters.length > 1 && <ChapterFilter chapters={chapters} value={chapter} onChange={setChapter} />}
                {passages && passages.list.length > 0 && (
                  <button
                    type="button"
                    class="button button-quiet page-order-toggle"
                    aria-pressed={pageOrder}
                    onClick={() => setPageOrder(!pageOrder)}
                  >
                    {t('passagesInPageOrder')}
                  </button>
                )}
              </div>
              {pageOrder && passages ? (
                <PassageList
                  passages={passages.list.filter((p) => inChapter(p.positionId))}
                  onReveal={passages.onReveal}
                  positionsById={positionsById}
                />
              ) : (
                <ul class="positions page-positions">
                  {state.report.positions
                    .filter((pp) => inChapter(pp.id))
                    .map((pp) => {
                      const position = positionsById.get(pp.id);
                      return position ? (
                        <PositionItem
                          key={pp.id}
                          position={position}
                          page={{ count: pp.count, words: pp.words }}
                          onLeaveTop={onLeaveTop}
                        >
                          {passages && (
                            <PositionPassages passages={byPosition.get(pp.id) ?? []} onReveal={passages.onReveal} />
                          )}
                        </PositionItem>
                      ) : null;
                    })}
                </ul>
              )}
            </>
          )}
          {state.report.enabled && onHighlighting && state.report.positions.length > 0 && (
            <button type="button" class="button button-quiet page-toggle" onClick={() => onHighlighting(false)}>
              {t('turnHighlightingOff')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Inactive({
  reason,
  host,
  onEnableSite,
  enabling,
}: {
  reason: InactiveReason;
  host: string | null;
  onEnableSite?: () => void;
  enabling?: PageSectionProps['enabling'];
}) {
  return (
    <div class="status status-inactive">
      <p>
        {t(reason === 'unsupported' ? 'inactiveUnsupported' : reason === 'reload' ? 'inactiveReload' : 'inactiveHere')}
      </p>
      {reason === 'offer' && host && onEnableSite && (
        <>
          <button type="button" class="button" onClick={onEnableSite} disabled={enabling === 'working'}>
            {t('enableOnSite', host)}
          </button>
          <p class="status-detail">{t('enableExplain')}</p>
        </>
      )}
      {enabling === 'denied' && (
        <p class="status-error" role="alert">
          {t('enableDenied')}
        </p>
      )}
      {enabling === 'failed' && (
        <p class="status-error" role="alert">
          {t('enableFailed')}
        </p>
      )}
    </div>
  );
}
