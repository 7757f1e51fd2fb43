/** The one heading rule: a block this short without closing punctuation is a heading and shares context with the next. */

/** Longest heading, in normalised characters. */
export const HEADING_MAX = 150;
/**
 * Longest neighbour worth reading as a possible heading, in raw characters: raw text may hold soft hyphens,
 * spaces and line breaks that normalisation removes, so the raw limit is looser than HEADING_MAX.
 */
export const HEADING_CONTEXT_MAX = 2 * HEADING_MAX;

/** Characters that end a sentence or a clause: a block ending in one is running text, not a heading. */
const CLOSING = '.!?;,';

/** Whether this character code closes running text (see CLOSING). */
export function closesText(code: number): boolean {
  return CLOSING.includes(String.fromCharCode(code));
}

/**
 * The rule on a block's raw text (before normalisation, so only nearly exact): callers that match a page
 * block by block use it to know when a neighbouring block is context.
 */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= HEADING_MAX && !closesText(t.charCodeAt(t.length - 1));
}
