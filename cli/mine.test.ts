import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle } from '../lib/data/bundle';
import type { Hit, Matcher, RankedPosition } from '../lib/match/types';
import { mine, type MineDeps, type MineJson } from './mine';

const SUPERVISION = 'ks-2021:redusere-tilsynstrykket-for-kommuner-og-fylkeskommuner';
const OBJECTIONS = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';

/** A test double for the lexicon (mine's own logic is under test): finds one fixed word, case-insensitively. */
function fakeMatcher(word: string, position: string): Matcher {
  const re = new RegExp(word, 'giu');
  return {
    size: 1,
    find(text: string): Hit[] {
      return [...text.matchAll(re)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        term: word,
        positions: [position],
      }));
    },
    scoreTerms: (counts) => [...counts.values()].reduce((a, b) => a + b, 0),
    rank(hits: Hit[]): RankedPosition[] {
      return hits.length ? [{ id: position, score: hits.length, hits }] : [];
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'ks-mine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const deps: MineDeps = {
  matcher: fakeMatcher('innsigelse', OBJECTIONS),
  bundle,
  realTextFile: join(dir, 'absent.json'),
};

async function run(args: string[], d: MineDeps = deps) {
  let out = '';
  let err = '';
  const code = await mine(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => '' }, d);
  return { code, out, err };
}

// Written for this test: one paragraph the fake lexicon marks, one it misses, one too short.
const SUPERVISION_TEXT =
  'Fylkesmennene og direktorata fører mange tilsyn med kommunane kvart år. Det samla omfanget av statleg tilsyn må ned, og rettleiing bør kome i staden for kontroll.';
const OBJECTION_TEXT =
  'Kommunen fikk en innsigelse mot reguleringsplanen fra statsforvalteren etter høringen i fjor høst, og saken ble forsinket.';
const PAGE = [OBJECTION_TEXT, SUPERVISION_TEXT, 'Kort overskrift'].join('\n\n');

describe('npm run mine', () => {
  it('lists, for a text file, the unmatched paragraphs with positions and words', async () => {
    const { code, out, err } = await run([file('page.txt', PAGE)]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('3 paragraphs: 1 with a lexicon hit, 1 without but too short, 1 mined');
    expect(out).toContain('¶2');
    expect(out).toContain(SUPERVISION);
    expect(out).toMatch(/words: .*tilsyn/);
    expect(out).not.toContain('¶1 ');
  });

  it('gives the same in --json, with offsets into the page text', async () => {
    const { code, out } = await run([file('page2.txt', PAGE), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as MineJson;
    expect(json.pages).toHaveLength(1);
    const [page] = json.pages;
    expect(page).toMatchObject({ paragraphs: 3, withHits: 1, short: 1 });
    const [p] = page!.unmatched;
    expect(PAGE.slice(p!.start, p!.end)).toBe(SUPERVISION_TEXT);
    expect(p!.positions[0]).toMatchObject({ id: SUPERVISION });
    expect(p!.positions.length).toBeLessThanOrEqual(3);
    expect(p!.words.length).toBeGreaterThanOrEqual(5);
    expect(page!.expected).toBeUndefined();
  });

  it('reads HTML as ks scan does: blocks become paragraphs, scripts are not text', async () => {
    const html = `<html><body><h1>Kort</h1><p>${OBJECTION_TEXT}</p><script>tilsyn tilsyn</script><p>${SUPERVISION_TEXT}</p></body></html>`;
    const { out } = await run([file('page.html', html), '--json']);
    const [page] = (JSON.parse(out) as MineJson).pages;
    expect(page).toMatchObject({ paragraphs: 3, withHits: 1, short: 1 });
    expect(page!.unmatched[0]!.text).toBe(SUPERVISION_TEXT);
  });

  it('honours --top and --min-score (both spellings)', async () => {
    const path = file('page3.txt', PAGE);
    const top1 = JSON.parse((await run([path, '--json', '--top', '1'])).out) as MineJson;
    expect(top1.pages[0]!.unmatched[0]!.positions).toHaveLength(1);
    const high = JSON.parse((await run([path, '--json', '--min-score=1000'])).out) as MineJson;
    expect(high.pages[0]!.unmatched[0]!.positions).toEqual([]);
    expect((await run([path, '--min-score', '1000'])).out).toContain('(no position scores 1000 or more)');
  });

  it('mines several files, and an unreadable one is one line on stderr and exit 2', async () => {
    const { code, out, err } = await run([join(dir, 'missing.txt'), file('page4.txt', PAGE), '--json']);
    expect(code).toBe(2);
    expect(err).toBe(`mine: cannot read "${join(dir, 'missing.txt')}": no such file\n`);
    expect((JSON.parse(out) as MineJson).pages).toHaveLength(1);
    expect((await run([dir])).err).toMatch(/^mine: cannot read ".*": is a directory\n$/);
  });

  it('reads files as ks scan does: a binary file is refused in one line', async () => {
    const binary = file('bin.txt', Buffer.from([0x4b, 0x53, 0x00, 0x01]).toString('latin1'));
    const refused = await run([binary]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not a text or HTML file/);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
  });

  it('rejects bad arguments with one line and exit 2', async () => {
    for (const args of [
      [],
      ['--top', '0'],
      ['x.txt', '--top'],
      ['--min-score', '-1'],
      ['--wat'],
      ['x.txt', '--half', 'check'],
      ['--real-text', '--half', 'all'],
    ]) {
      const { code, out, err } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^mine: /);
    }
  });

  it('skips the real-text set with a message when it is absent', async () => {
    const { code, out, err } = await run(['--real-text']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/^mine: real-text set not found at .*absent\.json; skipped\n$/);
  });

  it('mines real-text excerpts as pages, marks the expected positions and takes one half', async () => {
    const excerpt = (id: string, text: string, relevantDemands: string[]) => ({
      id,
      url: `https://example.org/${id}`,
      document: `example.org/${id}`,
      site: 'example.org',
      language: 'nn',
      relevantDemands,
      mustHighlight: [],
      note: 'test',
      text,
    });
    const realTextFile = file(
      'excerpts.json',
      JSON.stringify([excerpt('T-1', PAGE, [SUPERVISION, OBJECTIONS]), excerpt('T-2', SUPERVISION_TEXT, [])]),
    );
    const splitFile = file('split.json', JSON.stringify({ tuning: ['T-1'], check: ['T-2'] }));
    const d = { ...deps, realTextFile, splitFile };
    const all = JSON.parse((await run(['--real-text', '--json'], d)).out) as MineJson;
    expect(all.pages.map((p) => p.source)).toEqual(['T-1', 'T-2']);
    const [t1] = all.pages;
    expect(t1).toMatchObject({ url: 'https://example.org/T-1', language: 'nn', missedByLexicon: [SUPERVISION] });
    expect(t1!.unmatched[0]!.positions[0]).toMatchObject({ id: SUPERVISION, expected: true });
    const text = (await run(['--real-text', '--half', 'check'], d)).out;
    expect(text).toContain('== T-2');
    expect(text).not.toContain('== T-1');
    expect(text).toContain('expected: (none: a negative)');
    expect((await run(['--real-text', '--half=tuning'], d)).out).toMatch(
      /✓ +\d+\.\d\d {2}ks-2021:redusere-tilsynstrykket/,
    );
  });

  it('reports a malformed real-text set in one line, exit 2', async () => {
    const { code, err } = await run(['--real-text'], { ...deps, realTextFile: file('bad.json', '{') });
    expect(code).toBe(2);
    expect(err).toMatch(/^mine: real-text set: .* is not valid JSON/);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
