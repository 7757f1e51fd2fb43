// @ts-check
// Pages for `npm run bench:browser`: generated Stortinget-style documents (a committee recommendation,
// "innstilling") in bokmål and nynorsk, written for this benchmark, with KS terms at about the density of
// a real recommendation on municipal matters and mostly ordinary text (the sentences: ./sentences.mjs).
// This module lays them out as HTML pages. Deterministic (seeded), so every run measures the same pages. Served by the e2e fixture server under www.stortinget.no (and, for the
// extension-free baseline, under a control host).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../random.mjs';
import { NAMES, sentences } from './sentences.mjs';

const HEADINGS = [
  'Sammendrag',
  'Komiteens merknader',
  'Bakgrunn',
  'Gjeldende rett',
  'Høringen',
  'Departementets vurdering',
  'Økonomiske og administrative konsekvenser',
  'Forslag fra mindretall',
  'Merknader til de enkelte bestemmelsene',
  'Samandrag',
  'Komiteen sine merknader',
  'Vurderinga til departementet',
];

/** @param {string} s */
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Some inline markup, as real pages have: a word in <em>, a reference as a link. */
/**
 * @param {() => number} rnd
 * @param {string} sentence
 */
function inline(rnd, sentence) {
  const html = escapeHtml(sentence);
  const r = rnd();
  if (r < 0.08) return html.replace(/(kapittel \d+|vedlegg \d+|vedtak nr\. \d+)/, '<a href="#$1">$1</a>');
  if (r < 0.14) return html.replace(/^(\S+ \S+)/, '<em>$1</em>');
  return html;
}

/** @param {string} title */
const HEAD = (title) => `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- Generated for Standpunkt's browser benchmark (bench/browser/pages.mjs): fictitious text in the style
       of a Stortinget committee recommendation; not copied from stortinget.no. -->
  <title>${escapeHtml(title)} – Stortinget (testside)</title>
  <style>
    body { margin: 0; font-family: Georgia, 'DejaVu Serif', serif; color: #1d1d1b; background: #fff; }
    .site-header, .site-footer { background: #1f3a5f; color: #fff; padding: 12px 24px; font-family: Arial, sans-serif; }
    .site-header a, .site-footer a { color: #fff; }
    nav ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 12px; }
    main { max-width: 760px; margin: 0 auto; padding: 16px 24px 64px; line-height: 1.55; }
    h2, h3 { font-family: Arial, sans-serif; }
    table { border-collapse: collapse; font-size: 14px; }
    td, th { border: 1px solid #ccc; padding: 2px 6px; }
  </style>
</head>
<body>
  <header class="site-header"><a href="/">Stortinget</a>
    <nav aria-label="Hovedmeny"><ul>${['Representanter og komiteer', 'Saker og publikasjoner', 'Hva skjer på Stortinget?', 'Om Stortinget', 'Engelsk'].map((t) => `<li><a href="/${encodeURIComponent(t)}">${t}</a></li>`).join('')}</ul></nav>
  </header>
  <main>
    <p>Testside for Standpunkt. Teksten er skrevet for ytelsesmåling og er ikke en ekte innstilling.</p>
    <h1>${escapeHtml(title)}</h1>
`;
const FOOT = `  </main>
  <footer class="site-footer"><p>Stortinget, 0026 Oslo · Testside</p></footer>
</body>
</html>
`;

/**
 * A recommendation of at least `minChars` characters of text: chapters with headings, paragraphs of
 * 3–7 sentences, now and then a list or a small table.
 * @param {number} minChars
 */
export function recommendationPage(minChars, seed = 2025) {
  const rnd = random(seed);
  const next = sentences(rnd);
  const out = [];
  let chars = 0;
  let chapter = 0;
  while (chars < minChars) {
    chapter += 1;
    const heading = `${chapter}. ${HEADINGS[chapter % HEADINGS.length]}`;
    out.push(`    <section id="kap${chapter}">`, `      <h2>${heading}</h2>`);
    chars += heading.length;
    const paragraphs = 4 + Math.floor(rnd() * 8);
    for (let p = 0; p < paragraphs && chars < minChars; p++) {
      const kind = rnd();
      if (kind < 0.08) {
        const items = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => next());
        out.push(`      <ul>${items.map((s) => `<li>${inline(rnd, s)}</li>`).join('')}</ul>`);
        chars += items.reduce((n, s) => n + s.length, 0);
      } else if (kind < 0.11) {
        const rows = Array.from({ length: 4 + Math.floor(rnd() * 6) }, (_, i) => [
          `${2016 + i}`,
          `${Math.floor(rnd() * 9000)}`,
          `${Math.floor(rnd() * 100)},${Math.floor(rnd() * 10)} %`,
        ]);
        out.push(
          `      <table><caption>Tabell ${chapter}.${p + 1} Utvikling i antall saker</caption><tr><th>År</th><th>Saker</th><th>Andel</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`,
        );
        chars += rows.length * 14;
      } else {
        const n = 3 + Math.floor(rnd() * 5);
        const text = Array.from({ length: n }, () => next());
        out.push(`      <p>${text.map((s) => inline(rnd, s)).join(' ')}</p>`);
        chars += text.reduce((a, s) => a + s.length + 1, 0);
      }
    }
    out.push('    </section>');
  }
  const title = `Innstilling fra kommunal- og forvaltningskomiteen om kommuneproposisjonen (${Math.round(minChars / 1_048_576)} MB testside)`;
  return { html: HEAD(title) + out.join('\n') + '\n' + FOOT, textChars: chars };
}

/**
 * A case list ("saksoversikt") with `elements` elements in the body: many small elements, little text
 * each, as on overview and voting pages.
 * @param {number} elements
 */
export function manyElementsPage(elements, seed = 7) {
  const rnd = random(seed);
  const next = sentences(rnd, 0.2);
  const out = [];
  // Header, nav, main, h1, p and footer: counted as the page skeleton.
  let count = 17;
  let chars = 0;
  let i = 0;
  out.push('    <ol class="saker">');
  count += 1;
  while (count < elements) {
    i += 1;
    const title = next();
    const summary = next();
    const who = NAMES[i % NAMES.length];
    // li, article, h3, a, div, span×3, p, a = 10 elements per item
    out.push(
      `      <li><article><h3><a href="/sak/${i}">Sak ${i}: ${escapeHtml(title.slice(0, 60))}</a></h3>` +
        `<div class="meta"><span>Innstilling ${100 + (i % 400)} S</span><span>${(i % 28) + 1}.${(i % 12) + 1}.2025</span><span>Saksordfører: ${who}</span></div>` +
        `<p>${escapeHtml(summary)} <a href="/sak/${i}#dokumenter">Dokumenter</a></p></article></li>`,
    );
    count += 10;
    chars += Math.min(60, title.length) + summary.length + 70;
  }
  out.push('    </ol>');
  return {
    html:
      HEAD('Saksoversikt – kommunal- og forvaltningskomiteen (20 000 elementer, testside)') +
      out.join('\n') +
      '\n' +
      FOOT,
    textChars: chars,
    elements: count,
  };
}

/** The benchmark's pages: name → path under www.stortinget.no and a maker. */
export const BENCH_PAGES = [
  {
    name: '1 MB text',
    path: '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-bench-1mb/',
    make: () => recommendationPage(1_048_576),
  },
  {
    name: '5 MB text',
    path: '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-bench-5mb/',
    make: () => recommendationPage(5 * 1_048_576),
  },
  {
    name: '20k-element DOM',
    path: '/no/Saker-og-publikasjoner/Saker/bench-20000-elementer/',
    make: () => manyElementsPage(20_000),
  },
];

/**
 * Writes the pages into `root` laid out as the e2e fixture server expects (root/stortinget/<path>/index.html),
 * so `startFixtureServer({ root })` serves them under www.stortinget.no, and under every control host as
 * /stortinget/<path>. Returns each page's text size and element count as generated.
 * @param {string} root
 */
export function writeBenchPages(root) {
  return BENCH_PAGES.map((page) => {
    const made = page.make();
    const dir = join(root, 'stortinget', page.path);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), made.html);
    return { ...page, bytes: Buffer.byteLength(made.html), textChars: made.textChars };
  });
}
