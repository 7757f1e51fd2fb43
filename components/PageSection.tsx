import type { Position } from '@/lib/corpus/types';
import type { PageMatchReport } from '@/lib/protocol';
import { t, tCount } from './i18n';
import { PositionItem } from './PositionItem';

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
}

/** "On this page": the KS positions the content script found on the tab, strongest first. */
export function PageSection({
  state,
  positionsById,
  onEnableSite,
  enabling,
  onHighlighting,
  onLeaveTop,
}: PageSectionProps) {
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
              <ul class="positions page-positions">
                {state.report.positions.map((pp) => {
                  const position = positionsById.get(pp.id);
                  return position ? (
                    <PositionItem
                      key={pp.id}
                      position={position}
                      page={{ count: pp.count, words: pp.words }}
                      onLeaveTop={onLeaveTop}
                    />
                  ) : null;
                })}
              </ul>
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
