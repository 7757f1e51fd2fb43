/** The reader's notes in a view: the loaded ones plus those saved since, and the save that announces its outcome. */
import { useMemo, useState } from 'preact/hooks';
import type { UserDataResult } from '@/lib/protocol';
import type { Announcement } from './Announcer';
import { t } from './i18n';
import { problemText } from './problems';

export function useNotes(
  loaded: Readonly<Record<string, string>> | undefined,
  store: ((positionId: string, text: string) => Promise<UserDataResult<null>>) | undefined,
  announce: (kind: Announcement['kind'], text: string) => void,
) {
  // Saved here since the catalog was loaded ('' = deleted), so the entry shows them at once.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const notes = useMemo(() => ({ ...loaded, ...edits }), [loaded, edits]);
  const saveNote = store
    ? async (positionId: string, text: string) => {
        const result = await store(positionId, text).catch(() => null);
        if (result?.ok) {
          setEdits((e) => ({ ...e, [positionId]: text.trim() }));
          announce('ok', t(text.trim() ? 'noteSaved' : 'noteDeleted'));
          return true;
        }
        announce('error', result ? problemText(result.problem) : t('noteSaveFailed'));
        return false;
      }
    : undefined;
  return { notes, saveNote };
}
