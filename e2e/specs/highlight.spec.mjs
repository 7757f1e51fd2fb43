// Highlighting on realistic pages, against the built extension: exactly the expected words are painted
// (read from CSS.highlights in the page), nothing in form fields, editable or hidden text; the page's DOM
// and text stay as they were; the hover card opens at the word and copies the demand; the badge counts
// the demands; the keyboard commands toggle and step through the highlights.
// The expected words per fixture are in ../harness/expected-highlights.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardInspector, cardInspectorInFrames } from '../harness/card.mjs';
import {
  FOCUS,
  badgeText,
  highlightSizes,
  highlightedTexts,
  readClipboard,
  readHighlights,
  runCommand,
  sendToTab,
  waitForScan,
  writeClipboard,
} from '../harness/highlights.mjs';
import { colourShare } from '../harness/colours.mjs';
import { snapshot } from '../harness/page-snapshot.mjs';
import { FIXTURES, INNST_233, INNST_418, NEWS, words } from '../harness/expected-highlights.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

/** Parts of a page that must never be painted: form fields, editable text, scripts, hidden text. */
const EXCLUDED =
  'input, textarea, select, button, [contenteditable], script, style, noscript, template, [hidden], dialog:not([open])';

/** The chapter colours and the focus colour, from the extension's own palette. */
const PALETTE = (() => {
  const source = readFileSync(fileURLToPath(new URL('../../lib/highlight/colors.ts', import.meta.url)), 'utf8');
  const list = /CHAPTER_BACKGROUNDS[^=]*=\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const chapters = [...list.matchAll(/'(#[0-9a-f]{6})'/gi)].map((m) => m[1]);
  const focus = /FOCUS_STYLE[^=]*=\s*\{\s*background:\s*'(#[0-9a-f]{6})'/i.exec(source)?.[1];
  if (chapters.length !== 7 || !focus) throw new Error('could not read the palette from lib/highlight/colors.ts');
  return { chapter: (n) => chapters[Number(n) - 1], focus };
})();

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────────

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** Equal lists, or an error that says what is missing and what is extra (with positions). */
function expectSameList(got, want, what) {
  if (JSON.stringify(got) === JSON.stringify(want)) return;
  const missing = [];
  const extra = [];
  // A longest common subsequence gives the smallest honest difference.
  const n = got.length;
  const m = want.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = got[i] === want[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && got[i] === want[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) missing.push(`#${j} ${want[j++]}`);
    else extra.push(`#${i} ${got[i++]}`);
  }
  throw new Error(
    `${what}: ${got.length} highlights, ${want.length} expected; missing ${JSON.stringify(missing)}; unexpected ${JSON.stringify(extra)}`,
  );
}

async function open(ext, server, host, path) {
  const { page, tabId } = await ext.openTab(server.url(host, path));
  await waitForScan(page);
  return { page, tabId };
}

/**
 * Our highlights split in two, in document order: `outside` the excluded parts ("chapter text") and
 * `inside` them (with the element that should have kept them out).
 */
async function splitByExcluded(page) {
  const all = await readHighlights(page, { exclude: EXCLUDED });
  return {
    outside: all.filter((h) => !h.blockedBy).map((h) => `${h.chapter} ${h.text}`),
    inside: all.filter((h) => h.blockedBy).map((h) => `${h.text} (in ${h.blockedBy})`),
  };
}

/** Page coordinates of a highlight's first box, after scrolling it to the middle of the viewport. */
async function centreOn(page, text, nth = 0) {
  const found = (await readHighlights(page)).filter((h) => collapse(h.text ?? '') === text);
  if (found.length <= nth) throw new Error(`no highlight «${text}» #${nth} (have ${found.length})`);
  const y = found[nth].rects[0].y;
  await page.evaluate((dy) => window.scrollBy(0, dy - window.innerHeight / 2), y);
  await page.waitForTimeout(150);
  const again = (await readHighlights(page)).filter((h) => collapse(h.text ?? '') === text)[nth];
  return again.rects;
}

const intersects = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The plain-text copy of a position as the brief defines it (only for texts without typesetting). */
function plainCopy(position, document) {
  for (const text of [position.title, position.body, position.chapter]) {
    // Keep the expectation independent of lib/copy's typesetting: pick positions it leaves alone.
    if (/ - |\d-\d|§|\b(kap|nr|pkt|jf)\. \d|[«»"]/.test(text))
      throw new Error(`pick a position without typesetting: ${position.id}`);
  }
  let title = collapse(position.title);
  if (!/[.!?:…]$/.test(title)) title += '.';
  const body = position.body
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean);
  const source = `${document.publisher}, «${document.title}», ${document.year}, kapittel «${collapse(position.chapter)}»`;
  return [`${document.publisher} mener:`, title, ...body, `(Kilde: ${source})`].join(' ');
}

async function waitForCard(card, open = true) {
  return waitFor(
    async () => {
      const s = await card.state();
      return s && s.open === open && s;
    },
    { timeoutMs: 3000, what: open ? 'the hover card to open' : 'the hover card to close' },
  );
}

// ── highlights present where expected, absent elsewhere ─────────────────────────────────────────────

for (const fixture of FIXTURES) {
  test(`${fixture.name}: exactly the expected words are highlighted, in their chapter's colour`, async ({
    ext,
    server,
  }) => {
    const { page } = await open(ext, server, fixture.host, fixture.path);
    try {
      // Rescans and frames settle after the first full scan.
      await page.waitForTimeout(500);
      const { outside } = await splitByExcluded(page);
      const optional = new Set(fixture.optional ?? []);
      const got = outside.map(collapse).filter((h) => !optional.has(h.slice(2)));
      expectSameList(got, fixture.highlights, 'highlighted words (with their chapter), in document order');
      const all = await readHighlights(page);
      const visible = all.filter((h) => h.rects.length > 0);

      // Painted on screen: one word per chapter, its box mostly in that chapter's colour.
      const seen = new Set();
      for (const h of visible) {
        if (seen.has(h.chapter) || h.inShadow) continue;
        seen.add(h.chapter);
        const rects = await centreOn(
          page,
          collapse(h.text),
          all.filter((v) => collapse(v.text ?? '') === collapse(h.text)).indexOf(h),
        );
        const r = rects[0];
        const share = await colourShare(
          page,
          { x: r.x, y: r.y, width: Math.max(1, r.width), height: Math.max(1, r.height) },
          PALETTE.chapter(h.chapter),
        );
        expect(
          share > 0.3,
          `«${collapse(h.text)}» painted in chapter ${h.chapter}'s colour ${PALETTE.chapter(h.chapter)} (${(share * 100).toFixed(0)} % of its box)`,
        ).toBeTruthy();
      }

      if (fixture.frame) {
        const frame = page.frames().find((f) => f.url().endsWith('/ramme.html') && f.url().includes(fixture.host));
        expect(frame, 'the same-origin frame is loaded').toBeTruthy();
        const inFrame = await readHighlights(frame);
        expect(
          inFrame.map((h) => `${h.chapter} ${collapse(h.text)}`),
          'highlights in the same-origin frame',
        ).toEqual(fixture.frame);
        const foreign = page.frames().find((f) => f.url().includes('ikke-stortinget'));
        expect(foreign, 'the cross-origin frame is loaded').toBeTruthy();
        expect(await readHighlights(foreign), 'highlights in the cross-origin frame (out of reach)').toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
}

test('form fields, editable text, scripts and hidden text are never highlighted', async ({ ext, server }) => {
  const { page } = await open(ext, server, 'www.regjeringen.no', NEWS);
  try {
    await page.waitForTimeout(500);
    // Every one of these holds KS terms (see the fixture).
    const holders = await page.evaluate(() =>
      [
        '#sok',
        '#innspill',
        '.note[contenteditable]',
        'script',
        'noscript',
        'div[hidden]',
        'dialog',
        '.print-only',
        'form button',
      ].map((s) => [s, [...document.querySelectorAll(s)].map((e) => (e.value ?? '') + e.textContent).join(' ')]),
    );
    for (const [selector, text] of holders) {
      expect(
        /bredbånd|flomsikring|lærlingtilskudd|overvann|mobildekning|lærebedrift/.test(text),
        `fixture: ${selector} holds a KS term`,
      ).toBeTruthy();
    }
    const { inside } = await splitByExcluded(page);
    expect(inside, 'highlights inside form fields, editable, script, hidden or unrendered elements').toEqual([]);
  } finally {
    await page.close();
  }
});

test('an open shadow root and a same-origin frame are painted on screen', async ({ ext, server, artifactsDir }) => {
  const { page } = await open(ext, server, 'www.regjeringen.no', NEWS);
  try {
    await page.waitForTimeout(500);
    const all = await readHighlights(page);
    const shadow = all.find((h) => h.inShadow);
    expect(shadow, 'a highlight inside the open shadow root').toBeTruthy();
    const [r] = await centreOn(
      page,
      collapse(shadow.text),
      all.filter((h) => collapse(h.text ?? '') === collapse(shadow.text)).indexOf(shadow),
    );
    const inShadow = await colourShare(
      page,
      { x: r.x, y: r.y, width: r.width, height: r.height },
      PALETTE.chapter(shadow.chapter),
    );
    expect(
      inShadow > 0.3,
      `«${shadow.text}» in the shadow root painted (${(inShadow * 100).toFixed(0)} % chapter colour)`,
    ).toBeTruthy();

    const frame = page.frames().find((f) => f.url().endsWith('/ramme.html') && f.url().includes('www.regjeringen.no'));
    await page.evaluate(() => document.getElementById('ramme').scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(150);
    const [inner] = await readHighlights(frame);
    const offset = await page.evaluate(() => {
      const f = document.getElementById('ramme');
      const b = f.getBoundingClientRect();
      return { x: b.x + f.clientLeft, y: b.y + f.clientTop };
    });
    const box = inner.rects[0];
    const share = await colourShare(
      page,
      { x: offset.x + box.x, y: offset.y + box.y, width: box.width, height: box.height },
      PALETTE.chapter(inner.chapter),
    );
    expect(
      share > 0.3,
      `«${inner.text}» in the frame painted (${(share * 100).toFixed(0)} % chapter colour)`,
    ).toBeTruthy();
    await page.screenshot({ path: join(artifactsDir, 'highlight-news.png') });
  } finally {
    await page.close();
  }
});

// ── the page stays the page ─────────────────────────────────────────────────────────────────────────

test("the page's DOM and text are the same as without the extension", async ({ ext, server }) => {
  for (const fixture of FIXTURES) {
    const site = fixture.host === 'www.stortinget.no' ? 'stortinget' : 'regjeringen';
    const control = await ext.context.newPage();
    const { page } = await open(ext, server, fixture.host, fixture.path);
    try {
      await control.goto(server.url('www.ikke-stortinget.no', `/${site}${fixture.path}`), { waitUntil: 'load' });
      await page.waitForTimeout(500);
      expect((await readHighlights(page)).length > 0, `${fixture.name}: highlighted`).toBeTruthy();
      const [before, after] = [await snapshot(control), await snapshot(page)];
      for (const key of Object.keys(before)) expect(after[key], `${fixture.name}: ${key}`).toEqual(before[key]);
      // All the extension adds before the reader points at anything: the marker attribute on <html>, and
      // (on these sites, by default) the overview strip's host beside <body>.
      const added = await page.evaluate(() => ({
        marker: document.documentElement.dataset.standpunkt,
        cards: document.querySelectorAll('standpunkt-card').length,
        overviewOutsideBody: document.querySelectorAll('body standpunkt-overview').length,
      }));
      expect(added, `${fixture.name}: what the extension adds`).toEqual({
        marker: 'scanned',
        cards: 0,
        overviewOutsideBody: 0,
      });
    } finally {
      await page.close();
      await control.close();
    }
  }
});

test('selecting and copying page text gives the same text as without the extension', async ({ ext, server }) => {
  const copyParagraph = async (page) => {
    await page.bringToFront();
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent.includes('lærernormen og pedagognormen'));
      getSelection().selectAllChildren(p);
    });
    const selected = await page.evaluate(() => getSelection().toString());
    await page.keyboard.press('Control+C');
    return { selected, copied: await readClipboard(ext) };
  };
  const control = await ext.context.newPage();
  const { page } = await open(ext, server, 'www.stortinget.no', INNST_418);
  try {
    await control.goto(server.url('www.ikke-stortinget.no', `/stortinget${INNST_418}`));
    await writeClipboard(ext, 'tom');
    const without = await copyParagraph(control);
    await writeClipboard(ext, 'tom');
    const withExt = await copyParagraph(page);
    expect(
      without.copied.includes('lærernormen og pedagognormen'),
      `control copy worked: ${without.copied.slice(0, 80)}`,
    ).toBeTruthy();
    expect(withExt.selected, 'selected text').toEqual(without.selected);
    expect(withExt.copied, 'copied text').toEqual(without.copied);
  } finally {
    await page.close();
    await control.close();
  }
});

// ── the hover card ──────────────────────────────────────────────────────────────────────────────────

test('resting the pointer on a highlight opens the card beside the word; copy puts the demand on the clipboard; Escape closes', async ({
  ext,
  server,
  bundle,
  artifactsDir,
}) => {
  const { page, tabId } = await open(ext, server, 'www.stortinget.no', INNST_418);
  const card = await cardInspector(page);
  try {
    const position = bundle.positions.find((p) => p.id === 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer');
    const document = bundle.documents.find((d) => d.id === position.documentId);

    const rects = await centreOn(page, 'lærernormen');
    const word = rects[0];
    await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 4 });
    const shown = await waitForCard(card);
    expect(await card.host(), 'one card host with a closed shadow root').toEqual({ count: 1, mode: 'closed' });
    expect(
      await page.evaluate(() => document.querySelector('standpunkt-card').parentElement.localName),
      'the card host hangs on <html>, outside the page body',
    ).toEqual('html');
    expect(
      shown.positions.map((p) => p.title),
      'the demand in the card',
    ).toEqual([position.title]);
    expect(shown.positions[0].chapter, 'its chapter').toEqual(`Kapittel ${position.chapterIndex}: ${position.chapter}`);
    expect(
      shown.positions[0].source.includes('KS, «Kommunesektorens forventninger til nytt Storting», 2021'),
      `its source: ${shown.positions[0].source}`,
    ).toBeTruthy();
    expect(shown.text.includes(collapse(position.body).slice(0, 60)), 'the start of its justification').toBeTruthy();
    expect(
      shown.buttons.map((b) => b.text),
      'buttons',
    ).toEqual(['×', 'Kopier forventningen', 'Vis mer', 'Skriv notat']);
    for (const r of rects)
      expect(
        !intersects(shown.rect, r),
        `the card ${JSON.stringify(shown.rect)} does not cover the word ${JSON.stringify(r)}`,
      ).toBeTruthy();
    const viewport = page.viewportSize();
    expect(
      shown.rect.x >= 0 &&
        shown.rect.y >= 0 &&
        shown.rect.x + shown.rect.width <= viewport.width &&
        shown.rect.y + shown.rect.height <= viewport.height,
      'the card is inside the viewport',
    ).toBeTruthy();
    // The word under the open card is the focused (inverted) one.
    const focus = await readHighlights(page, { focus: true });
    expect(
      focus.map((h) => h.text),
      'the pointed word has the focus style',
    ).toEqual(['lærernormen']);
    await page.screenshot({ path: join(artifactsDir, 'highlight-card.png') });

    // The card follows the page when it scrolls, and still leaves the word free.
    await page.evaluate(() => window.scrollBy(0, 120));
    await page.waitForTimeout(200);
    const moved = await card.state();
    const [wordNow] = (await readHighlights(page)).filter((h) => h.text === 'lærernormen').map((h) => h.rects[0]);
    expect(
      Math.abs(wordNow.y - (word.y - 120)) < 2,
      `the word moved up with the page (${word.y} → ${wordNow.y})`,
    ).toBeTruthy();
    expect(
      moved.open && Math.abs(moved.rect.y - (shown.rect.y - 120)) < 2,
      `the card moved with it (${shown.rect.y} → ${moved.rect.y})`,
    ).toBeTruthy();
    expect(!intersects(moved.rect, wordNow), 'the card still leaves the word free').toBeTruthy();
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.waitForTimeout(200);

    // Move into the card (across the gap) and click the copy button.
    await writeClipboard(ext, 'tom');
    await page.bringToFront();
    const copy = shown.buttons.find((b) => b.text === 'Kopier forventningen');
    await page.mouse.move(copy.x, copy.y, { steps: 8 });
    await page.mouse.click(copy.x, copy.y);
    const confirmed = await waitFor(
      async () => {
        const s = await card.state();
        return s.open && s.positions[0].status && s;
      },
      { timeoutMs: 3000, what: 'a copy confirmation' },
    );
    expect(confirmed.positions[0].status, 'visible confirmation').toEqual('Kopiert!');
    await page.screenshot({ path: join(artifactsDir, 'highlight-card-copied.png') });
    expect(await readClipboard(ext), 'the clipboard').toEqual(plainCopy(position, document));

    // Escape closes the card; the page stays.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await waitForCard(card, false);
    expect(await readHighlights(page, { focus: true }), 'no focus style after closing').toEqual([]);
    expect((await highlightedTexts(page)).length, 'highlights stay').toEqual(FIXTURES[0].highlights.length);
    expect(tabId > 0, 'tab id').toBeTruthy();
  } finally {
    await card.close();
    await page.close();
  }
});

test('the card does not open beside a highlight, and closes when the pointer leaves', async ({ ext, server }) => {
  const { page } = await open(ext, server, 'www.stortinget.no', INNST_418);
  const card = await cardInspector(page);
  try {
    const [word] = await centreOn(page, 'pedagognormen');
    // Just right of the word (the next word, " i barnehagen"), and on the blank margin left of the text.
    await page.mouse.move(word.x + word.width + 25, word.y + word.height / 2, { steps: 3 });
    await page.waitForTimeout(700);
    expect((await card.state())?.open ?? false, 'no card beside the word').toEqual(false);
    await page.mouse.move(20, word.y + word.height / 2, { steps: 3 });
    await page.waitForTimeout(700);
    expect((await card.state())?.open ?? false, 'no card in the margin').toEqual(false);
    await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 3 });
    await waitForCard(card);
    await page.mouse.move(20, 20, { steps: 3 });
    await waitForCard(card, false);
  } finally {
    await card.close();
    await page.close();
  }
});

test('a phrase shared by two demands shows both in the card', async ({ ext, server, bundle }) => {
  const { page } = await open(ext, server, 'www.stortinget.no', INNST_233);
  const card = await cardInspector(page);
  try {
    // "2.1 Skolemiljø og mobbing": a heading that counts for 6.13 (with the anti-bullying words below
    // it) and for 6.14 (school environment).
    const [word] = await centreOn(page, 'Skolemiljø');
    await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 3 });
    const shown = await waitForCard(card);
    const title = (id) => bundle.positions.find((p) => p.id === id).title;
    expect([...shown.positions.map((p) => p.title)].sort(), 'both demands').toEqual(
      [
        title('ks-2021:ivareta-bade-elevers-og-laereres-rettsikkerhet'),
        title('ks-2021:styrke-arbeidet-mot-mobbing-ved-a'),
      ].sort(),
    );
    expect(shown.buttons.filter((b) => b.text === 'Kopier forventningen').length, 'a copy button for each').toEqual(2);
  } finally {
    await card.close();
    await page.close();
  }
});

test('pointing at a highlight inside an open shadow root opens the card', async ({ ext, server, bundle }) => {
  const { page } = await open(ext, server, 'www.regjeringen.no', NEWS);
  const card = await cardInspector(page);
  try {
    await page.waitForTimeout(300);
    const all = await readHighlights(page);
    const shadow = all.find((h) => h.inShadow);
    const [r] = await centreOn(
      page,
      collapse(shadow.text),
      all.filter((h) => collapse(h.text ?? '') === collapse(shadow.text)).indexOf(shadow),
    );
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 3 });
    const shown = await waitForCard(card).catch(() => null);
    // (CSS.highlights.highlightsFromPoint leaves out shadow-tree ranges unless given { shadowRoots }.)
    expect(shown, `the card opens for «${shadow.text}» in <rg-related>'s shadow root`).toBeTruthy();
    const title = bundle.positions.find((p) => p.id === 'ks-2021:sorge-for-relevant-og-oppdatert-kunnskap').title;
    expect(
      shown.positions.map((p) => p.title),
      'the demand in the card',
    ).toEqual([title]);
  } finally {
    await card.close();
    await page.close();
  }
});

test('pointing at a highlight inside a same-origin frame opens the card', async ({ ext, server }) => {
  const { page } = await open(ext, server, 'www.regjeringen.no', NEWS);
  const card = await cardInspector(page);
  try {
    await page.waitForTimeout(300);
    await page.evaluate(() => document.getElementById('ramme').scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(150);
    const frame = page.frames().find((f) => f.url().endsWith('/ramme.html') && f.url().includes('www.regjeringen.no'));
    const [inner] = await readHighlights(frame);
    const offset = await page.evaluate(() => {
      const f = document.getElementById('ramme');
      const b = f.getBoundingClientRect();
      return { x: b.x + f.clientLeft, y: b.y + f.clientTop };
    });
    const r = inner.rects[0];
    await page.mouse.move(offset.x + r.x + r.width / 2, offset.y + r.y + r.height / 2, { steps: 3 });
    // The card may open in the page (beside the frame) or in the frame: look in both.
    const inFrame = await cardInspectorInFrames(page);
    const shown = await waitFor(
      async () => {
        for (const c of [card, inFrame]) {
          const s = await c.state().catch(() => null);
          if (s?.open) return s;
        }
        return null;
      },
      { timeoutMs: 3000, what: 'a card' },
    ).catch(() => null);
    await inFrame.close();
    expect(shown, `the card opens for «${inner.text}», painted in the frame`).toBeTruthy();
  } finally {
    await card.close();
    await page.close();
  }
});

test('keyboard: next focuses a highlight, Enter opens the card on the copy button, Tab cycles its buttons, Enter copies, "Vis mer" opens the demand', async ({
  ext,
  server,
  bundle,
}) => {
  const { page, tabId } = await open(ext, server, 'www.stortinget.no', INNST_418);
  const card = await cardInspector(page);
  try {
    await page.bringToFront();
    await runCommand(ext, tabId, 'next-highlight');
    const [first] = await readHighlights(page, { focus: true });
    expect(first?.text, 'the first highlight has focus').toEqual('Kommuneproposisjonen');
    await page.keyboard.press('Enter');
    let state = await waitForCard(card);
    expect(state.focus, 'focus on the copy button after Enter').toEqual('Kopier forventningen');
    const order = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push((await card.state()).focus);
    }
    // The source line is a link to KS (seeds/ks-2021.json), between the close button and the actions.
    const source = `${bundle.documents[0].publisher}, «${bundle.documents[0].title}», ${bundle.documents[0].year}`;
    expect(order, 'Tab cycles the card buttons').toEqual([
      'Vis mer',
      'Skriv notat',
      '×',
      source,
      'Kopier forventningen',
    ]);
    await page.keyboard.press('Shift+Tab');
    expect((await card.state()).focus, 'Shift+Tab goes back').toEqual(source);
    await page.keyboard.press('Tab');

    await writeClipboard(ext, 'tom');
    await page.bringToFront();
    await page.keyboard.press('Enter');
    state = await waitFor(
      async () => {
        const s = await card.state();
        return s.positions?.[0]?.status && s;
      },
      { timeoutMs: 3000, what: 'a copy confirmation' },
    );
    expect(state.positions[0].status, 'copied from the keyboard').toEqual('Kopiert!');
    const position = bundle.positions.find((p) => p.title === state.positions[0].title);
    expect(await readClipboard(ext), 'the clipboard after Enter').toEqual(plainCopy(position, bundle.documents[0]));

    await page.bringToFront();
    await page.keyboard.press('Tab');
    expect((await card.state()).focus, 'on "Vis mer"').toEqual('Vis mer');
    // The side panel where the key press lets it open (a user gesture), else the popup page in a tab.
    const opened = ext.context.waitForEvent('page', { timeout: 5000 }).catch(() => null);
    await page.keyboard.press('Enter');
    const panels = () =>
      ext.serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl),
      );
    const inPanel = await waitFor(async () => (await panels()).some((u) => u?.includes('/sidepanel.html')), {
      timeoutMs: 5000,
      what: 'the side panel',
    }).catch(() => false);
    if (inPanel) {
      await ext.serviceWorker.evaluate(
        async (id) => chrome.sidePanel.close({ windowId: (await chrome.tabs.get(id)).windowId }),
        tabId,
      );
    } else {
      const tab = await opened;
      await tab.waitForLoadState();
      const url = new URL(tab.url());
      expect(
        [url.pathname, url.searchParams.get('position'), url.searchParams.get('tabId')],
        '"Vis mer" opens the demand in the extension',
      ).toEqual(['/popup.html', position.id, String(tabId)]);
      await tab.close();
    }
  } finally {
    await card.close();
    await page.close();
  }
});

// ── the badge ───────────────────────────────────────────────────────────────────────────────────────

test('the badge shows the number of distinct demands on the page, as the page report does', async ({ ext, server }) => {
  const raw = [];
  for (const fixture of FIXTURES) {
    const { page, tabId } = await open(ext, server, fixture.host, fixture.path);
    try {
      const want = String(fixture.positions.length);
      await waitFor(async () => (await badgeText(ext, tabId)) === want, {
        what: `badge ${want} on ${fixture.name}`,
        timeoutMs: 5000,
      }).catch(async (err) => {
        throw new Error(`${err.message}; badge is «${await badgeText(ext, tabId)}»`);
      });
      const report = await sendToTab(ext, tabId, 'getPageMatches');
      expect(report.positionCount, `${fixture.name}: report count`).toEqual(fixture.positions.length);
      expect(report.positions.map((p) => p.id).sort(), `${fixture.name}: demands in the report`).toEqual(
        fixture.positions,
      );
      // The words are shown to the reader (popup): as they read on the page, not with the source's line breaks.
      raw.push(
        ...report.positions
          .flatMap((p) => p.words)
          .filter((w) => w !== collapse(w))
          .map((w) => `${fixture.name}: ${JSON.stringify(w)}`),
      );
    } finally {
      await page.close();
    }
  }
  expect(raw, 'report words with raw whitespace (line breaks and indentation from the HTML source)').toEqual([]);
});

test('the badge is cleared on navigation to a page without matches and stays empty on other sites', async ({
  ext,
  server,
}) => {
  const { page, tabId } = await open(ext, server, 'www.stortinget.no', INNST_418);
  try {
    await waitFor(async () => (await badgeText(ext, tabId)) === '7', { what: 'badge 7' });
    // Same site, no KS terms on the page.
    await page.goto(server.url('www.stortinget.no', '/no/Representanter-og-komiteer/'));
    await waitForScan(page);
    await page.waitForTimeout(600); // the report is sent 300 ms after the scan
    expect(await highlightedTexts(page), 'no highlights on a page without KS terms').toEqual([]);
    expect(await badgeText(ext, tabId), 'badge after navigating to a page without matches').toEqual('');
    // Back to a page with matches, then away to another site.
    await page.goto(server.url('www.stortinget.no', INNST_418));
    await waitFor(async () => (await badgeText(ext, tabId)) === '7', { what: 'badge 7 again' });
    await page.goto(server.url('www.ikke-stortinget.no', `/stortinget${INNST_418}`));
    await page.waitForTimeout(800);
    expect(
      await page.evaluate(() => document.documentElement.dataset.standpunkt ?? null),
      'no content script on the other site',
    ).toEqual(null);
    expect(await badgeText(ext, tabId), 'badge on another site').toEqual('');
  } finally {
    await page.close();
  }
});

// ── keyboard commands ───────────────────────────────────────────────────────────────────────────────

test('the manifest binds a default shortcut to each keyboard command', async ({ ext }) => {
  const commands = await ext.serviceWorker.evaluate(() => chrome.commands.getAll());
  const bound = Object.fromEntries(
    commands.filter((c) => c.name !== '_execute_action').map((c) => [c.name, c.shortcut]),
  );
  const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest().commands);
  // Chromium leaves a suggested key unbound when it clashes with one of its own shortcuts.
  for (const [name, spec] of Object.entries(manifest)) {
    expect(
      bound[name],
      `command ${name} (suggested ${spec.suggested_key?.default}) has a shortcut; Chromium bound: ${JSON.stringify(bound)}`,
    ).toBeTruthy();
  }
});

test('toggle removes every highlight and brings them all back', async ({ ext, server }) => {
  const fixture = FIXTURES[0];
  const { page, tabId } = await open(ext, server, fixture.host, fixture.path);
  try {
    const [word] = await centreOn(page, 'lærernormen');
    const clip = { x: word.x, y: word.y, width: word.width, height: word.height };
    expect((await colourShare(page, clip, PALETTE.chapter(1))) > 0.3, 'painted before the toggle').toBeTruthy();
    await waitFor(async () => (await badgeText(ext, tabId)) === '7', { what: 'badge 7' });

    await runCommand(ext, tabId, 'toggle-highlights');
    await waitFor(async () => (await highlightedTexts(page)).length === 0, {
      what: 'no highlights after toggling off',
    });
    const sizes = await highlightSizes(page);
    expect(
      Object.values(sizes).every((n) => n === 0),
      `every highlight entry empty: ${JSON.stringify(sizes)}`,
    ).toBeTruthy();
    await page.waitForTimeout(100);
    expect((await colourShare(page, clip, PALETTE.chapter(1))) === 0, 'nothing painted after the toggle').toBeTruthy();
    await waitFor(async () => (await badgeText(ext, tabId)) === '', {
      what: 'badge cleared while highlighting is off',
    });
    expect((await sendToTab(ext, tabId, 'getPageMatches')).enabled, 'the report says off').toEqual(false);

    await runCommand(ext, tabId, 'toggle-highlights');
    await waitFor(async () => (await highlightedTexts(page)).length === fixture.highlights.length, {
      what: 'highlights back',
    });
    expect(await highlightedTexts(page), 'the same highlights after toggling on').toEqual(words(fixture.highlights));
    await page.waitForTimeout(100);
    expect((await colourShare(page, clip, PALETTE.chapter(1))) > 0.3, 'painted again').toBeTruthy();
    await waitFor(async () => (await badgeText(ext, tabId)) === '7', { what: 'badge back' });
  } finally {
    await page.close();
  }
});

test('next and previous go through the highlights of a same-origin frame where the frame stands in the page', async ({
  ext,
  server,
}) => {
  const { page, tabId } = await open(ext, server, 'www.regjeringen.no', NEWS);
  try {
    const frame = page.frames().find((f) => f.url().endsWith('/ramme.html') && f.url().includes('www.regjeringen.no'));
    await waitFor(async () => (await readHighlights(frame)).length > 0, { what: 'highlights in the frame' });
    const inFrame = (await readHighlights(frame)).map((h) => collapse(h.text));
    const onPage = await readHighlights(page);
    // How many of the page's own highlights come before the frame element.
    const before = await page.evaluate((focusName) => {
      const f = document.getElementById('ramme');
      let n = 0;
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('standpunkt-') || name === focusName || name === 'standpunkt-same') continue;
        for (const r of h) if (f.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_PRECEDING) n++;
      }
      return n;
    }, FOCUS);
    const where = async () => {
      const [p, f] = [await readHighlights(page, { focus: true }), await readHighlights(frame, { focus: true })];
      expect(p.length + f.length === 1, `one focus in all: page ${p.length}, frame ${f.length}`).toBeTruthy();
      return p.length ? `page ${collapse(p[0].text)}` : `frame ${collapse(f[0].text)}`;
    };
    const seen = [];
    for (let i = 0; i < before + inFrame.length + 1; i++) {
      await runCommand(ext, tabId, 'next-highlight');
      await page.waitForTimeout(120);
      seen.push(await where());
    }
    const expected = [
      ...onPage.slice(0, before).map((h) => `page ${collapse(h.text)}`),
      ...inFrame.map((t) => `frame ${t}`),
      // After the frame: the page's next highlight, or (the frame being last) the first again.
      `page ${collapse((onPage[before] ?? onPage[0]).text)}`,
    ];
    expect(seen, 'the order of next: the page up to the frame, the frame, then the page again').toEqual(expected);
    // Back out of the frame with previous.
    await runCommand(ext, tabId, 'previous-highlight');
    await page.waitForTimeout(120);
    expect(await where(), 'previous steps back into the frame').toEqual(`frame ${inFrame.at(-1)}`);
    const box = await page.evaluate(() => {
      const r = document.getElementById('ramme').getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(box.bottom > 0 && box.top < box.height, `the frame is in view: ${JSON.stringify(box)}`).toBeTruthy();
    // Enter in the page opens the card of the highlight focused in the frame, on its copy button.
    const card = await cardInspector(page);
    try {
      await page.bringToFront();
      await page.keyboard.press('Enter');
      const state = await waitForCard(card);
      expect(state.focus, 'focus on the copy button after Enter').toEqual('Kopier forventningen');
      await page.keyboard.press('Escape');
    } finally {
      await card.close();
    }
    // The popup's "jump to it" counts and reaches the frame's occurrences too.
    const report = await sendToTab(ext, tabId, 'getPageMatches');
    const position = report.positions.find((p) => p.words.some((w) => collapse(w) === inFrame[0]));
    expect(position, `a position with «${inFrame[0]}» in the report`).toBeTruthy();
    const landed = [];
    for (let i = 0; i < position.count; i++) {
      const r = await sendToTab(ext, tabId, 'revealPosition', { positionId: position.id, occurrence: i });
      expect(r.total, "revealPosition counts every occurrence, the frame's included").toEqual(position.count);
      landed.push((await where()).split(' ')[0]);
    }
    expect(landed.includes('frame'), `one of the occurrences is in the frame: ${landed.join(', ')}`).toBeTruthy();
  } finally {
    await page.close();
  }
});

test('next and previous focus one highlight at a time, in document order, scrolled into view', async ({
  ext,
  server,
}) => {
  const fixture = FIXTURES[0];
  const { page, tabId } = await open(ext, server, fixture.host, fixture.path);
  try {
    const expected = words(fixture.highlights);
    const focused = async () => {
      const focus = await readHighlights(page, { focus: true });
      expect(focus.length, 'exactly one range in standpunkt-focus').toEqual(1);
      const all = await readHighlights(page);
      // Which highlight it is: the one with the same text and box.
      const index = all.findIndex(
        (h) => h.text === focus[0].text && JSON.stringify(h.rects) === JSON.stringify(focus[0].rects),
      );
      const r = focus[0].rects[0];
      const height = await page.evaluate(() => window.innerHeight);
      return { index, text: collapse(focus[0].text), inView: !!r && r.y >= 0 && r.y + r.height <= height, rect: r };
    };
    const step = async (command) => {
      await runCommand(ext, tabId, command);
      await page.waitForTimeout(400); // smooth or not, the scroll is done by then
      return focused();
    };

    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await step('next-highlight'));
    expect(
      seen.map((s) => s.index),
      'next goes through the highlights in document order',
    ).toEqual([0, 1, 2, 3]);
    expect(
      seen.map((s) => s.text),
      'their words',
    ).toEqual(expected.slice(0, 4));
    let back = await step('previous-highlight');
    expect(back.index, 'previous goes back one').toEqual(2);

    // Far down the page, then wrap around at both ends.
    for (let i = 0; i < 31; i++) await runCommand(ext, tabId, 'next-highlight');
    const far = await step('next-highlight');
    expect([far.index, far.text], 'the 35th highlight after 32 more steps').toEqual([34, expected[34]]);
    expect(far.inView, `scrolled into view: ${JSON.stringify(far.rect)}`).toBeTruthy();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled > 300, `the page scrolled down (${scrolled})`).toBeTruthy();
    const focusShare = await colourShare(
      page,
      { x: far.rect.x, y: far.rect.y, width: far.rect.width, height: far.rect.height },
      PALETTE.focus,
    );
    expect(focusShare > 0.3, `the focused word has the focus colour (${(focusShare * 100).toFixed(0)} %)`).toBeTruthy();
    for (let i = 35; i < expected.length - 1; i++) await runCommand(ext, tabId, 'next-highlight');
    const last = await step('next-highlight');
    expect(last.index, 'the last highlight').toEqual(expected.length - 1);
    const wrapped = await step('next-highlight');
    expect(wrapped.index, 'next after the last wraps to the first').toEqual(0);
    expect(wrapped.inView, 'the first is scrolled into view').toBeTruthy();
    back = await step('previous-highlight');
    expect(back.index, 'previous before the first wraps to the last').toEqual(expected.length - 1);
    expect(back.inView, 'the last is scrolled into view').toBeTruthy();
  } finally {
    await page.close();
  }
});

privacyCheck();
