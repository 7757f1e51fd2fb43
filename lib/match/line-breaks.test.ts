import { describe, expect, it } from 'vitest';
import * as chars from './chars';
import { afterSingleBreak, conjunctionAt, isLowerAt, isWordAt, kindOf } from './line-breaks';

describe('line-end lookaheads', () => {
  it('classifies characters on demand, outside the first table block too', () => {
    expect(kindOf(' '.charCodeAt(0))).toBe(chars.K_SPACE);
    expect(kindOf('\n'.charCodeAt(0))).toBe(chars.K_NEWLINE);
    expect(kindOf(0x2029)).toBe(chars.K_PARA);
    expect(kindOf(0x00ad)).toBe(chars.K_SOFT);
    expect(kindOf(0x2013)).toBe(chars.K_DASH);
  });

  it('finds the next line after exactly one break, with spaces around it', () => {
    const text = 'bemannings- \r\n  normer';
    expect(afterSingleBreak(text, 11)).toBe(text.indexOf('normer'));
    expect(afterSingleBreak('a-\n\nb', 2)).toBe(-1); // a blank line is a block boundary
    expect(afterSingleBreak('a- b', 2)).toBe(-1); // no line break at all
    expect(afterSingleBreak('a-\n  ', 2)).toBe(-1); // nothing after the break
  });

  it('tells word and lowercase characters apart, false outside the text', () => {
    expect(isWordAt('EØS-', 1)).toBe(true);
    expect(isWordAt('EØS-', 3)).toBe(false);
    expect(isWordAt('ab', -1)).toBe(false);
    expect(isLowerAt('aB', 0)).toBe(true);
    expect(isLowerAt('aB', 1)).toBe(false);
    expect(isLowerAt('ab', 2)).toBe(false);
  });

  it('sees a whole conjunction word, not a word that starts like one', () => {
    expect(conjunctionAt('x og y', 2)).toBe(true);
    expect(conjunctionAt('Eller', 0)).toBe(true);
    expect(conjunctionAt('samt', 0)).toBe(true);
    expect(conjunctionAt('ogsaa', 0)).toBe(false);
    expect(conjunctionAt('organ', 0)).toBe(false);
  });
});
