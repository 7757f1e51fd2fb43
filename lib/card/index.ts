/**
 * lib/card: the hover card shown next to a highlight. Vanilla DOM in a closed shadow root, so it
 * stays small in the content script and the page can neither style nor read it.
 */
export { createCard, type Card, type CardOptions, type CardPosition, type CloseReason, type ShowOptions } from './card';
export { textColumnAt } from './column';
export { excerpt } from './excerpt';
export {
  GAP,
  MARGIN,
  placeCard,
  SIDE_MIN_WIDTH,
  type PlaceInput,
  type Placement,
  type RectLike,
  type Side,
  type Size,
} from './place';
export { CARD_MESSAGE_KEYS, cardStringsFrom, DEFAULT_CARD_STRINGS, fill, type CardStrings } from './strings';
