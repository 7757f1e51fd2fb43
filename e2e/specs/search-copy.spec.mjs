// Search over every position (typo-tolerant, æøå typed as ae/oe/aa) and quick copy in the three
// formats, read back from the real clipboard; a refused clipboard is said plainly.
import { join } from 'node:path';
import { checkContrast } from '../harness/a11y.mjs';
import { createSuite, expect, waitFor } from '../harness/runner.mjs';

export const suite = createSuite('search and copy');
const { test } = suite;

const BARNEHAGE = 'ks-2021:styrke-desentralisert-hoyere-utdanning-i-for';
const INNSIGELSE = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';

// The popup writes with the user's click (no clipboard permission needed); the test reads the
// clipboard back in a page of the fixture server, since CDP cannot grant clipboard-read to an
// extension origin ("opaque origin").
let reader = null;

async function popupWithClipboard(ext, server) {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('127.0.0.1', '').replace(/\/$/, '') });
  reader = await ext.context.newPage();
  await reader.goto(server.url('127.0.0.1', '/'));
  const popup = await ext.openPopup();
  await popup.bringToFront();
  await popup.waitForSelector('.browse [data-position-id]');
  return popup;
}

async function search(popup, query) {
  await popup.fill('#standpunkt-search', query);
  await popup.waitForSelector('.results');
  return popup.evaluate(() =>
    [...document.querySelectorAll('.results [data-position-id]')].map((li) => ({
      id: li.getAttribute('data-position-id'),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
    })),
  );
}

/** What the clipboard holds now: its plain text and, if any, its HTML. */
async function readClipboard(popup) {
  await reader.bringToFront();
  const result = await reader.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
    return { plain: await text('text/plain'), html: await text('text/html') };
  });
  await popup.bringToFront();
  return result;
}

test('finds as you type, with æ/ø/å typed as ae/oe/aa, typos and nynorsk endings; marks the words', async ({ ext, server, artifactsDir }) => {
  const popup = await popupWithClipboard(ext, server);
  try {
    const typed = await search(popup, 'barnehagelaerer');
    expect.equal(typed[0]?.id, BARNEHAGE, 'first hit for "barnehagelaerer"');
    expect.ok(typed[0].marks.some((m) => /barnehagelærer/i.test(m)), `marks: ${typed[0].marks}`);
    expect.equal((await search(popup, 'innsigelsar'))[0]?.id, INNSIGELSE, 'first hit for the nynorsk "innsigelsar"');
    expect.equal((await search(popup, 'innsigelse'))[0]?.id, INNSIGELSE, 'first hit for "innsigelse"');
    expect.equal((await search(popup, 'tilbakeholdne insigelser'))[0]?.id, INNSIGELSE, 'a typo');
    await popup.screenshot({ path: join(artifactsDir, 'popup-search.png') });
    expect.equal(await checkContrast(popup), [], 'text contrast with marks (WCAG AA)');
    // Empty box: back to browsing by chapter.
    await popup.fill('#standpunkt-search', '');
    await popup.waitForSelector('.browse .chapter');
    expect.equal(await popup.locator('.results').count(), 0, 'no results list when the box is empty');
  } finally {
    await popup.close();
    await reader?.close();
  }
});

test('keyboard only: ↓ into the results, Enter opens, C copies', async ({ ext, server }) => {
  const popup = await popupWithClipboard(ext, server);
  try {
    await popup.focus('#standpunkt-search');
    await popup.keyboard.type('innsigelser');
    await popup.waitForSelector(`.results [data-position-id="${INNSIGELSE}"]`);
    await popup.keyboard.press('ArrowDown');
    const focused = await popup.evaluate(() => document.activeElement?.closest('[data-position-id]')?.getAttribute('data-position-id'));
    expect.equal(focused, INNSIGELSE, 'ArrowDown focuses the first result');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector(`.results [data-position-id="${INNSIGELSE}"] .position-body`);
    await popup.keyboard.press('c');
    const status = await waitFor(async () => (await popup.locator('.announcer-text').textContent()) || null, { what: 'copy confirmation' });
    expect.ok(status.startsWith('Kopiert!'), `confirmation: ${status}`);
    const clip = await readClipboard(popup);
    expect.ok(clip.plain.startsWith('KS mener: Være tilbakeholdne med å bruke innsigelser.'), `clipboard: ${clip.plain.slice(0, 80)}`);
    await popup.keyboard.press('ArrowUp');
    expect.equal(await popup.evaluate(() => document.activeElement?.id), 'standpunkt-search', 'ArrowUp from the first result returns to the box');
  } finally {
    await popup.close();
    await reader?.close();
  }
});

test('copies in each format: plain text, Markdown, and HTML with a plain fallback', async ({ ext, server, bundle }) => {
  const popup = await popupWithClipboard(ext, server);
  const position = bundle.positions.find((p) => p.id === INNSIGELSE);
  const chapterQuoted = `kapittel «${position.chapter}»`;
  try {
    await search(popup, 'innsigelser');
    const item = popup.locator(`.results [data-position-id="${INNSIGELSE}"]`);
    await item.locator('.position-title').click();

    await item.locator('[data-format="plain"]').click();
    await waitFor(async () => (await readClipboard(popup)).plain?.startsWith('KS mener:'), { what: 'plain copy' });
    const plain = await readClipboard(popup);
    expect.ok(plain.plain.includes(position.title), 'plain: title');
    expect.ok(plain.plain.endsWith(`(Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, ${chapterQuoted})`), `plain: source ${plain.plain.slice(-140)}`);
    expect.equal(plain.html, null, 'plain: no HTML');

    await item.locator('[data-format="markdown"]').click();
    await waitFor(async () => (await readClipboard(popup)).plain?.startsWith('**KS mener:'), { what: 'markdown copy' });
    const md = await readClipboard(popup);
    expect.ok(/\n\n\*Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, kapittel «.+»\*$/.test(md.plain), `markdown source: ${md.plain.slice(-140)}`);

    await item.locator('[data-format="html"]').click();
    await waitFor(async () => (await readClipboard(popup)).html !== null, { what: 'html copy' });
    const html = await readClipboard(popup);
    expect.ok(html.html.includes('<p><strong>KS mener: Være tilbakeholdne med å bruke innsigelser.</strong></p>'), `html: ${html.html.slice(0, 200)}`);
    expect.ok(html.html.includes(`<em>Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, ${chapterQuoted}</em>`), 'html: source in italics');
    expect.ok(html.plain.startsWith('KS mener: Være tilbakeholdne'), 'html: plain-text fallback');
    expect.ok(!/<script|onerror|style=/i.test(html.html), 'html: no scripts or styles');
  } finally {
    await popup.close();
    await reader?.close();
  }
});

test('a refused clipboard is said plainly, with the text selected to copy by hand', async ({ ext, server }) => {
  const popup = await popupWithClipboard(ext, server);
  try {
    await popup.evaluate(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      navigator.clipboard.write = refuse;
      navigator.clipboard.writeText = refuse;
    });
    await search(popup, 'innsigelser');
    await popup.locator(`.results [data-position-id="${INNSIGELSE}"] .position-copy`).click();
    const error = await waitFor(async () => (await popup.locator('.announcer-error').textContent().catch(() => null)) || null, { what: 'the refusal message' });
    expect.ok(error.startsWith('Nettleseren nektet tilgang til utklippstavlen.'), error);
    const manual = await popup.evaluate(() => {
      const area = document.querySelector('.announcer-manual');
      return { value: area?.value, selected: area ? area.selectionEnd - area.selectionStart : 0, focused: document.activeElement === area };
    });
    expect.ok(manual.value.startsWith('KS mener: Være tilbakeholdne'), 'the text to copy by hand');
    expect.equal(manual.selected, manual.value.length, 'the whole text is selected');
  } finally {
    await popup.close();
    await reader?.close();
  }
});
