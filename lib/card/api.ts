/** The hover card's contract: what it is shown with, what it calls back, what it offers. */
import type { CardPosition } from './entry';
import type { RectLike } from './place';
import type { CardStrings } from './strings';

export interface ShowOptions {
  /** Client rect of the highlighted word (getBoundingClientRect / Range.getClientRects()[0]). */
  anchor: RectLike;
  positions: CardPosition[];
  /** Move keyboard focus to the first "Kopier" button (opened from the keyboard). */
  focusFirst?: boolean;
}

export type CloseReason = 'escape' | 'close-button' | 'outside';

export interface CardOptions {
  strings?: Partial<CardStrings>;
  /**
   * Copies the position. Resolve `true` for success, `false` for a refused clipboard (the card
   * shows `strings.copyFailed`), or a string to show that message instead. A rejection counts as false.
   */
  onCopy?: (positionId: string) => Promise<boolean | string>;
  onShowMore?: (positionId: string) => void;
  /**
   * Saves the reader's note on a position ('' deletes it). Resolve `true` when saved, `false` or a
   * message when not. Without it the card has no note button.
   */
  onSaveNote?: (positionId: string, text: string) => Promise<boolean | string>;
  /**
   * The user closed the card (Escape, its close button, a click outside). `hadFocus` says focus
   * was inside the card, so the caller should return it to the highlight.
   */
  onClose?: (event: { reason: CloseReason; hadFocus: boolean }) => void;
  /** How long "Kopiert!" or an error stays visible, ms. */
  statusMs?: number;
  /** Shadow root mode; closed by default, so page scripts cannot read the card (the user's note). */
  shadowMode?: ShadowRootMode;
}

export interface Card {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly isOpen: boolean;
  show(options: ShowOptions): void;
  /** Moves the open card to a new anchor rect (after scroll or resize). */
  reposition(anchor: RectLike): void;
  /** Closes without calling onClose: the caller asked for it. */
  hide(): void;
  /** True for the host and anything inside the card (events from it are retargeted to the host). */
  contains(node: Node | null): boolean;
  destroy(): void;
}
