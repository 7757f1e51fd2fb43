import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActionsContext, type EntryActions } from '@/components/actions';
import { Announcer, type Announcement } from '@/components/Announcer';
import { ChapterList } from '@/components/ChapterList';
import { t } from '@/components/i18n';
import { LIST_ROOT_ATTR } from '@/components/listKeys';
import { PageSection, type PageState } from '@/components/PageSection';
import { PopupHeader } from '@/components/PopupHeader';
import { pageNote } from '@/components/pageNote';
import { PositionItem } from '@/components/PositionItem';
import { ReportNote } from '@/components/ReportNote';
import { ResultList } from '@/components/ResultList';
import { SearchBox } from '@/components/SearchBox';
import { OnPageContext } from '@/components/onPage';
import { usePagePassages } from '@/components/usePagePassages';
import { useNotes } from '@/components/useNotes';
import { clipboardPayload, type ClipboardPayload, type CopyFormat } from '@/lib/copy';
import type { Position } from '@/lib/corpus/types';
import type { DatasetInfo } from '@/lib/db/queries';
import type { PagePassages, RevealResult, UserDataResult } from '@/lib/protocol';
import { createSearchIndex } from '@/lib/search';
import type { Settings } from '@/lib/settings/settings';

/** Everything the view shows that does not depend on the tab. */
export interface Catalog {
  positions: Position[];
  info: DatasetInfo;
  settings: Settings;
  notes: Record<string, string>;
  searchTerms: Record<string, string[]>;
}

/** The tab the view works on (absent in a view without one). */
export interface PageService {
  load(): Promise<PageState>;
  reveal(positionId: string, occurrence: number): Promise<RevealResult>;
  /** The page's highlighted passages (the passages list, the note); rejects when the content script does not answer. */
  passages?(): Promise<PagePassages>;
  revealPassage?(index: number): Promise<RevealResult>;
  setHighlighting(enabled: boolean): Promise<boolean>;
  enableSite(host: string): Promise<'enabled' | 'denied' | 'failed'>;
  /** Calls back when the tab changes (side panel: another tab, a reload). */
  subscribe?(onChange: () => void): () => void;
}

export interface AppServices {
  loadCatalog(): Promise<Catalog>;
  page?: PageService;
  /** True when the clipboard holds the payload; false (or a rejection) when the browser refused. */
  writeClipboard(payload: ClipboardPayload): Promise<boolean>;
  /** Saves the note of a position (empty deletes). Absent: notes are read-only here. */
  saveNote?(positionId: string, text: string): Promise<UserDataResult<null>>;
  openOptions?(): void;
  openSidePanel?(): void;
  initialQuery?: string;
  /** A position to show first, expanded (`?position=` from the hover card's "Vis mer"). */
  focusPositionId?: string;
  /** Calls back with a search started elsewhere (the context menu). */
  subscribeQuery?(onQuery: (query: string) => void): () => void;
  /** Calls back with a position to show, asked for elsewhere (the card's «Vis mer», panel already open). */
  subscribePosition?(onPosition: (positionId: string) => void): () => void;
  /** How often the page list is refreshed while open (the page may still be scanning); 0 = never. */
  refreshMs?: number;
}

type CatalogState = { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & Catalog);

/**
 * The popup and the side panel: what KS cares about on this page, search over everything else, and
 * quick copy. `services` is injected so tests need no browser.
 */
export function App({ services }: { services: AppServices }) {
  const [catalog, setCatalog] = useState<CatalogState>({ status: 'loading' });
  const [query, setQuery] = useState(services.initialQuery ?? '');
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [enabling, setEnabling] = useState<'working' | 'denied' | 'failed' | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const announceId = useRef(0);

  useEffect(() => {
    let live = true;
    services.loadCatalog().then(
      (data) => live && setCatalog({ status: 'ready', ...data }),
      (err: unknown) =>
        live && setCatalog({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => services.subscribeQuery?.((q) => setQuery(q)), [services]);

  const [focusId, setFocusId] = useState(services.focusPositionId);
  useEffect(
    () =>
      services.subscribePosition?.((id) => {
        setQuery('');
        setFocusId(id);
      }),
    [services],
  );
  // The position asked for is scrolled to and focused, so the reader (and a screen reader) lands on it.
  const focusReady = catalog.status === 'ready';
  useEffect(() => {
    if (!focusId || !focusReady) return;
    const entry = document.querySelector<HTMLElement>(`.focus [data-position-id] button`);
    entry?.scrollIntoView({ block: 'nearest' });
    entry?.focus({ preventScroll: true });
  }, [focusId, focusReady]);

  const loadPage = useCallback(async () => {
    if (!services.page) return;
    const next = await services.page.load();
    // Same answer → same state object, so an open list does not re-render under the user's focus.
    setPage((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  }, [services]);

  useEffect(() => {
    if (!services.page) return;
    void loadPage();
    const unsubscribe = services.page.subscribe?.(() => {
      setPage({ status: 'loading' });
      void loadPage();
    });
    const every = services.refreshMs ?? 2000;
    const timer = every > 0 ? setInterval(() => void loadPage(), every) : undefined;
    return () => {
      unsubscribe?.();
      if (timer) clearInterval(timer);
    };
  }, [services, loadPage]);

  // A confirmation goes after a while; a problem stays until the next message.
  useEffect(() => {
    if (message?.kind !== 'ok') return;
    const timer = setTimeout(() => setMessage(null), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const loadPassages = useMemo(() => services.page?.passages?.bind(services.page), [services]);
  const passages = usePagePassages(page, loadPassages);
  const onPage = useMemo(() => new Set(page.status === 'ready' ? page.report.positions.map((p) => p.id) : []), [page]);
  const revealPassage = async (index: number) => {
    const shown = await services.page?.revealPassage?.(index).catch(() => null);
    if (!shown || shown.total === 0) announce('error', t('revealFailed'));
  };

  const announce = (kind: Announcement['kind'], text: string, manual?: string) =>
    setMessage({ kind, text, manual, id: ++announceId.current });

  const ready = catalog.status === 'ready' ? catalog : null;
  const index = useMemo(
    () => (ready ? createSearchIndex(ready.positions, ready.searchTerms) : null),
    [ready?.positions, ready?.searchTerms],
  );
  const { notes, saveNote } = useNotes(ready?.notes, services.saveNote, announce);
  const positionsById = useMemo(() => new Map((ready?.positions ?? []).map((p) => [p.id, p])), [ready?.positions]);
  const hits = useMemo(() => (index && query.trim() ? index.search(query) : []), [index, query]);

  const actions: EntryActions = {
    defaultFormat: ready?.settings.copyFormat ?? 'plain',
    noteFor: (id) => notes[id] || undefined,
    async copy(position: Position, format?: CopyFormat) {
      if (!ready) return false;
      const document = ready.info.documents.find((d) => d.id === position.documentId);
      if (!document) return false;
      const chosen = format ?? ready.settings.copyFormat;
      const payload = clipboardPayload(position, document, chosen, {
        note: notes[position.id],
        includeNote: ready.settings.copyIncludesNote,
        strings: { claims: t('copyClaims'), source: t('copySource'), chapter: t('copyChapter'), note: t('copyNote') },
      });
      const copied = await services.writeClipboard(payload).catch(() => false);
      if (copied) {
        announce('ok', t(chosen === 'html' ? 'copiedHtml' : chosen === 'markdown' ? 'copiedMarkdown' : 'copiedPlain'));
        return true;
      }
      announce('error', t('copyRefused'), payload['text/plain']);
      return false;
    },
    saveNote,
    reveal: services.page
      ? async (positionId, occurrence) => {
          try {
            return await services.page!.reveal(positionId, occurrence);
          } catch {
            announce('error', t('revealFailed'));
            return null;
          }
        }
      : undefined,
  };

  async function enableSite() {
    if (page.status !== 'inactive' || !page.host || !services.page) return;
    setEnabling('working');
    const result = await services.page.enableSite(page.host);
    setEnabling(result === 'enabled' ? null : result);
    if (result === 'enabled') {
      setPage({ status: 'loading' });
      // The injected script needs a moment to scan; the refresh timer keeps the list current after.
      setTimeout(() => void loadPage(), 400);
    }
  }

  async function setHighlighting(enabled: boolean) {
    if (!services.page) return;
    try {
      await services.page.setHighlighting(enabled);
    } finally {
      void loadPage();
    }
  }

  const leaveTop = () => searchRef.current?.focus();

  const reported = page.status === 'ready' && page.report.positions.length > 0 ? page.report : null;
  async function makeNote() {
    if (!ready || !reported || !services.page?.passages) throw new Error('no page');
    const passages = await services.page.passages();
    const documents = ready.info.documents;
    return pageNote({ report: reported, passages, positionsById, documents, notes, date: new Date() });
  }

  return (
    <ActionsContext.Provider value={actions}>
      <main class="popup" aria-busy={catalog.status === 'loading'} {...{ [LIST_ROOT_ATTR]: '' }}>
        <PopupHeader documents={ready?.info.documents ?? []} positionCount={ready ? ready.positions.length : null}>
          {services.openSidePanel && (
            <button
              type="button"
              class="tool"
              onClick={services.openSidePanel}
              title={t('openSidePanel')}
              aria-label={t('openSidePanel')}
            >
              <span aria-hidden="true">◨</span>
            </button>
          )}
          {services.openOptions && (
            <button
              type="button"
              class="tool"
              onClick={services.openOptions}
              title={t('openOptions')}
              aria-label={t('openOptions')}
            >
              <span aria-hidden="true">⚙</span>
            </button>
          )}
        </PopupHeader>
        <SearchBox value={query} onInput={setQuery} inputRef={searchRef} />
        <Announcer message={message} manualLabel={t('copyManualLabel')} />
        {catalog.status === 'loading' && <p class="status">{t('loadingPositions')}</p>}
        {catalog.status === 'error' && (
          <div class="status status-error" role="alert">
            <p>{t('loadFailed')}</p>
            <p class="status-detail">{catalog.message}</p>
          </div>
        )}
        {ready &&
          (ready.positions.length === 0 ? (
            <p class="status" role="status">
              {t('storeEmpty')}
            </p>
          ) : query.trim() ? (
            <OnPageContext.Provider value={onPage}>
              <ResultList hits={hits} query={query.trim()} onLeaveTop={leaveTop} />
            </OnPageContext.Provider>
          ) : (
            <>
              {focusId && positionsById.has(focusId) && (
                <section class="focus" aria-labelledby="focus-heading">
                  <h2 id="focus-heading" class="section-title">
                    {t('focusHeading')}
                  </h2>
                  <ul class="positions">
                    <PositionItem
                      key={focusId}
                      position={positionsById.get(focusId)!}
                      initiallyOpen
                      onLeaveTop={leaveTop}
                    />
                  </ul>
                </section>
              )}
              {services.page && (
                <PageSection
                  state={page}
                  positionsById={positionsById}
                  onEnableSite={enableSite}
                  enabling={enabling}
                  onHighlighting={setHighlighting}
                  onLeaveTop={leaveTop}
                  passages={passages && { list: passages.passages, onReveal: (i) => void revealPassage(i) }}
                />
              )}
              {reported && services.page?.passages && (
                <ReportNote make={makeNote} write={(p) => services.writeClipboard(p)} announce={announce} />
              )}
              <section class="browse" aria-labelledby="browse-heading">
                <h2 id="browse-heading" class="section-title">
                  {t('browseHeading')}
                </h2>
                <OnPageContext.Provider value={onPage}>
                  <ChapterList positions={ready.positions} onLeaveTop={leaveTop} />
                </OnPageContext.Provider>
              </section>
            </>
          ))}
      </main>
    </ActionsContext.Provider>
  );
}
