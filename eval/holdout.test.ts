/**
 * The held-out set loads and meets its own requirements. No score threshold here on purpose: a gate on
 * the held-out figures would invite tuning against them, and then they would no longer be held out.
 */
import { describe, expect, it } from 'vitest';
import { bundle } from '../lib/data/bundle';
import { HOLDOUT_DIR, loadPassages, PASSAGES_DIR, passageKind } from './passages';
import type { Passage } from './types';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter(Boolean);

describe('the held-out evaluation set', () => {
  const passages: Passage[] = loadPassages(HOLDOUT_DIR);
  const chapterOf = new Map(bundle.positions.map((p) => [p.id, p.chapterIndex]));

  it('lives in its own directory', () => {
    expect(HOLDOUT_DIR).not.toBe(PASSAGES_DIR);
  });

  it('has at least 50 passages, at least 40% in nynorsk', () => {
    expect(passages.length).toBeGreaterThanOrEqual(50);
    const nn = passages.filter((p) => p.lang === 'nn').length;
    expect(nn / passages.length).toBeGreaterThanOrEqual(0.4);
  });

  it('covers every chapter with several passages and at least 35 distinct demands', () => {
    const perChapter = new Map<number, number>();
    const demands = new Set<string>();
    for (const p of passages) {
      for (const c of new Set(p.expect.map((e) => chapterOf.get(e.position)!))) perChapter.set(c, (perChapter.get(c) ?? 0) + 1);
      for (const e of p.expect) demands.add(e.position);
    }
    expect(bundle.chapters.length).toBe(7);
    for (const chapter of bundle.chapters) expect(perChapter.get(chapter.index) ?? 0, chapter.title).toBeGreaterThanOrEqual(3);
    expect(demands.size).toBeGreaterThanOrEqual(35);
  });

  it('has near-misses and unrelated negatives that expect nothing, and positives that expect something', () => {
    const kinds = passages.map(passageKind);
    expect(kinds.filter((k) => k === 'near-miss').length).toBeGreaterThanOrEqual(8);
    expect(kinds.filter((k) => k === 'negative').length).toBeGreaterThanOrEqual(5);
    for (const p of passages) {
      if (passageKind(p) === 'positive') expect(p.expect.length, p.id).toBeGreaterThan(0);
      else expect(p.expect, p.id).toEqual([]);
    }
  });

  it('uses every genre, keeps passages 1–3 paragraphs and 40–200 words, 1–4 key words per position', () => {
    expect(new Set(passages.map((p) => p.genre)).size).toBe(7);
    for (const p of passages) {
      const words = wordCount(p.text);
      expect(words, p.id).toBeGreaterThanOrEqual(40);
      expect(words, p.id).toBeLessThanOrEqual(200);
      const paras = paragraphs(p.text).length;
      expect(paras, p.id).toBeGreaterThanOrEqual(1);
      expect(paras, p.id).toBeLessThanOrEqual(3);
      for (const e of p.expect) expect(e.words.length, `${p.id} ${e.position}`).toBeLessThanOrEqual(4);
    }
  });

  it('shares no id and no paragraph with the main set', () => {
    const main = loadPassages(PASSAGES_DIR);
    const mainIds = new Set(main.map((p) => p.id));
    const mainParagraphs = new Set(main.flatMap((p) => paragraphs(p.text)));
    for (const p of passages) {
      expect(mainIds.has(p.id), p.id).toBe(false);
      // Short headline-like paragraphs could coincide by chance; a shared body paragraph would mean copying.
      for (const para of paragraphs(p.text)) if (wordCount(para) >= 12) expect(mainParagraphs.has(para), `${p.id}: ${para}`).toBe(false);
    }
  });
});
