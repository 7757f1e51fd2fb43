/** Who may ask the background what: extension pages everything, content scripts an allow-list, others nothing. */
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/protocol';
import { onMessage } from '@/utils/messaging';

/**
 * What a content script may ask the background. A content script shares its page's process, and code in
 * its world (a compromised renderer, a bug of ours driven by the page) must not read or change user data,
 * permissions or sites, export or import, or open search panels. Everything not listed here answers
 * extension pages only (popup, options, side panel: our own origin).
 */
export const CONTENT_SCRIPT_MAY_ASK: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>([
  'getPositions',
  'getPosition',
  'getDatasetInfo',
  'getLexicon',
  'getSettings',
  'pageMatches',
  // Only the notes of the positions it names (at most all positions, each once).
  'getNotesOf',
  // The hover card: load its code, copy one position, "Vis mer" (one tab at a time, see the handler),
  // the reader's note on a position the card shows (a known position only, see the handler).
  'loadCardUi',
  'getCopyPayload',
  'openPosition',
  'setNote',
]);

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string; index?: number; windowId?: number };
  frameId?: number;
}

export type SenderKind = 'extension' | 'content' | 'foreign';

/** An extension page (our origin), a content script (a web page's frame), or anything else. */
export function senderKind(
  sender: SenderLike | undefined,
  runtime: { id?: string; getURL(path: string): string } = browser.runtime,
): SenderKind {
  if (!sender || sender.id !== runtime.id) return 'foreign';
  const ours = new URL(runtime.getURL('/')).origin;
  const origin = sender.origin ?? (typeof sender.url === 'string' ? safeOrigin(sender.url) : null);
  if (origin === ours) return 'extension';
  return sender.tab?.id !== undefined ? 'content' : 'foreign';
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export class RefusedError extends Error {
  constructor(type: string) {
    super(`Standpunkt: "${type}" is not answered for this sender`);
    this.name = 'RefusedError';
  }
}

/** Throws RefusedError unless `sender` may ask `type` (extension pages may ask everything). */
export function checkSender(type: keyof ProtocolMap, sender: SenderLike | undefined): SenderKind {
  const kind = senderKind(sender);
  if (kind === 'extension' || (kind === 'content' && CONTENT_SCRIPT_MAY_ASK.has(type))) return kind;
  throw new RefusedError(type);
}

type BackgroundHandler<K extends keyof ProtocolMap> = (message: {
  data: Parameters<ProtocolMap[K]>[0];
  sender: SenderLike & Record<string, unknown>;
  kind: SenderKind;
}) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/** onMessage for the background: the sender is checked before the handler runs, and its kind passed on. */
export function onBackgroundMessage<K extends keyof ProtocolMap>(type: K, handler: BackgroundHandler<K>): () => void {
  return (
    onMessage as unknown as (
      t: K,
      h: (m: { data: unknown; sender: SenderLike & Record<string, unknown> }) => unknown,
    ) => () => void
  )(type, (message) => {
    const kind = checkSender(type, message.sender);
    return handler({ data: message.data as Parameters<ProtocolMap[K]>[0], sender: message.sender, kind });
  });
}
