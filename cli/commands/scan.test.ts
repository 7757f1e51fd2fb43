// @vitest-environment happy-dom
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle } from '../../lib/data/bundle';
import { compileLexicon } from '../../lib/lexicon/compile';
import { createMatcher } from '../../lib/match/matcher';
import type { Hit, Matcher, RankedPosition } from '../../lib/match/types';
import { htmlText, maxDepth, STYLE_DEPTH_LIMIT } from '../html-text';
import { decode, isHtml } from '../input';
import { scan, type ScanJson } from './scan';

const NORMS = 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer';
const OBJECTIONS = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';

/**
 * A test double for the lexicon matcher (scan's own logic is under test, not matching): finds fixed
 * phrases case-insensitively, where a phrase's words may be separated by any whitespace; ranks by count.
 */
function fakeMatcher(terms: Record<string, string[]>): Matcher {
  const patterns = Object.entries(terms).map(([t, positions]) => ({
    t,
    positions,
    re: new RegExp(t.split(' ').join('[ \\t\\n]+'), 'giu'),
  }));
  return {
    size: patterns.length,
    find(text: string): Hit[] {
      const hits: Hit[] = [];
      for (const p of patterns)
        for (const m of text.matchAll(p.re))
          hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], term: p.t, positions: p.positions });
      return hits.sort((a, b) => a.start - b.start);
    },
    scoreTerms(counts: ReadonlyMap<string, number>): number {
      return [...counts.values()].reduce((a, b) => a + b, 0);
    },
    rank(hits: Hit[]): RankedPosition[] {
      const by = new Map<string, Hit[]>();
      for (const h of hits) for (const id of h.positions) by.set(id, [...(by.get(id) ?? []), h]);
      return [...by].map(([id, hs]) => ({ id, score: hs.length, hits: hs })).sort((a, b) => b.score - a.score);
    },
  };
}

const matcher = fakeMatcher({
  bemanningsnorm: [NORMS],
  'bindende bemanningsnormer': [NORMS],
  innsigelse: [OBJECTIONS],
});
const deps = { matcher, bundle };

const dir = mkdtempSync(join(tmpdir(), 'ks-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await scan(
    args,
    { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => stdin },
    deps,
  );
  return { code, out, err };
}

const PAGE = `<!doctype html>
<html><head><title>innsigelse i tittelen</title>
<style>.skjult { display: none }</style>
<script>document.body.append('innsigelse fra skript'); var x = "bemanningsnorm";</script>
</head><body>
<nav><button>innsigelse-knapp</button></nav>
<h1>Innstilling fra kommunal- og forvaltningskomiteen</h1>
<p>Komiteen viser til at <b>bindende</b>
   <a href="#n">bemanningsnormer</a> binder kommunene.</p>
<p hidden>innsigelse i skjult avsnitt</p>
<div class="skjult">bemanningsnorm i skjult blokk</div>
<p style="display:none">innsigelse i stilskjult avsnitt</p>
<p>Fylkesmannens Innsigelse<sup>2</sup> til planen.</p>
<form><input value="innsigelse"><textarea>bemanningsnorm</textarea></form>
<script>document.write('<p>bemanningsnorm fra document.write</p>')</script>
</body></html>`;

describe('scan an HTML page', () => {
  it('prints exactly the JSON shape, with hits from visible text only and offsets into the extracted text', async () => {
    const path = file('side.html', PAGE);
    const { code, out, err } = await run([path, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as ScanJson;
    const text = await htmlText(PAGE);
    expect(result.positions.map((p) => p.id)).toEqual([NORMS, OBJECTIONS]);
    for (const p of result.positions) {
      expect(Object.keys(p)).toEqual(['id', 'title', 'chapter', 'score', 'hits']);
      for (const h of p.hits) {
        expect(Object.keys(h)).toEqual(['text', 'start', 'end', 'speaker']);
        expect(h.speaker).toBeNull(); // not an innstilling
        expect(text.slice(h.start, h.end)).toBe(h.text);
      }
    }
    const [norms, objections] = result.positions;
    // Inline markup joined: one phrase across <b> and <a>, the source's line break kept as is.
    expect(norms!.hits.map((h) => h.text)).toEqual(['bindende\n   bemanningsnormer', 'bemanningsnorm']);
    expect(norms!.title).toBe('Unngå nye og utvidede bindende bemanningsnormer i kommunesektoren.');
    expect(norms!.chapter).toBe('Gi større rom for lokaldemokratiet');
    expect(norms!.score).toBe(2);
    // Not the script, the hidden paragraphs, the title, the button or the form fields.
    expect(objections!.hits.map((h) => h.text)).toEqual(['Innsigelse']);
    expect(text).not.toMatch(/skript|skjult|knapp|document\.write|tittelen/);
  });

  it('prints a readable ranking with title, chapter, score and the matched words', async () => {
    const path = file('side2.html', PAGE);
    const { code, out } = await run([path]);
    expect(code).toBe(0);
    expect(out).toContain(`Fant 2 KS-standpunkter i ${path} (3 treff):`);
    expect(out).toContain('1. Unngå nye og utvidede bindende bemanningsnormer i kommunesektoren.');
    expect(out).toContain('   Kapittel 1: Gi større rom for lokaldemokratiet · poeng 2');
    expect(out).toContain('   Treff: «bindende bemanningsnormer», «bemanningsnorm»');
    expect(out).toContain('2. Være tilbakeholdne med å bruke innsigelser.');
    expect(out.indexOf(NORMS)).toBeLessThan(out.indexOf(OBJECTIONS));
  });

  it('reads HTML from stdin when it looks like HTML', async () => {
    const { code, out } = await run(['-', '--json'], '<p>innsigelse<script>innsigelse</script></p>');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      positions: [
        {
          id: OBJECTIONS,
          title: 'Være tilbakeholdne med å bruke innsigelser.',
          chapter: 'Gi større rom for lokaldemokratiet',
          score: 1,
          hits: [{ text: 'innsigelse', start: 0, end: 10, speaker: null }],
        },
      ],
      mentions: [],
    });
  });

  it('decodes a page that declares Windows-1252 as Windows-1252', async () => {
    // "<p>Bemanningsnorm for lærere</p>" with "æ" as the single byte 0xE6.
    const bytes = Uint8Array.from([
      ...Buffer.from('<meta charset="windows-1252"><p>Bemanningsnorm for l'),
      0xe6,
      ...Buffer.from('rere</p>'),
    ]);
    expect(decode(bytes)).toContain('lærere');
    const path = file('latin1.htm', bytes);
    const { out } = await run([path, '--json']);
    expect((JSON.parse(out) as ScanJson).positions[0]!.hits[0]!.text).toBe('Bemanningsnorm');
  });
});

describe('scan with the real matcher engine (a small lexicon of our own)', () => {
  const PLAN = 'ks-2021:styrke-plan-og-bygningsloven-som-verktoy';
  const engine = createMatcher(
    compileLexicon([
      {
        position: OBJECTIONS,
        terms: [
          { t: 'innsigelse', compound: 'first' },
          { t: 'motsegn', lang: 'nn' },
        ],
      },
      { position: PLAN, terms: [{ t: 'plan- og bygningslov' }] },
    ]),
  );

  it('finds terms across inline markup, soft hyphens and footnote marks, and nothing in hidden parts', async () => {
    const html =
      '<main><p>Etter <a href="#">plan-</a> og <b>bygnings</b>\u00adloven kan statsforvaltaren fremme ' +
      '<em>motsegner</em><sup>3</sup> mot planen.</p>' +
      '<p>Fylkesmannens innsigelsesrett<sup><a href="#f4">4</a></sup> er omstridt.</p>' +
      '<p style="display:none">innsigelse</p><noscript>innsigelse</noscript></main>';
    let out = '';
    const code = await scan(
      ['-', '--json'],
      { stdout: (x) => (out += x), stderr: () => {}, readStdin: async () => html },
      {
        matcher: engine,
        bundle,
      },
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as ScanJson;
    const hits = Object.fromEntries(result.positions.map((p) => [p.id, p.hits.map((h) => h.text)]));
    expect(hits).toEqual({
      [PLAN]: ['plan- og bygnings\u00adloven'],
      [OBJECTIONS]: ['motsegner', 'innsigelsesrett'],
    });
  });
});

describe('scan: the party group behind each hit of an innstilling', () => {
  it('names the group of the remark a hit stands in, null outside the remarks', async () => {
    const html =
      '<h2>Komiteens merknader</h2>' +
      '<p>Komiteens flertall, medlemmene fra Arbeiderpartiet og Senterpartiet, viser til at staten bør bruke innsigelse sjeldnere.</p>' +
      '<p>Flertallet mener videre at innsigelser skal samordnes.</p>' +
      '<p>Komiteens medlemmer fra Høyre og Fremskrittspartiet mener innsigelsesretten er viktig for nasjonale interesser.</p>' +
      '<h2>Forslag fra mindretall</h2>' +
      '<p>Forslag fra Høyre og Fremskrittspartiet:</p>' +
      '<p>Stortinget ber regjeringen sikre at statlige innsigelser samordnes.</p>';
    const { out } = await run([file('innst.html', html), '--json']);
    const hits = (JSON.parse(out) as ScanJson).positions.find((p) => p.id === OBJECTIONS)!.hits;
    expect(hits.map((h) => [h.speaker?.kind ?? null, h.speaker?.parties ?? null])).toEqual([
      ['majority', ['A', 'Sp']],
      ['majority', ['A', 'Sp']], // «Flertallet» refers back to the majority defined above
      ['party', ['H', 'FrP']],
      ['proposal', ['H', 'FrP']],
    ]);
    expect(hits[0]!.speaker!.label).toMatch(/^Komiteens flertall, medlemmene fra Arbeiderpartiet og Senterpartiet/);
  });
});

describe('scan: the party groups on the innstilling fixture of issue 13 (real lexicon)', () => {
  const FIXTURE = join(
    process.cwd(),
    'e2e/fixtures/stortinget/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2025-2026/inns-202526-045s/index.html',
  );

  it('gives each hit the group of its remark: committee, majority (also by back reference), minorities, proposals', async () => {
    let out = '';
    const code = await scan(
      [FIXTURE, '--json'],
      { stdout: (x) => (out += x), stderr: () => {}, readStdin: async () => '' },
      { bundle },
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as ScanJson;
    const groups = (id: string) =>
      result.positions
        .find((p) => p.id === id)!
        .hits.map((h) => `${h.text}: ${h.speaker ? `${h.speaker.kind} ${h.speaker.parties.join(',')}` : '-'}`);
    expect(groups(NORMS)).toEqual([
      'bemanningsnormer: summary ',
      'Bemanningsnormer: -',
      'bemanningsnormen: majority A,Sp,SV', // «Flertallet» in a later section refers back
      'normer: majority A,Sp,SV',
      'bemanningsnormer: minority H,V', // «Et annet mindretall»
      'lærernormen: party R', // «Medlemmet fra Rødt»
      'bemanningsnorm: proposal R',
    ]);
    expect(groups(OBJECTIONS)).toContain('motsegn: majority A,Sp,SV'); // nynorsk «Komiteen sitt fleirtal»
    expect(groups(OBJECTIONS)).toContain('innsigelse: minority H,FrP');
    expect(groups(OBJECTIONS).filter((g) => g.endsWith('committee A,H,FrP,Sp,SV,R,V,KrF'))).toHaveLength(2);
  });
});

describe('scan: what the page is about, and what it only mentions', () => {
  const PLAN = 'ks-2021:styrke-plan-og-bygningsloven-som-verktoy';
  // A law cited in passing weighs little (weight 0.4): alone it is a mention, repeated or in a heading it is reported.
  const engine = createMatcher(
    compileLexicon([
      { position: OBJECTIONS, chapter: 1, terms: [{ t: 'innsigelse', compound: 'first' }] },
      { position: PLAN, chapter: 1, terms: [{ t: 'plan- og bygningslov', weight: 0.4 }] },
    ]),
  );
  const scanJson = async (text: string): Promise<ScanJson> => {
    let out = '';
    await scan(
      ['-', '--json'],
      { stdout: (x) => (out += x), stderr: () => {}, readStdin: async () => text },
      { matcher: engine, bundle },
    );
    return JSON.parse(out) as ScanJson;
  };

  it('lists a lone passing mention under "mentions", with its hits, and not under "positions"', async () => {
    const result = await scanJson(
      'Vedtaket har hjemmel i plan- og bygningsloven § 11-1. Kommunen fikk tilskudd til skolen.',
    );
    expect(result.positions).toEqual([]);
    expect(result.mentions.map((m) => [m.id, m.hits.map((h) => h.text)])).toEqual([[PLAN, ['plan- og bygningsloven']]]);
  });

  it('reports the same term when the page gives evidence: repeated, in a heading, or beside another term of the chapter', async () => {
    const repeated = await scanJson('Endringer i plan- og bygningsloven. Plan- og bygningsloven skal forenkles.');
    expect(repeated.positions.map((p) => p.id)).toEqual([PLAN]);
    const heading = await scanJson(
      'Endringer i plan- og bygningsloven\n\nDepartementet foreslår en ny regel om frister.',
    );
    expect(heading.positions.map((p) => p.id)).toEqual([PLAN]);
    expect(heading.mentions).toEqual([]);
  });

  it('says in the text output what was only mentioned', async () => {
    let out = '';
    const io = {
      stdout: (x: string) => (out += x),
      stderr: () => {},
      readStdin: async () => 'Hjemmel i plan- og bygningsloven § 11-1.',
    };
    await scan(['-'], io, { matcher: engine, bundle });
    expect(out).toBe(
      'Fant ingen KS-standpunkter i standard inn.\nNevnt i forbifarten (markert, ikke regnet med): «Styrke plan- og bygningsloven som verktøy for lokal politisk styring og samordning.»\n',
    );
  });
});

describe('scan with the bundled lexicon (the CLI default)', () => {
  it('uses the real matcher when none is given', async () => {
    let out = '';
    const io = { stdout: (x: string) => (out += x), stderr: () => {}, readStdin: async () => '' };
    const path = file('standard.txt', 'Staten bør være tilbakeholden med å fremme innsigelser mot kommunale planer.');
    expect(await scan([path, '--json'], io)).toBe(0);
    const objections = (JSON.parse(out) as ScanJson).positions.find((p) => p.id === OBJECTIONS);
    expect(objections?.hits.map((h) => h.text)).toContain('innsigelser');
  });

  it('shows the matched words as read: no soft hyphens, whitespace runs as one space', async () => {
    const engine = createMatcher(
      compileLexicon([
        { position: OBJECTIONS, terms: [{ t: 'innsigelse', compound: 'first' }, { t: 'innsigelse sak' }] },
      ]),
    );
    const path = file('myk.html', '<p>Innsigelses\u00adretten og <b>innsigelse</b>\n   saker</p>');
    let out = '';
    const io = { stdout: (x: string) => (out += x), stderr: () => {}, readStdin: async () => '' };
    await scan([path], io, { matcher: engine, bundle });
    expect(out).toContain('Treff: «Innsigelsesretten», «innsigelse saker»\n');
  });
});

describe('scan a text file', () => {
  it('uses the text as is: offsets are into the file, markup-like text is not parsed', async () => {
    const content = 'Om <b>innsigelse</b>:\nInnsigelse og bemanningsnorm.\n';
    const path = file('notat.txt', content);
    const { code, out } = await run([path, '--json']);
    expect(code).toBe(0);
    const hits = (JSON.parse(out) as ScanJson).positions.flatMap((p) => p.hits);
    expect(hits).toHaveLength(3);
    for (const h of hits) expect(content.slice(h.start, h.end)).toBe(h.text);
  });

  it('says so when nothing is found', async () => {
    const path = file('tom.txt', 'Ingenting om saken her.');
    expect((await run([path])).out).toBe(`Fant ingen KS-standpunkter i ${path}.\n`);
    expect(JSON.parse((await run([path, '--json'])).out)).toEqual({ positions: [], mentions: [] });
  });
});

describe('scan errors: one line on stderr, exit 2, nothing on stdout', () => {
  it.each([
    [[join(dir, 'finnes-ikke.html')], /^ks: scan: cannot read ".*finnes-ikke\.html": no such file\n$/],
    [[dir], /^ks: scan: cannot read ".*": is a directory\n$/],
    [[], /^ks: scan: missing input file \(usage: scan/],
    [['--json'], /^ks: scan: missing input file/],
    [['a.txt', 'b.txt'], /^ks: scan: more than one input/],
    [['a.txt', '--yaml'], /^ks: scan: unknown option "--yaml"/],
  ])('%j', async (args, message) => {
    const { code, out, err } = await run(args as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('isHtml', () => {
  it('trusts .html/.htm and .txt, and sniffs anything else', () => {
    expect(isHtml('a.HTM', 'tekst')).toBe(true);
    expect(isHtml('a.txt', '<p>x</p>')).toBe(false);
    expect(isHtml('-', '  \n<p>x</p>')).toBe(true);
    expect(isHtml('a.dat', 'tekst med <html lang="nb"> inni')).toBe(true);
    expect(isHtml('-', 'ren tekst a < b')).toBe(false);
  });
});

describe('scan on hostile input (issue 10, finding 7)', () => {
  const nested = (depth: number, inner: string) =>
    `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

  it('refuses input over 20 MB before reading it: one line, exit 2', async () => {
    const path = file('huge.html', Buffer.alloc(20_000_001, 0x20));
    const { code, out, err } = await run([path]);
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/^ks: scan: ".*huge\.html" is larger than 20 MB\n$/);
    const stdin = await scan(
      ['-'],
      { stdout: () => {}, stderr: () => {}, readStdin: async () => Buffer.alloc(20_000_001, 0x20) },
      deps,
    );
    expect(stdin).toBe(2);
  });

  it('refuses a binary file (NUL bytes) instead of reporting false hits', async () => {
    const path = file('image.dat', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, ...Buffer.from('innsigelse')]));
    const { code, out, err } = await run([path]);
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/not a text or HTML file/);
  });

  it('one invalid byte is one replacement character, not a whole file read as Windows-1252', async () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('<p>Sterk kommuneøkonomi og bemanningsnorm '),
      0xff,
      ...Buffer.from('</p>'),
    ]);
    expect(decode(bytes)).toBe('<p>Sterk kommuneøkonomi og bemanningsnorm \ufffd</p>');
    const { out } = await run([file('one-bad-byte.html', bytes), '--json']);
    expect((JSON.parse(out) as ScanJson).positions.map((p) => p.id)).toEqual([NORMS]);
  });

  it('escapes control characters of a file name in every message', async () => {
    const name = join(dir, 'x\u001b[2Jy\u202e.txt');
    writeFileSync(name, 'bemanningsnorm');
    const ok = await run([name]);
    expect(ok.out).not.toMatch(/[\u001b\u202e]/);
    expect(ok.out).toContain('x\\u{1b}[2Jy\\u{202e}.txt');
    const missing = await run([join(dir, 'nope\u0007.html')]);
    expect(missing.err).not.toContain('\u0007');
    expect(missing.err).toContain('\\u{7}');
  });

  it('reads any nesting depth without overflowing the stack, in time linear in the depth', async () => {
    // Before: 2,000 levels took 35 s, from ~3,500 "Maximum call stack size exceeded".
    const started = performance.now();
    const text = await htmlText(nested(20_000, '<p style="display:none">innsigelse</p><p>bemanningsnorm</p>'));
    expect(text).toBe('bemanningsnorm');
    expect(performance.now() - started).toBeLessThan(20_000);
    const { code, out } = await run([file('deep.html', nested(5_000, 'bemanningsnorm')), '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as ScanJson).positions.map((p) => p.id)).toEqual([NORMS]);
  }, 60_000);

  it('counts depth iteratively and keeps computed style for ordinary pages', async () => {
    const doc = new DOMParser().parseFromString(nested(STYLE_DEPTH_LIMIT, 'x'), 'text/html');
    expect(maxDepth(doc.body)).toBe(STYLE_DEPTH_LIMIT);
    // Within the limit a <style> rule still hides text (computed style).
    expect(await htmlText('<style>.x{display:none}</style><p class="x">innsigelse</p><p>bemanningsnorm</p>')).toBe(
      'bemanningsnorm',
    );
  });

  it('reads only the content of a saved stortinget.no or regjeringen.no page, by the same rule as the extension', async () => {
    const page = (canonical: string) =>
      `<html><head><link rel="canonical" href="${canonical}"></head><body>
        <header><nav><a href="#">Bemanningsnormer</a></nav></header>
        <div class="layout"><nav class="toc"><a href="#">Innsigelse</a></nav>
        <article><h1>5 Styring</h1><p>Om innsigelse.</p><div class="share-bar">bemanningsnorm</div></article></div>
        <footer>bemanningsnorm</footer></body></html>`;
    expect(await htmlText(page('https://www.regjeringen.no/nn/dokument/x/id1/'))).toBe('5 Styring\n\nOm innsigelse.');
    // Another site: the generic rule (the article; share bars are only known furniture on the two sites).
    expect(await htmlText(page('https://example.org/a'))).toBe('5 Styring\n\nOm innsigelse.\n\nbemanningsnorm');
  });
});
