import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundle } from '../lib/data/bundle';
import { loadPassages, passageKind, PassageError, validatePassages } from './passages';
import type { Passage } from './types';

const known = new Set(bundle.positions.map((p) => p.id));
const somePosition = bundle.positions[0]!.id;

function good(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    lang: 'nb',
    genre: 'innstilling',
    text: 'Komiteen viser til at bemanningsnormene binder opp ressursene.',
    expect: [{ position: somePosition, words: ['bemanningsnormene'] }],
    note: 'test passage',
    ...overrides,
  };
}

describe('validatePassages', () => {
  it('accepts a well-formed passage and keeps its fields', () => {
    const [p] = validatePassages([{ file: 'a.json', data: [good('a-1')] }], known);
    expect(p).toEqual(good('a-1'));
  });

  it('rejects an unknown position, naming file and passage', () => {
    const bad = good('a-1', { expect: [{ position: 'ks-2021:no-such-demand', words: ['bemanningsnormene'] }] });
    expect(() => validatePassages([{ file: 'a.json', data: [bad] }], known)).toThrow(
      /a\.json: passage "a-1": unknown position "ks-2021:no-such-demand"/,
    );
  });

  it('rejects a word that is not a substring of the text', () => {
    const bad = good('a-1', { expect: [{ position: somePosition, words: ['bemanningsnorm', 'lærernormen'] }] });
    expect(() => validatePassages([{ file: 'a.json', data: [bad] }], known)).toThrow(/"lærernormen".*not in the text/);
  });

  it('rejects a duplicate id across files', () => {
    const sources = [
      { file: 'a.json', data: [good('x-1')] },
      { file: 'b.json', data: [good('x-1')] },
    ];
    expect(() => validatePassages(sources, known)).toThrow(/b\.json: passage "x-1": duplicate id \(also in a\.json\)/);
  });

  it.each([
    ['unknown lang', { lang: 'sv' }, /unknown lang/],
    ['unknown genre', { genre: 'blogg' }, /unknown genre/],
    ['missing note', { note: undefined }, /"note"/],
    ['empty text', { text: '' }, /"text"/],
    ['unknown field', { expects: [] }, /unknown field "expects"/],
    ['position without words', { expect: [{ position: somePosition, words: [] }] }, /at least one word/],
    [
      'position listed twice',
      {
        expect: [
          { position: somePosition, words: ['bemanningsnormene'] },
          { position: somePosition, words: ['ressursene'] },
        ],
      },
      /listed twice/,
    ],
  ])('rejects %s', (_name, overrides, message) => {
    const data = [JSON.parse(JSON.stringify(good('a-1', overrides)))];
    expect(() => validatePassages([{ file: 'a.json', data }], known)).toThrow(message);
  });

  it('rejects a file that is not an array', () => {
    expect(() => validatePassages([{ file: 'a.json', data: good('a-1') }], known)).toThrow(PassageError);
  });
});

describe('loadPassages on a directory', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function writeDir(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'ks-passages-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }

  it('reads every json file and ignores other files', () => {
    const d = writeDir({
      'a.json': JSON.stringify([good('a-1')]),
      'b.json': JSON.stringify([good('b-1')]),
      'README.md': 'not a passage file',
    });
    expect(loadPassages(d, known).map((p) => p.id)).toEqual(['a-1', 'b-1']);
  });

  it('names the file of a duplicate id and of invalid JSON', () => {
    const dup = writeDir({ 'a.json': JSON.stringify([good('a-1')]), 'b.json': JSON.stringify([good('a-1')]) });
    expect(() => loadPassages(dup, known)).toThrow(/b\.json: passage "a-1": duplicate id/);
    rmSync(dup, { recursive: true, force: true });
    const broken = writeDir({ 'c.json': '[{' });
    expect(() => loadPassages(broken, known)).toThrow(/c\.json: invalid JSON/);
  });

  it('rejects an unknown position read from disk', () => {
    const d = writeDir({
      'a.json': JSON.stringify([good('a-1', { expect: [{ position: 'ks-2021:nope', words: ['bemanningsnormene'] }] })]),
    });
    expect(() => loadPassages(d, known)).toThrow(/a\.json: passage "a-1": unknown position/);
  });
});

describe('the evaluation set', () => {
  const passages: Passage[] = loadPassages();
  const chapterOf = new Map(bundle.positions.map((p) => [p.id, p.chapterIndex]));

  it('has at least 60 passages, at least a third in nynorsk', () => {
    expect(passages.length).toBeGreaterThanOrEqual(60);
    const nn = passages.filter((p) => p.lang === 'nn').length;
    expect(nn * 3).toBeGreaterThanOrEqual(passages.length);
  });

  it('covers every chapter with several passages and at least 45 distinct demands', () => {
    const perChapter = new Map<number, number>();
    const demands = new Set<string>();
    for (const p of passages) {
      const chapters = new Set(p.expect.map((e) => chapterOf.get(e.position)!));
      for (const c of chapters) perChapter.set(c, (perChapter.get(c) ?? 0) + 1);
      for (const e of p.expect) demands.add(e.position);
    }
    for (const chapter of bundle.chapters) expect(perChapter.get(chapter.index) ?? 0).toBeGreaterThanOrEqual(3);
    expect(demands.size).toBeGreaterThanOrEqual(45);
  });

  it('has near-misses and unrelated negatives that expect nothing, and positives that expect something', () => {
    const kinds = passages.map(passageKind);
    expect(kinds.filter((k) => k === 'near-miss').length).toBeGreaterThanOrEqual(12);
    expect(kinds.filter((k) => k === 'negative').length).toBeGreaterThanOrEqual(8);
    for (const p of passages) {
      if (passageKind(p) === 'positive') expect(p.expect.length, p.id).toBeGreaterThan(0);
      else expect(p.expect, p.id).toEqual([]);
    }
  });

  it('uses every genre, keeps passages 40–200 words and 1–4 key words per position', () => {
    expect(new Set(passages.map((p) => p.genre)).size).toBe(7);
    for (const p of passages) {
      const words = p.text.split(/\s+/).filter(Boolean).length;
      expect(words, p.id).toBeGreaterThanOrEqual(40);
      expect(words, p.id).toBeLessThanOrEqual(200);
      for (const e of p.expect) expect(e.words.length, `${p.id} ${e.position}`).toBeLessThanOrEqual(4);
    }
  });
});
