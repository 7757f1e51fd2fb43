import { describe, expect, it } from 'vitest';
import type { MinedPage } from '../lib/mine';
import { pageJson, pageText, type Page } from './mine-report';

const text = 'Kommunene trenger mer frihet i skolen, og lærerne trenger tid.';
const mined: MinedPage = {
  paragraphs: 3,
  withHits: 1,
  short: 1,
  unmatched: [
    {
      index: 2,
      start: 10,
      end: 10 + text.length,
      text,
      words: ['frihet', 'skolen'],
      positions: [
        { id: 'doc:a', title: 'Gi skolen frihet', score: 3.14159, via: ['frihet'] },
        { id: 'doc:b', title: 'T'.repeat(90), score: 1.005, via: ['skolen'] },
      ],
    },
  ],
};

describe('mine: pageJson', () => {
  it('rounds scores to two decimals and leaves out what a plain file does not have', () => {
    const json = pageJson({ source: 'a.txt', text }, mined, new Set());
    expect(json).not.toHaveProperty('expected');
    expect(json).not.toHaveProperty('url');
    expect(json.unmatched[0]!.positions.map((p) => p.score)).toEqual([3.14, 1]);
    expect(json.unmatched[0]!.positions[0]).not.toHaveProperty('expected');
  });

  it('marks expected positions and lists those the lexicon missed, for a real-text page', () => {
    const page: Page = { source: 'A-001', text, url: 'https://x', language: 'nb', expected: ['doc:a', 'doc:c'] };
    const json = pageJson(page, mined, new Set(['doc:c']));
    expect(json.missedByLexicon).toEqual(['doc:a']);
    expect(json.unmatched[0]!.positions.map((p) => p.expected)).toEqual([true, false]);
  });
});

describe('mine: pageText', () => {
  it('prints a head, the counts, each paragraph with its words and positions, clipped', () => {
    const page: Page = { source: 'A-001', text, language: 'nb', expected: ['doc:a'] };
    const out = pageText(pageJson(page, mined, new Set()), 1);
    const lines = out.split('\n');
    expect(lines[0]).toBe('== A-001 · nb');
    expect(lines[1]).toBe('   3 paragraphs: 1 with a lexicon hit, 1 without but too short, 1 mined');
    expect(lines[2]).toBe('   expected: doc:a');
    expect(lines[3]).toBe('   missed by the lexicon: doc:a');
    expect(out).toContain(`  ¶3 [10–${10 + text.length}] «${text}»`);
    expect(out).toContain('     words: frihet, skolen');
    expect(out).toContain('   ✓   3.14  doc:a  «Gi skolen frihet»  via frihet');
    expect(out).toContain(`     1.00  doc:b  «${'T'.repeat(69)}…»  via skolen`);
    expect(out.endsWith('\n\n')).toBe(true);
  });

  it('says so when no position reaches the minimum score, and names a negative', () => {
    const none: MinedPage = { ...mined, unmatched: [{ ...mined.unmatched[0]!, positions: [] }] };
    const out = pageText(pageJson({ source: 'N-1', text, expected: [] }, none, new Set()), 2);
    expect(out).toContain('   expected: (none: a negative)');
    expect(out).toContain('     (no position scores 2 or more)');
  });
});
