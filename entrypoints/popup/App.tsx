import { useEffect, useState } from 'preact/hooks';
import { ChapterList } from '@/components/ChapterList';
import { PopupHeader } from '@/components/PopupHeader';
import type { Position } from '@/lib/corpus/types';
import type { DatasetInfo } from '@/lib/db/queries';

export interface PopupData {
  positions: Position[];
  info: DatasetInfo;
}

type State = { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & PopupData);

/** The popup: every KS position by chapter. `load` is injected so tests need no browser. */
export function App({ load }: { load: () => Promise<PopupData> }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ status: 'ready', ...data }),
      (err: unknown) => live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [load]);

  return (
    <main class="popup" aria-busy={state.status === 'loading'}>
      <PopupHeader
        documents={state.status === 'ready' ? state.info.documents : []}
        positionCount={state.status === 'ready' ? state.positions.length : null}
      />
      {state.status === 'loading' && <p class="status">Henter KS-standpunktene …</p>}
      {state.status === 'error' && (
        <div class="status status-error" role="alert">
          <p>Klarte ikke å hente KS-standpunktene fra lageret.</p>
          <p class="status-detail">{state.message}</p>
        </div>
      )}
      {state.status === 'ready' &&
        (state.positions.length === 0 ? (
          <p class="status" role="status">
            Lageret er tomt. Prøv å laste utvidelsen på nytt.
          </p>
        ) : (
          <ChapterList positions={state.positions} />
        ))}
    </main>
  );
}
