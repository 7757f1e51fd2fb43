import { useEffect, useState } from 'preact/hooks';
import type { PagePassages } from '@/lib/protocol';
import type { PageState } from './PageSection';

/**
 * The page's passages, asked again only when what the page reports changes (the list is built on request
 * in the tab, so the popup's refresh timer must not rebuild it every time).
 */
export function usePagePassages(page: PageState, load: (() => Promise<PagePassages>) | undefined): PagePassages | null {
  const [passages, setPassages] = useState<PagePassages | null>(null);
  const key =
    page.status === 'ready' && page.report.enabled
      ? JSON.stringify([
          page.report.url,
          ...[...page.report.positions, ...page.report.mentions].map((p) => [p.id, p.count]),
        ])
      : '';
  useEffect(() => {
    if (!key || !load) {
      setPassages(null);
      return;
    }
    let live = true;
    load().then(
      (answer) => live && setPassages(answer),
      () => live && setPassages(null),
    );
    return () => {
      live = false;
    };
  }, [key, load]);
  return passages;
}
