/**
 * Folding for search: lower case, diacritics off, and the Norwegian letters spelled the way people
 * type them on a keyboard without them: å → aa, æ → ae, ø → oe. Text and query are folded alike,
 * so "barnehagelaerer" finds "barnehagelærer" and "lærer" finds "laerer". An offset map leads each
 * folded character back to the original, so matches can be marked in the text as written.
 */
export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the index of the original character it came from. */
  map: number[];
}

const SPELLED: Record<string, string> = { å: 'aa', æ: 'ae', ø: 'oe', ä: 'ae', ö: 'oe', ü: 'u' };
const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const spelled = SPELLED[lower];
  if (spelled) return spelled;
  return lower.normalize('NFD').replace(MARKS, '');
}

export function fold(input: string): Folded {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of input) {
    const out = foldChar(ch);
    text += out;
    for (let k = 0; k < out.length; k++) map.push(i);
    i += ch.length;
  }
  return { text, map };
}

/** The folded text only (queries: NFC first, so a decomposed "å" folds like a composed one). */
export function foldText(input: string): string {
  return fold(input.normalize('NFC')).text;
}
