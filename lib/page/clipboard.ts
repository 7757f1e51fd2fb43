/**
 * Writes to the clipboard from a page's context (the content script), with the reader's click as the
 * user gesture. The async Clipboard API needs a secure context; on an http page (and where the API is
 * refused) the `copy` event route still works: execCommand('copy') fires it and we fill its data.
 */
import type { ClipboardPayload } from '../copy';

/** True when the clipboard holds the payload; false when the browser refused (the caller says so). */
export async function writeClipboard(doc: Document, payload: ClipboardPayload): Promise<boolean> {
  const view = doc.defaultView;
  const clipboard = view?.navigator.clipboard;
  if (view?.isSecureContext && clipboard) {
    try {
      if (payload['text/html'] && typeof view.ClipboardItem === 'function' && clipboard.write) {
        await clipboard.write([
          new view.ClipboardItem({
            'text/plain': new Blob([payload['text/plain']], { type: 'text/plain' }),
            'text/html': new Blob([payload['text/html']], { type: 'text/html' }),
          }),
        ]);
      } else await clipboard.writeText(payload['text/plain']);
      return true;
    } catch {
      // Refused (no focus, permission policy): try the copy event below.
    }
  }
  return copyViaEvent(doc, payload);
}

function copyViaEvent(doc: Document, payload: ClipboardPayload): boolean {
  let filled = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload['text/plain']);
    if (payload['text/html']) event.clipboardData.setData('text/html', payload['text/html']);
    event.preventDefault();
    event.stopImmediatePropagation();
    filled = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy') && filled;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}
