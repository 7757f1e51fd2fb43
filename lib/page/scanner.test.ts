// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { RecordingPainter } from '../highlight/recording-painter';
import { compileLexicon } from '../lexicon/compile';
import { createMatcher } from '../match/matcher';
import { contentScope, type ExtractOptions } from '../dom';
import { PageScanner, chunkBounds } from './scanner';

const matcher = createMatcher(
  compileLexicon([
    { position: 'doc:norm', terms: [{ t: 'bemanningsnorm', compound: 'first' }] },
    { position: 'doc:innsigelse', terms: [{ t: 'innsigelse', compound: 'first' }, { t: 'motsegn' }] },
    { position: 'doc:oremerking', terms: [{ t: 'øremerkede|øyremerkte midler|midlar' }] },
  ]),
);
const chapters: Record<string, number> = { 'doc:norm': 1, 'doc:innsigelse': 1, 'doc:oremerking': 3 };

function setup(html: string, extract?: ExtractOptions) {
  document.body.innerHTML = html;
  const painter = new RecordingPainter();
  let changes = 0;
  const scanner = new PageScanner(document, {
    extract,
    matcher,
    painter,
    chapterOf: (id) => chapters[id] ?? 1,
    onChange: () => changes++,
    slice: { budgetMs: 1000, yieldToPage: async () => {} },
  });
  return { painter, scanner, changes: () => changes };
}

describe('PageScanner', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds and paints every term on the page, across inline markup, and nothing in skipped parts', async () => {
    const { painter, scanner } = setup(`
      <h1>Bemanningsnormene i barnehagen</h1>
      <p>Fylkesmannen fremmet <em>innsigelse</em> mot planen og motsegn mot ein annan.</p>
      <p>Regjeringen vil bruke øremerkede <b>midler</b>.</p>
      <script>var t = "innsigelse";</script>
      <textarea>bemanningsnorm</textarea>
      <div hidden>innsigelse</div>`);
    await scanner.scanAll();
    expect(painter.texts()).toEqual(['Bemanningsnormene', 'innsigelse', 'motsegn', 'øremerkede midler'].sort());
    const chaptersPainted = [...painter.marks].map((m) => m.chapterIndex).sort();
    expect(chaptersPainted).toEqual([1, 1, 1, 3]);
    expect([...scanner.tally().keys()].sort()).toEqual(['doc:innsigelse', 'doc:norm', 'doc:oremerking']);
  });

  it('with a content scope: reads the content root only, and furniture added later stays unpainted', async () => {
    const { painter, scanner } = setup(
      `<header><nav><a href="#">Bemanningsnormer</a></nav></header>
       <main><p class="breadcrumb">Innsigelser</p><p id="a">Om innsigelse.</p></main>
       <footer>motsegn</footer>`,
      // scanAll looks the roots up again, so the scope may be made before the page is there.
      { scope: contentScope(document, 'www.stortinget.no') },
    );
    await scanner.scanAll();
    expect(painter.texts()).toEqual(['innsigelse']);
    const main = document.querySelector('main')!;
    const share = document.createElement('div');
    share.className = 'share-bar';
    share.textContent = 'Del om bemanningsnorm';
    main.append(share);
    const after = document.createElement('p');
    after.textContent = 'Nytt om motsegn.';
    main.append(after);
    const outside = document.createElement('div');
    outside.textContent = 'Informasjonskapsler om innsigelse';
    document.body.append(outside);
    await scanner.rescan([share.firstChild!, after.firstChild!, outside.firstChild!]);
    expect(painter.texts()).toEqual(['innsigelse', 'motsegn']);
  });

  it('rescans a changed block only: old marks there go, new ones come, others stay', async () => {
    const { painter, scanner } = setup('<p id="a">Om innsigelse.</p><p id="b">Om bemanningsnormer.</p>');
    await scanner.scanAll();
    const untouched = [...painter.marks].find((m) => (m.span.startContainer as Text).data.includes('bemannings'))!;
    const a = document.getElementById('a')!;
    a.firstChild!.textContent = 'Nå om motsegn og øyremerkte midlar.';
    await scanner.rescan([a.firstChild!]);
    expect(painter.texts()).toEqual(['bemanningsnormer', 'motsegn', 'øyremerkte midlar'].sort());
    expect(painter.marks.has(untouched)).toBe(true);
  });

  it('drops the marks of removed content and adds those of new content', async () => {
    const { painter, scanner } = setup('<div id="feed"><p>Første innsigelse.</p></div>');
    await scanner.scanAll();
    const feed = document.getElementById('feed')!;
    feed.firstElementChild!.remove();
    const added = document.createElement('p');
    added.textContent = 'Ny sak om bemanningsnorm.';
    feed.append(added);
    await scanner.rescan([feed]);
    expect(painter.texts()).toEqual(['bemanningsnorm']);
    expect(scanner.allHits()).toHaveLength(1);
  });

  it('finds the hit under a point and lists hits in document order', async () => {
    const { scanner } = setup('<p>motsegn og innsigelse</p><p>bemanningsnorm</p>');
    await scanner.scanAll();
    const text = document.querySelector('p')!.firstChild!;
    expect(scanner.hitAt(text, 2)?.hit.text).toBe('motsegn');
    expect(scanner.hitAt(text, 8)).toBeUndefined();
    expect(scanner.hitsInOrder().map((h) => h.hit.text)).toEqual(['motsegn', 'innsigelse', 'bemanningsnorm']);
  });

  it('works through a large page in many slices and never paints a hit twice', async () => {
    const paragraphs = Array.from(
      { length: 3000 },
      (_, i) => `<p>Avsnitt ${i} om innsigelse og vanlig tekst.</p>`,
    ).join('');
    document.body.innerHTML = `<main>${paragraphs}</main>`;
    const painter = new RecordingPainter();
    let clock = 0;
    const scanner = new PageScanner(document, {
      matcher,
      painter,
      chapterOf: () => 1,
      units: { maxChars: 2000, maxDepth: 48 },
      slice: { budgetMs: 5, now: () => (clock += 1), yieldToPage: async () => {} },
    });
    await scanner.scanAll();
    expect(painter.marks.size).toBe(3000);
    expect(scanner.stats.reduce((n, s) => n + s.slices, 0)).toBeGreaterThan(50);
  });

  it('stops and clears when cleared mid-scan', async () => {
    const { painter, scanner } = setup('<p>innsigelse</p>');
    await scanner.scanAll();
    scanner.clear();
    expect(painter.marks.size).toBe(0);
    expect(scanner.allHits()).toHaveLength(0);
  });
});

describe('PageScanner: a heading and the block after it share context across units', () => {
  // "lærer" counts only with "bemanningsnorm" in the same scope; a short heading shares its scope with
  // the block below it (lib/match/matcher.ts).
  const contextMatcher = createMatcher(
    compileLexicon([
      {
        position: 'doc:norm',
        terms: [
          { t: 'bemanningsnorm', compound: 'first' },
          { t: 'lærer', infl: 'noun-er', needs: ['bemanningsnorm'] },
        ],
      },
    ]),
  );
  const make = (html: string, maxChars = 32_768) => {
    document.body.innerHTML = html;
    const painter = new RecordingPainter();
    const scanner = new PageScanner(document, {
      matcher: contextMatcher,
      painter,
      chapterOf: () => 1,
      units: { maxChars, maxDepth: 48 },
      slice: { budgetMs: 1000, yieldToPage: async () => {} },
    });
    return { painter, scanner };
  };
  const page =
    '<main><h2 id="h">Bemanningsnorm i skolen</h2><p id="p">Kommunene mangler lærere.</p><p id="q">Om noe annet.</p></main>';

  it('in a container split into units, the paragraph still has its heading', async () => {
    const { painter, scanner } = make(page, 30);
    await scanner.scanAll();
    expect(painter.texts()).toEqual(['Bemanningsnorm', 'lærere']);
  });

  it('a rescan of the paragraph keeps the context of the heading above it', async () => {
    const { painter, scanner } = make(page);
    await scanner.scanAll();
    expect(painter.texts()).toEqual(['Bemanningsnorm', 'lærere']);
    const p = document.getElementById('p')!;
    p.firstChild!.textContent = 'Kommunene mangler fortsatt lærere.';
    await scanner.rescan([p.firstChild!]);
    expect(painter.texts()).toEqual(['Bemanningsnorm', 'lærere']);
  });

  it('a changed heading re-reads the paragraph below it', async () => {
    const { painter, scanner } = make(page);
    await scanner.scanAll();
    const h = document.getElementById('h')!;
    h.firstChild!.textContent = 'Skolen';
    await scanner.rescan([h.firstChild!]);
    expect(painter.texts()).toEqual([]);
    h.firstChild!.textContent = 'Ny bemanningsnorm';
    await scanner.rescan([h.firstChild!]);
    expect(painter.texts()).toEqual(['bemanningsnorm', 'lærere']);
  });

  it('the context of a neighbour is only context: nothing in it is painted twice or from the wrong unit', async () => {
    const { painter, scanner } = make(page, 30);
    await scanner.scanAll();
    await scanner.rescan([document.getElementById('p')!.firstChild!]);
    await scanner.rescan([document.getElementById('h')!.firstChild!]);
    expect(painter.texts()).toEqual(['Bemanningsnorm', 'lærere']);
    expect(scanner.allHits()).toHaveLength(2);
  });
});

describe('chunkBounds', () => {
  it('cuts after block separators and covers the whole text', () => {
    const text = Array.from({ length: 100 }, (_, i) => `blokk ${i} tekst`).join('\n\n');
    const chunks = chunkBounds(text, 100);
    expect(chunks.length).toBeGreaterThan(10);
    for (const [s, e] of chunks) {
      expect(e - s).toBeLessThanOrEqual(100);
      expect(text.slice(s, e)).not.toMatch(/^\n|\n$/);
    }
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(text.length);
  });
  it('overlaps pieces cut inside one huge block', () => {
    const text = 'ord '.repeat(1000);
    const chunks = chunkBounds(text, 1000);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]![0]).toBeLessThan(chunks[i - 1]![1]);
  });
});

describe('PageScanner after clear', () => {
  it('paints everything again on the next scan', async () => {
    const { painter, scanner } = setup('<p>innsigelse og motsegn</p>');
    await scanner.scanAll();
    scanner.clear();
    await scanner.scanAll();
    expect(painter.texts()).toEqual(['innsigelse', 'motsegn']);
  });
});

describe('PageScanner tally', () => {
  it('keeps per-position counts of terms and words as hits come and go', async () => {
    const { scanner } = setup('<p id="a">innsigelse og innsigelse</p><p>motsegn</p>');
    await scanner.scanAll();
    const t = scanner.tally().get('doc:innsigelse')!;
    expect(t.count).toBe(3);
    expect([...t.words]).toEqual([
      ['innsigelse', 2],
      ['motsegn', 1],
    ]);
    const a = document.getElementById('a')!;
    a.firstChild!.textContent = 'ingenting';
    await scanner.rescan([a.firstChild!]);
    expect(scanner.tally().get('doc:innsigelse')!.count).toBe(1);
    scanner.clear();
    expect(scanner.tally().size).toBe(0);
  });
});

describe('PageScanner: the in-view part', () => {
  it('reports once, when the hits above the viewport bottom are painted and those below are not yet', async () => {
    document.body.innerHTML = [0, 300, 2000, 3000]
      .map((top) => `<p data-top="${top}">Om innsigelse og motsegn her.</p>`)
      .join('');
    // happy-dom has no layout: each paragraph says where it is.
    const rect = (el: Element) => {
      const top = Number(el.getAttribute('data-top') ?? 0);
      return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top } as DOMRect;
    };
    const original = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: Element) {
      return rect(this);
    };
    try {
      const painter = new RecordingPainter();
      const paintedAtReport: number[] = [];
      const scanner = new PageScanner(document, {
        matcher,
        painter,
        chapterOf: () => 1,
        units: { maxChars: 40, maxDepth: 48 }, // one paragraph a unit
        onInView: () => paintedAtReport.push(painter.marks.size),
        slice: { budgetMs: 1000, yieldToPage: async () => {} },
      });
      expect(window.innerHeight).toBeLessThan(2000);
      await scanner.scanAll();
      // Two paragraphs in view, two hits each; the report came before the two below were read.
      expect(paintedAtReport).toEqual([4]);
      expect(painter.marks.size).toBe(8);
    } finally {
      HTMLElement.prototype.getBoundingClientRect = original;
    }
  });
});
