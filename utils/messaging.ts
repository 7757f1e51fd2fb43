/** The protocol (lib/protocol.ts) bound to the extension's messaging: the only place that knows the transport. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '@/lib/protocol';

/**
 * Handlers return Promises or plain values; the library turns them into Promise replies (WXT's fake browser
 * ignores `sendResponse`, real browsers accept both). Errors thrown by a handler are serialised and re-thrown
 * by `sendMessage`.
 */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
