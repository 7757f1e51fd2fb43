import type { DocumentMeta } from '@/lib/corpus/types';

/** Name of the extension and which KS document(s) the list comes from. */
export function PopupHeader({ documents, positionCount }: { documents: readonly DocumentMeta[]; positionCount: number | null }) {
  return (
    <header class="popup-header">
      <img class="popup-logo" src="/icon/32.png" alt="" width={24} height={24} />
      <div>
        <h1 class="popup-name">Standpunkt</h1>
        {documents.map((d) => (
          <p class="popup-source" key={d.id}>
            {d.publisher}: «{d.title}» ({d.year})
            {positionCount !== null && documents.length === 1 && ` · ${positionCount} krav`}
          </p>
        ))}
      </div>
    </header>
  );
}
