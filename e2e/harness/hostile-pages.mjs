// @ts-check
// Hostile pages for the browser tests (e2e/specs/hostile.spec.mjs), generated when first asked for so the
// repository carries no multi-megabyte HTML. Every text is one of the speeches of big-page.mjs, whose
// highlighted words are written out by hand there; each paragraph says which speech it holds
// (data-s="<index into SPEECHES>"), so a test knows exactly what must be painted where.
//
// Served under www.stortinget.no/hostile/… (see server.mjs):
// - ten-mb/        10 MB of speech text (about 43,000 paragraphs)
// - deep/          a chain of 10,000 nested elements built by the page's script (the HTML parser would
//                  flatten it at 512), with speeches at depths 1, 10, 100, 1000, 5000 and 10,000;
//                  the chain's boxes are display:contents (Chromium cannot lay out 10,000 nested boxes)
// - storm/         paragraphs rewritten 100 times a second for 10 s by the page (window.__storm)
// - frames/        1,000 same-origin iframes (frames/ramme-N.html), a speech in each
// - style-thief/   a page that takes our stylesheet away (window.__thief)
// - own-highlights/  a page with its own CSS.highlights entry and its own MutationObserver (window.__own)
import { SPEECHES } from './big-page.mjs';

/** @param {number} i */
const speech = (i) => /** @type {import('./big-page.mjs').Speech} */ (SPEECHES[i]);

export const HOSTILE = {
  tenMb: '/hostile/ten-mb/',
  deep: '/hostile/deep/',
  storm: '/hostile/storm/',
  frames: '/hostile/frames/',
  styleThief: '/hostile/style-thief/',
  ownHighlights: '/hostile/own-highlights/',
};

export const TEN_MB_CHARS = 10 * 1024 * 1024;
export const DEEP_LEVELS = 10_000;
/** Depth (number of enclosing chain elements) → speech index. */
export const DEEP_SPEECHES = { 1: 1, 10: 2, 100: 3, 1000: 4, 5000: 5, 10000: 6 };
export const FRAME_COUNT = 1000;
/** The storm: this many ticks, one every STORM_INTERVAL_MS (100 a second for 10 s). */
export const STORM_TICKS = 1000;
export const STORM_INTERVAL_MS = 10;
export const STORM_SLOTS = 8;

/** Speeches with at least one highlighted word, and those without. */
const WITH_TERMS = SPEECHES.map((_s, i) => i).filter((i) => speech(i).terms.length > 0);
const WITHOUT_TERMS = SPEECHES.map((_s, i) => i).filter((i) => speech(i).terms.length === 0);

/** The text of speech `i` as it appears on the hostile pages. */
export const speechText = (/** @type {number} */ i) => speech(i).text.replace('{n}', '7');
/** The words painted for speech `i`, in order. */
export const speechTerms = (/** @type {number} */ i) => speech(i).terms;
/** Speech shown in frame `n`: mostly speeches with terms, every fourth frame one without. */
export const frameSpeech = (/** @type {number} */ n) =>
  /** @type {number} */ (n % 4 === 3 ? WITHOUT_TERMS[n % WITHOUT_TERMS.length] : WITH_TERMS[n % WITH_TERMS.length]);

const escape = (/** @type {string} */ s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * @param {string} title
 * @param {string} body
 */
function page(title, body, { head = '', script = '' } = {}) {
  return `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- Generated for Standpunkt's tests (e2e/harness/hostile-pages.mjs); not copied from stortinget.no. -->
  <title>${escape(title)} – Stortinget (testside)</title>
  <style>body { margin: 0 auto; max-width: 900px; padding: 12px 24px; font: 16px/1.5 Georgia, 'DejaVu Serif', serif; color: #1d1d1b; background: #fff; }</style>
${head}
</head>
<body>
${body}
${script ? `<script>\n${script}\n</script>` : ''}
</body>
</html>
`;
}

/** @type {{ html: string, paragraphs: number[], chars: number } | null} */
let tenMb = null;
/** 10 MB of speeches; `paragraphs` lists the speech index of every paragraph in order. */
export function tenMbPage() {
  if (tenMb) return tenMb;
  const parts = [];
  const paragraphs = [];
  let chars = 0;
  for (let i = 0; chars < TEN_MB_CHARS; i++) {
    if (i % 24 === 0) {
      if (i > 0) parts.push('</section>');
      parts.push(`<section><h2>Sak nr. ${i / 24 + 1}</h2>`);
    }
    const s = i % SPEECHES.length;
    const text = speechText(s);
    parts.push(`<p data-s="${s}">${escape(text)}</p>`);
    paragraphs.push(s);
    chars += text.length;
  }
  parts.push('</section>');
  const html = page('Referat, 10 MB', `<main><h1>Et svært langt referat</h1>\n${parts.join('\n')}\n</main>`);
  tenMb = { html, paragraphs, chars };
  return tenMb;
}

function deepPage() {
  const speeches = JSON.stringify(
    Object.fromEntries(Object.entries(DEEP_SPEECHES).map(([d, s]) => [d, speechText(s)])),
  );
  // Built by script: the HTML parser caps nesting at 512 levels and would make the rest siblings.
  const script = `(() => {
  const speeches = ${speeches};
  let parent = document.getElementById('kjede');
  for (let depth = 1; depth <= ${DEEP_LEVELS}; depth++) {
    const el = document.createElement(depth % 2 ? 'div' : 'section');
    el.dataset.depth = String(depth);
    if (speeches[depth]) {
      const p = document.createElement('p');
      p.dataset.s = String(${JSON.stringify(DEEP_SPEECHES)}[depth]);
      p.textContent = speeches[depth];
      el.append(p);
    } else if (depth % 100 === 0) {
      el.append(document.createTextNode('Nivå ' + depth + '. '));
    }
    parent.append(el);
    parent = el;
  }
  document.documentElement.dataset.deepBuilt = 'true';
})();`;
  // Chromium 156 itself crashes the tab when it lays out 3,000 nested blocks or 10,000 nested spans (tried
  // on a host without the extension), so the chain's own boxes are display:contents: the DOM is 10,000
  // deep, the layout flat, and the paragraphs in it render as usual.
  return page(
    'Dyp side',
    `<main><h1>En side med 10 000 nivåer</h1>\n<div id="kjede"></div>\n<p data-s="7" id="etter">${escape(speechText(7))}</p>\n</main>`,
    {
      script,
      head: '<style>#kjede div, #kjede section { display: contents; }</style>',
    },
  );
}

function stormPage() {
  const speeches = JSON.stringify(SPEECHES.map((_s, i) => speechText(i)));
  const slots = Array.from(
    { length: STORM_SLOTS },
    (_, k) =>
      `<p class="slot" data-s="${WITHOUT_TERMS[k % WITHOUT_TERMS.length]}">${escape(speechText(/** @type {number} */ (WITHOUT_TERMS[k % WITHOUT_TERMS.length])))}</p>`,
  ).join('\n');
  // Each tick changes one slot in one of three ways (its text node rewritten, the paragraph replaced,
  // the paragraph's content rebuilt with inline markup) and always updates the clock. Which speech a
  // tick writes depends only on the tick number, so the final page is the same on every run.
  const script = `(() => {
  const speeches = ${speeches};
  const withTerms = ${JSON.stringify(WITH_TERMS)};
  const withoutTerms = ${JSON.stringify(WITHOUT_TERMS)};
  const clock = document.getElementById('klokke').firstChild;
  const slots = () => document.querySelectorAll('#storm .slot');
  const state = (window.__storm = { ticks: ${STORM_TICKS}, done: 0, running: false, startedAt: 0, endedAt: 0 });
  function speechFor(i) {
    return i % 2 ? withTerms[(i * 7) % withTerms.length] : withoutTerms[(i * 5) % withoutTerms.length];
  }
  function tick(i) {
    const slot = slots()[i % ${STORM_SLOTS}];
    const s = speechFor(i);
    const text = speeches[s];
    const mode = i % 3;
    if (mode === 0) {
      // The text node rewritten in place (and any inline markup of an earlier tick dropped).
      slot.firstChild.data = text;
      while (slot.childNodes.length > 1) slot.lastChild.remove();
      slot.dataset.s = String(s);
    } else if (mode === 1) {
      const p = document.createElement('p');
      p.className = 'slot';
      p.dataset.s = String(s);
      p.append(text);
      slot.replaceWith(p);
    } else {
      const a = text.indexOf(' ', 20);
      const b = text.indexOf(' ', a + 15);
      const strong = document.createElement('strong');
      strong.textContent = text.slice(a, b);
      slot.replaceChildren(document.createTextNode(text.slice(0, a)), strong, document.createTextNode(text.slice(b)));
      slot.dataset.s = String(s);
    }
    clock.data = 'Oppdatering ' + (i + 1) + ' av ' + state.ticks + '.';
    state.done = i + 1;
  }
  state.start = () =>
    new Promise((resolve) => {
      state.running = true;
      state.startedAt = performance.now();
      let i = 0;
      const timer = setInterval(() => {
        tick(i++);
        if (i >= state.ticks) {
          clearInterval(timer);
          state.running = false;
          state.endedAt = performance.now();
          resolve(state.endedAt - state.startedAt);
        }
      }, ${STORM_INTERVAL_MS});
    });
})();`;
  return page(
    'Direkte: stemmegivning',
    `<main><h1>Direkte fra salen</h1>
<p id="klokke">Venter på første oppdatering.</p>
<p id="fast" data-s="1">${escape(speechText(1))}</p>
<section id="storm">
${slots}
</section>
<p id="fast2" data-s="8">${escape(speechText(8))}</p>
</main>`,
    { script },
  );
}

function framesPage() {
  const frames = Array.from(
    { length: FRAME_COUNT },
    (_, n) => `<iframe src="ramme-${n}.html" title="Innlegg ${n + 1}" data-n="${n}"></iframe>`,
  ).join('\n');
  return page(
    'Tusen innlegg',
    `<main><h1>Tusen innlegg i hver sin ramme</h1>\n<p id="topp" data-s="9">${escape(speechText(9))}</p>\n<div id="rammer">\n${frames}\n</div>\n</main>`,
    { head: '<style>#rammer iframe { width: 200px; height: 70px; border: 1px solid #ccc; margin: 2px; }</style>' },
  );
}

/** @param {number} n */
function framePage(n) {
  const s = frameSpeech(n);
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Innlegg ${n + 1}</title>
<style>body { margin: 4px; font: 11px/1.3 Arial, sans-serif; }</style></head>
<body><p data-s="${s}">${escape(speechText(s))}</p></body></html>
`;
}

function styleThiefPage() {
  // The page's own adopted sheet, and a way to throw everything else out of document.adoptedStyleSheets
  // and remove any <style data-standpunkt-ui> (the fallback the extension uses where adopting fails).
  const script = `(() => {
  const own = new CSSStyleSheet();
  own.replaceSync('.sidens-egen { border-left: 6px solid rgb(0, 128, 0); padding-left: 8px; }');
  document.adoptedStyleSheets = [own];
  const thief = (window.__thief = { own, thefts: 0 });
  thief.steal = () => {
    thief.thefts++;
    const before = document.adoptedStyleSheets.length;
    document.adoptedStyleSheets = [own];
    const removed = [...document.querySelectorAll('style[data-standpunkt-ui]')];
    for (const el of removed) el.remove();
    return { sheetsBefore: before, styleElementsRemoved: removed.length };
  };
  // What a framework re-rendering a widget does: text changes outside the highlighted paragraphs.
  thief.touch = () => {
    document.getElementById('teller').textContent = 'Oppdatert ' + thief.thefts + ' ganger.';
  };
  // Removes our style element the moment it appears.
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.matches('style[data-standpunkt-ui]')) n.remove();
  }).observe(document, { childList: true, subtree: true });
})();`;
  return page(
    'Siden som tar stilarket',
    `<main><h1>Saksgang</h1>
<p class="sidens-egen" id="egen">Denne siden har sitt eget stilark.</p>
<p id="a" data-s="2">${escape(speechText(2))}</p>
<p id="b" data-s="5">${escape(speechText(5))}</p>
<p id="teller">Ikke oppdatert.</p>
</main>`,
    { script },
  );
}

function ownHighlightsPage() {
  // The page's own search-in-page: a highlight "sidesok" over every "kommunene", drawn with its own rule,
  // and its own MutationObserver that counts what it sees (by kind and target).
  const script = `(() => {
  const own = (window.__own = { records: [], changes: 0 });
  const main = document.querySelector('main');
  function find(word) {
    const ranges = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const lower = n.data.toLowerCase();
      for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
        const r = new Range();
        r.setStart(n, at);
        r.setEnd(n, at + word.length);
        ranges.push(r);
      }
    }
    return ranges;
  }
  own.highlight = new Highlight(...find('kommunene'));
  CSS.highlights.set('sidesok', own.highlight);
  own.texts = () => [...CSS.highlights.get('sidesok') ?? []].map((r) => r.toString());
  own.sameObject = () => CSS.highlights.get('sidesok') === own.highlight;
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      own.records.push({
        type: r.type,
        attribute: r.attributeName,
        target: el ? el.id || el.localName : '#' + r.target.nodeName,
        added: [...r.addedNodes].map((n) => (n.nodeType === 1 ? n.localName + (n.hasAttribute('data-standpunkt-ui') ? '[ui]' : '') : n.nodeName)),
        removed: r.removedNodes.length,
      });
    }
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  // The page's own edits: a status line and a list it appends to, and a class it toggles.
  own.change = (i) => {
    own.changes++;
    document.getElementById('status').firstChild.data = 'Endring ' + i;
    const li = document.createElement('li');
    li.textContent = 'Hendelse ' + i;
    document.getElementById('logg').append(li);
    document.getElementById('status').classList.toggle('ny');
    return 3; // records the page expects for this change
  };
})();`;
  return page(
    'Sidens egne markeringer',
    `<main><h1>Søk i saken</h1>
<p id="status">Endring 0</p>
<p id="a" data-s="1">${escape(speechText(1))}</p>
<p id="b" data-s="6">${escape(speechText(6))}</p>
<p id="c" data-s="10">${escape(speechText(10))}</p>
<ul id="logg"></ul>
</main>`,
    { head: '<style>::highlight(sidesok) { background-color: rgb(255, 0, 255); color: #000; }</style>', script },
  );
}

/** Fixture files made on request: path under e2e/fixtures/ → HTML (merged into the server's list). */
export const HOSTILE_PAGES = {
  [`stortinget${HOSTILE.tenMb}index.html`]: () => tenMbPage().html,
  [`stortinget${HOSTILE.deep}index.html`]: deepPage,
  [`stortinget${HOSTILE.storm}index.html`]: stormPage,
  [`stortinget${HOSTILE.frames}index.html`]: framesPage,
  [`stortinget${HOSTILE.styleThief}index.html`]: styleThiefPage,
  [`stortinget${HOSTILE.ownHighlights}index.html`]: ownHighlightsPage,
  ...Object.fromEntries(
    Array.from({ length: FRAME_COUNT }, (_, n) => [`stortinget${HOSTILE.frames}ramme-${n}.html`, () => framePage(n)]),
  ),
};
