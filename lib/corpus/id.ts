/**
 * Stable position ids. Derived from the document id and the first words of the demand title only,
 * so a better parser (a fixed hyphen late in the title, a cleaner body) keeps the id, and user data
 * keyed by it (notes, own terms) survives.
 */
const ID_WORDS = 6;

/** What a position id looks like: `<document>:<slug>`, lowercase a-z, 0-9 and single dashes. */
export const POSITION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a well-formed position id (says nothing about whether it exists). */
export function isPositionId(value: unknown): value is string {
  return typeof value === 'string' && POSITION_ID.test(value);
}

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', è: 'e', ü: 'u', ö: 'o', ä: 'a' };

export function slugWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[æøåéèüöä]/g, (c) => FOLD[c] ?? c)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function positionId(documentId: string, title: string, words = ID_WORDS): string {
  return `${documentId}:${slugWords(title).slice(0, words).join('-')}`;
}
