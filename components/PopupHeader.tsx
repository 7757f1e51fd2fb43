import type { ComponentChildren } from 'preact';
import type { DocumentMeta } from '@/lib/corpus/types';
import { t, tCount } from './i18n';

/** Name of the extension, which KS document(s) the data comes from, and the view's own buttons. */
export function PopupHeader({
  documents,
  positionCount,
  children,
}: {
  documents: readonly DocumentMeta[];
  positionCount: number | null;
  children?: ComponentChildren;
}) {
  return (
    <header class="popup-header">
      <img class="popup-logo" src="/icon/32.png" alt="" width={24} height={24} />
      <div class="popup-heading">
        <h1 class="popup-name">{t('extName')}</h1>
        {documents.map((d) => (
          <p class="popup-source" key={d.id} title={t('sourceLine', [d.publisher, d.title, d.year])}>
            {t('sourceLine', [d.publisher, d.title, d.year])}
            {positionCount !== null && documents.length === 1 && ` · ${tCount('demands', positionCount)}`}
          </p>
        ))}
      </div>
      {children && <div class="popup-tools">{children}</div>}
    </header>
  );
}
