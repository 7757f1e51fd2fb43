/**
 * Line-level cleaning of a PDF text extraction: page furniture out, lines joined back into words.
 * Works on lines, not on a joined string, because the layout signals (blank lines, a line that starts a new
 * text box with a leading space) are what the parser reads structure from.
 */

export interface Line {
  /** 0-based line number in the seed, for messages and tests. */
  no: number;
  /** Trimmed content; '' for a blank line. */
  text: string;
  /** The raw line started with whitespace: in this extraction that marks the start of a new text box. */
  indented: boolean;
}

const PAGE_NUMBER = /^\d{1,3}$/;
const PHOTO_CREDIT = /Foto:.*$/;
/** A credit is broken over lines in short fragments ("Foto: A" / "dobe S" / "tock"). */
const CREDIT_FRAGMENT_MAX = 12;

export function toLines(text: string): Line[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((raw, no) => ({ no, text: raw.replace(/\u00ad/g, '').trim(), indented: /^[ \t\u00a0]/.test(raw) }));
}

/** Drops page numbers and photo credits (also a credit glued to the end of a text line). */
export function dropFurniture(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (PAGE_NUMBER.test(line.text)) {
      out.push({ ...line, text: '' });
      continue;
    }
    const credit = PHOTO_CREDIT.exec(line.text);
    if (!credit) {
      out.push(line);
      continue;
    }
    out.push({ ...line, text: line.text.slice(0, credit.index).trim() });
    // Swallow the credit's broken-off fragments and the blank lines between them.
    let j = i + 1;
    let last = i;
    while (j < lines.length && (lines[j]!.text === '' || lines[j]!.text.length <= CREDIT_FRAGMENT_MAX)) {
      if (lines[j]!.text !== '') last = j;
      j++;
    }
    for (let k = i + 1; k <= last; k++) out.push({ ...lines[k]!, text: '' });
    i = last;
  }
  return out;
}

/** Words after a line-final hyphen that show the hyphen is real: "klima- og miljøpolitikk". */
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'enn', 'som', 'til']);

/**
 * Joins two pieces of running text that were broken at a line end. A word hyphenated across the break
 * ("bemannings-" + "normer") is rejoined; a real hyphen stays: a suspended compound before a conjunction
 * ("klima- og"), or after an abbreviation or number ("EØS-" + "avtalen").
 */
export function joinBroken(left: string, right: string): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (!l) return r;
  if (!r) return l;
  const hyphen = /(\S)-$/.exec(l);
  if (hyphen) {
    const before = hyphen[1]!;
    const firstWord = /^[\p{L}]+/u.exec(r)?.[0] ?? '';
    const startsLower = /^\p{Ll}/u.test(r);
    if (CONJUNCTIONS.has(firstWord)) return `${l} ${r}`;
    if (startsLower && /\p{Ll}/u.test(before)) return l.slice(0, -1) + r;
    return l + r;
  }
  return `${l} ${r}`;
}

export function joinLines(lines: readonly string[]): string {
  return lines
    .reduce((acc, line) => joinBroken(acc, line), '')
    .replace(/\s+/g, ' ')
    .trim();
}
