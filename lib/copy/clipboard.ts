/**
 * The one way to the clipboard, for the hover card in a page and for our own pages (popup, side panel):
 * HTML with its plain-text fallback as one ClipboardItem (Word and Outlook paste the rich version, plain
 * editors the text), else plain text. The async Clipboard API needs a secure context; in a page on http
 * (and where the API is refused) the `copy` event route still works: execCommand('copy') fires it and we
 * fill its data.
 */
import type { ClipboardPayload } from './format';

export interface ClipboardOptions {
  /**
   * Fall back to the `copy` event when the Clipboard API is missing or refused (default). Our own pages
   * turn it off: a refusal there is told to the reader, with the text to copy by hand.
   */
  copyEvent?: boolean;
}

/** True when the clipboard holds the payload; false when the browser refused (the caller says so). */
export async function writeClipboard(
  doc: Document,
  payload: ClipboardPayload,
  options: ClipboardOptions = {},
): Promise<boolean> {
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
  return options.copyEvent === false ? false : copyViaEvent(doc, payload);
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
