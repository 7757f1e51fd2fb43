/**
 * The first lines of a justification for the card. CSS clamps the visible lines; this caps the
 * text itself so a long body is not put in the DOM whole and the "…" is ours, at a word boundary.
 */
export const EXCERPT_CHARS = 260;

export function excerpt(body: string, maxChars = EXCERPT_CHARS): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1);
  const space = cut.lastIndexOf(' ');
  const head = space > maxChars / 2 ? cut.slice(0, space) : text.slice(0, maxChars);
  return `${head.replace(/[\s,;:.–-]+$/, '')}…`;
}
