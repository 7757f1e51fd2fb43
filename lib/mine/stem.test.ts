import { describe, expect, it } from 'vitest';
import { stem, tokenize } from './stem';
import { isStopWord } from './stopwords';

describe('stem', () => {
  it('brings bokmål and nynorsk inflections of a noun to one stem', () => {
    for (const w of ['kommune', 'kommunen', 'kommunene', 'kommunar', 'kommunane', 'kommunens']) {
      expect(stem(w)).toBe('kommun');
    }
    for (const w of ['barnehage', 'barnehagen', 'barnehager', 'barnehagar', 'barnehagane']) {
      expect(stem(w)).toBe('barnehag');
    }
    expect(stem('tilsynet')).toBe(stem('tilsyn'));
    expect(stem('tilsyns')).toBe('tilsyn');
  });

  it('lets verbs in -ere meet their verbal nouns, and agent nouns their plural', () => {
    const vurd = stem('vurdere');
    for (const w of ['vurderer', 'vurdering', 'vurderinga', 'vurderingene']) expect(stem(w)).toBe(vurd);
    const laer = stem('lærer');
    for (const w of ['lærere', 'lærerne', 'lærar', 'lærarar', 'lærarane']) expect(stem(w)).toBe(laer);
    expect(stem('innkjøpere')).toBe(stem('innkjøp'));
  });

  it('strips weak past tense only where it is one, and keeps short words and -ss whole', () => {
    expect(stem('kjøpte')).toBe('kjøp');
    expect(stem('liste')).toBe('list');
    expect(stem('ansatte')).toBe('ansatt');
    expect(stem('lov')).toBe('lov');
    expect(stem('prosess')).toBe('prosess');
  });

  it('lowercases and folds nothing else', () => {
    expect(stem('NAV')).toBe('nav');
    expect(stem('Økonomi')).toBe('økonomi');
    expect(stem('søknad')).not.toBe(stem('soknad'));
  });
});

describe('tokenize', () => {
  it('finds words with their offsets, keeping hyphenated words whole and dropping digits', () => {
    const text = 'I 2021 fikk e-helse og KS’ arbeid (NAV) plass.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.surface)).toEqual(['I', 'fikk', 'e-helse', 'og', 'KS', 'arbeid', 'NAV', 'plass']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens[6]!.lower).toBe('nav');
  });
});

describe('stop words', () => {
  it('covers function words of both written standards and the genre, not subjects', () => {
    for (const w of ['og', 'ikke', 'ikkje', 'korleis', 'hvordan', 'dei', 'frå', 'komiteen', 'regjeringa']) {
      expect(isStopWord(w)).toBe(true);
    }
    for (const w of ['kommune', 'tilsyn', 'innsigelse', 'barnehage']) expect(isStopWord(w)).toBe(false);
  });
});
