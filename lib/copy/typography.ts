/**
 * Norwegian typography for copied text. Applied to data text before escaping, so every format
 * (plain, Markdown, HTML) gets the same characters.
 */

export const NBSP = '\u00a0';
export const EN_DASH = '\u2013';

/**
 * Whitespace inside one paragraph collapses to single spaces: the seed comes from a PDF, and a
 * stray line break or double space must not survive into a pasted document.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs of a body ("\n\n"-separated, see Position.body), each collapsed; empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(collapseSpaces)
    .filter((p) => p.length > 0);
}

/**
 * Modest typesetting of one paragraph:
 * - a spaced hyphen between words is a dash ("skredtiltak - der folk bor - ") → en dash;
 * - a numeric range ("2021-2025", "6-16 år") takes an en dash, unless the hyphen joins a compound
 *   ("0-24-samarbeidet" stays) or numbers a legal section ("§ 14-2" is one section, not a range);
 * - a non-breaking space after "kap.", "nr.", "pkt.", "jf." and "§" when a number follows, so
 *   "kap. 9A" never breaks across lines.
 */
export function typeset(text: string): string {
  return text
    .replace(/(\S) - (?=\S)/g, `$1 ${EN_DASH} `)
    .replace(/(?<![\d-])(?<!§\s?)(\d{1,4})-(\d{1,4})(?![\d-])/g, `$1${EN_DASH}$2`)
    .replace(/(^|[^\p{L}])(kap|nr|pkt|jf)\. (?=\d)/giu, `$1$2.${NBSP}`)
    .replace(/§ (?=\d)/g, `§${NBSP}`);
}

/**
 * Wraps a name in Norwegian quotes: «…». Quotes already inside become the secondary ‘…’, as
 * Norwegian style nests them.
 */
export function quote(text: string): string {
  const inner = text
    .replace(/«/g, '\u2018')
    .replace(/»/g, '\u2019')
    .replace(/"([^"]*)"/g, '\u2018$1\u2019');
  return `«${inner}»`;
}
