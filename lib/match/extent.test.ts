import { describe, expect, it } from 'vitest';
import type { CompiledTerm } from './compiled';
import { hitExtent, type Rule } from './extent';
import { normalize } from './normalize';

const WORD = { startsWord: true, endsWord: true };
const NOUN_ENDINGS = new Set(['', 'en', 'er', 'ene', 's']);

function term(over: Partial<CompiledTerm> = {}): CompiledTerm {
  return { t: 'x', infl: 'noun', positions: [0], needs: [null], weight: 1, ...over };
}

function rule(tail = '', endings = NOUN_ENDINGS): Rule {
  return { term: 0, endings, maxEnding: Math.max(...[...endings].map((x) => x.length)), tail };
}

/** The hit extent of the stem `stem` at its first occurrence in `text`, as the hit's text and compound flag. */
function hit(text: string, stem: string, t: CompiledTerm, r: Rule = rule(), edges = WORD): [string, boolean] | null {
  const n = normalize(text);
  const buf = Uint16Array.from(n.text, (c) => c.charCodeAt(0));
  const s = n.text.indexOf(stem);
  const ext = hitExtent(buf, buf.length, edges, t, r, s, s + stem.length);
  return ext && [n.text.slice(ext[0], ext[1]), ext[2]];
}

describe('hitExtent', () => {
  it('takes an inflection ending and stops at the word end', () => {
    expect(hit('om lærernormene her', 'lærernorm', term())).toEqual(['lærernormene', false]);
    expect(hit('om lærernormxyz her', 'lærernorm', term())).toBeNull();
  });

  it('takes a modifier of at least 3 letters or a hyphen before a head term only', () => {
    const head = term({ head: true });
    expect(hit('skolenorm', 'norm', head)).toEqual(['skolenorm', true]);
    expect(hit('abnorm', 'norm', head)).toBeNull(); // modifier too short
    expect(hit('skole-norm', 'norm', head)).toEqual(['skole-norm', true]);
    expect(hit('skolenorm', 'norm', term())).toBeNull(); // not a head term
  });

  it('takes the whole lemma, a linking s and at least 3 letters after a first term', () => {
    const first = term({ first: true });
    const r = rule('e', new Set(['e', 'en', 'er']));
    expect(hit('innsigelsesretten', 'innsigels', first, r)).toEqual(['innsigelsesretten', true]);
    expect(hit('innsigelsesre', 'innsigels', first, r)).toBeNull(); // rest shorter than 3
    expect(hit('innsigelsesretten', 'innsigels', term(), r)).toBeNull(); // may not start a compound
  });

  it('joins a hyphenated next word for a first term or an abbreviation, not otherwise', () => {
    expect(hit('eøs-midler', 'eøs', term({ infl: 'none' }), rule('', new Set([''])))).toEqual(['eøs-midler', true]);
    expect(hit('norm-saken', 'norm', term({ first: true }))).toEqual(['norm-saken', true]);
    expect(hit('norm-saken', 'norm', term())).toBeNull();
  });

  it('skips the boundary tests at pattern edges that are not word characters', () => {
    expect(hit('xnorm!', 'norm!', term(), rule(), { startsWord: false, endsWord: false })).toEqual(['norm!', false]);
  });
});
