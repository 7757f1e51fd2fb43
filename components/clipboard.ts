import type { ClipboardPayload } from '@/lib/copy';

/**
 * Writes a copy to the clipboard: HTML with its plain-text fallback as one ClipboardItem (Word and
 * Outlook paste the rich version, plain editors the text); plain text and Markdown with writeText.
 * Throws when the browser refuses (no permission, page not focused); the caller says so.
 */
export async function writeClipboard(payload: ClipboardPayload, clipboard: Clipboard = navigator.clipboard): Promise<void> {
  if (!clipboard) throw new Error('clipboard unavailable');
  const html = payload['text/html'];
  if (html !== undefined && typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    await clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([payload['text/plain']], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await clipboard.writeText(payload['text/plain']);
}
