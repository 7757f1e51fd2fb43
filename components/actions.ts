import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CopyFormat } from '@/lib/copy';
import type { Position } from '@/lib/corpus/types';

/**
 * What an entry can do, provided once by the view (popup, side panel) so that list components stay
 * small: copy a position, reveal it on the page, read the user's note and copy settings.
 */
export interface EntryActions {
  copy(position: Position, format?: CopyFormat): Promise<boolean>;
  /** Scrolls the page to the n-th occurrence; resolves to the shown index and total, or null. */
  reveal?(positionId: string, occurrence: number): Promise<{ index: number; total: number } | null>;
  noteFor(positionId: string): string | undefined;
  /** Saves the user's note on a position (empty deletes); resolves true when stored. */
  saveNote?(positionId: string, text: string): Promise<boolean>;
  defaultFormat: CopyFormat;
}

export const ActionsContext = createContext<EntryActions>({
  copy: async () => false,
  noteFor: () => undefined,
  defaultFormat: 'plain',
});

export const useActions = () => useContext(ActionsContext);
