import { browser } from 'wxt/browser';
import { clipboardPayload } from '@/lib/copy';
import type { StandpunktDb } from '@/lib/db/schema';
import { isPositionId } from '@/lib/corpus/id';
import { getDocument, getPosition, knownPositionIds } from '@/lib/db/queries';
import { readNotes, readOwnTermRows, readSettings } from '@/lib/userdata';
import { lexicon } from '@/lib/lexicon';
import { buildLexicon, type LexiconBuild } from '@/lib/lexicon/own-terms';
import { openSidePanelWith } from './search';
import { onBackgroundMessage } from './senders';
import { sendMessage } from '@/utils/messaging';
import type { ContentCommand, LexiconPayload } from '@/lib/protocol';

const COMMANDS: readonly ContentCommand[] = ['toggle-highlights', 'next-highlight', 'previous-highlight'];
const BADGE_COLOUR = '#0b3a75';
/** The toolbar button: `action` in Chrome (MV3), `browserAction` in the Firefox build (MV2, no `action`). */
const toolbarButton = () => browser.action ?? browser.browserAction;
/** "Vis mer" from a page opens at most one tab per tab in this time: a page cannot open tabs in a loop. */
export const OPEN_POSITION_INTERVAL_MS = 1500;

/**
 * The background's side of highlighting: the lexicon for content scripts (built-in terms plus the user's
 * own, rebuilt when those change), the badge with the number of KS positions on a tab, keyboard commands.
 */
export function registerPageHandlers(ready: () => Promise<StandpunktDb>): () => void {
  let cached: { key: string; build: LexiconBuild } | null = null;
  const lastOpened = new Map<number, number>();
  /** The positions «Vis mer» may open, loaded once (the bundled data changes only with an update). */
  let knownIds: Set<string> | null = null;
  const loadKnownIds = async () => (knownIds ??= await knownPositionIds(await ready()));
  void loadKnownIds().catch(() => {});

  async function currentLexicon(): Promise<LexiconPayload> {
    const db = await ready();
    const own = await readOwnTermRows(db);
    const key = JSON.stringify(own.map((o) => [o.positionId, o.term]));
    if (cached?.key !== key) {
      // Never throws for user data: a bad own term is skipped (and listed in Options), the rest runs.
      const build = buildLexicon(lexicon, own);
      for (const r of build.rejected)
        console.warn(`[standpunkt] own term «${r.term}» skipped: ${r.reason} (${r.detail})`);
      cached = { key, build };
    }
    return { version: cached.build.version, lexicon: cached.build.lexicon };
  }

  const removers = [
    onBackgroundMessage('getLexicon', () => currentLexicon()),
    onBackgroundMessage('loadCardUi', async ({ sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('loadCardUi: only a content script can ask');
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/card-ui.js'],
      });
    }),
    onBackgroundMessage('getCopyPayload', async ({ data: positionId }) => {
      const db = await ready();
      if (typeof positionId !== 'string') throw new Error('getCopyPayload: not a position id');
      const position = await getPosition(db, positionId);
      const document = position && (await getDocument(db, position.documentId));
      if (!position || !document) throw new Error(`Ukjent standpunkt: ${positionId}`);
      const [settings, notes] = await Promise.all([readSettings(db), readNotes(db)]);
      return clipboardPayload(position, document, settings.copyFormat, {
        note: notes[positionId],
        includeNote: settings.copyIncludesNote,
      });
    }),
    onBackgroundMessage('openPosition', async ({ data, sender, kind }) => {
      const tabId = sender.tab?.id;
      // Checked without waiting where the ids are loaded: an await here would lose the user gesture.
      if (!isPositionId(data) || (knownIds && !knownIds.has(data))) throw new Error('openPosition: unknown position');
      if (kind === 'content' && tabId !== undefined) {
        const now = Date.now();
        if (now - (lastOpened.get(tabId) ?? -Infinity) < OPEN_POSITION_INTERVAL_MS)
          throw new Error('openPosition: too soon');
        lastOpened.set(tabId, now);
      }
      // Opened before the first await: the click on «Vis mer» is the user gesture the side panel needs.
      const query = new URLSearchParams({ position: data, ...(tabId !== undefined ? { tabId: String(tabId) } : {}) });
      const opened = openSidePanelWith(
        { position: data, at: Date.now() },
        { tabId, windowId: sender.tab?.windowId },
        `/popup.html?${query}`,
        (sender.tab?.index ?? -1) + 1,
      );
      const [ids] = await Promise.all([loadKnownIds(), opened]);
      if (!ids.has(data)) throw new Error('openPosition: unknown position');
    }),
    onBackgroundMessage('pageMatches', async ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const count = Number.isInteger(data?.positionCount) ? Math.min(Math.max(data.positionCount, 0), 999) : 0;
      const text = data?.enabled === true && count > 0 ? String(count) : '';
      const button = toolbarButton();
      await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
      await button.setBadgeText({ tabId, text });
      await button.setTitle({
        tabId,
        title: text ? browser.i18n.getMessage('badgeTitle', [text]) || `Standpunkt: ${text}` : '',
      });
    }),
  ];

  // A new page in the tab: the old count no longer holds; the page's content script reports again.
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading')
      void toolbarButton()
        .setBadgeText({ tabId, text: '' })
        .catch(() => {});
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  const onRemoved = (tabId: number) => void lastOpened.delete(tabId);
  browser.tabs.onRemoved?.addListener(onRemoved);

  const onCommand = async (command: string, tab?: { id?: number }) => {
    if (!COMMANDS.includes(command as ContentCommand)) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // A tab without our content script (another site) has nobody to answer: nothing to do there.
    await sendMessage('runCommand', command as ContentCommand, tabId).catch(() => {});
  };
  try {
    browser.commands.onCommand.addListener(onCommand);
  } catch (error) {
    // WXT's fake browser (unit tests) has no commands API; every real browser we target has it.
    console.warn('[standpunkt] keyboard commands unavailable:', error);
  }

  return () => {
    removers.forEach((remove) => remove());
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved?.removeListener(onRemoved);
    try {
      browser.commands.onCommand.removeListener(onCommand);
    } catch {
      // see above
    }
  };
}
