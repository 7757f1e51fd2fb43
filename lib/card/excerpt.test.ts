import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short body whole, with whitespace collapsed', () => {
    expect(excerpt('Kort\n\nbegrunnelse.  Her.')).toBe('Kort begrunnelse. Her.');
    expect(excerpt('')).toBe('');
  });

  it('cuts a long body at a word boundary and adds …', () => {
    const body = 'ord '.repeat(100);
    const out = excerpt(body, 50);
    expect(out.endsWith('ord…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(51);
  });

  it('drops punctuation left dangling before the …', () => {
    expect(excerpt('Kommunene, fylkene; staten og alle andre', 20)).toBe('Kommunene, fylkene…');
  });

  it('cuts inside a very long word rather than returning almost nothing', () => {
    expect(excerpt(`a ${'x'.repeat(100)}`, 20)).toBe(`a ${'x'.repeat(18)}…`);
  });
});
