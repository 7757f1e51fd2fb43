// Search over every position (typo-tolerant, æøå typed as ae/oe/aa) and quick copy in the three
// formats, read back from the real clipboard; a refused clipboard is said plainly.
import { join } from 'node:path';
import { axeViolations } from '../harness/axe.mjs';
import { openClipboardReader, readRichClipboard } from '../harness/clipboard.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const BARNEHAGE = 'ks-2021:styrke-desentralisert-hoyere-utdanning-i-for';
const TEACHERS = 'ks-2021:sikre-at-det-utdannes-og-videreutdannes';
const INNSIGELSE = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';

// The popup writes with the user's click (no clipboard permission needed); the test reads the
// clipboard back in a page of the fixture server, since CDP cannot grant clipboard-read to an
// extension origin ("opaque origin").
let reader = null;

async function popupWithClipboard(ext, server) {
  reader = await openClipboardReader(ext, server);
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
const readClipboard = (popup) => readRichClipboard(reader, popup);

test('finds as you type, with æ/ø/å typed as ae/oe/aa, typos and nynorsk endings; marks the words', async ({
  ext,
  server,
  artifactsDir,
}) => {
  const popup = await popupWithClipboard(ext, server);
  try {
    const typed = await search(popup, 'barnehagelaerer');
    // Two demands have «barnehagelærer» among their words (decentralised education, teacher supply).
    expect([BARNEHAGE, TEACHERS], 'first hit for "barnehagelaerer"').toContain(typed[0]?.id);
    expect(
      typed[0].marks.some((m) => /barnehagelærer/i.test(m)),
      `marks: ${typed[0].marks}`,
    ).toBeTruthy();
    expect((await search(popup, 'innsigelsar'))[0]?.id, 'first hit for the nynorsk "innsigelsar"').toEqual(INNSIGELSE);
    expect((await search(popup, 'innsigelse'))[0]?.id, 'first hit for "innsigelse"').toEqual(INNSIGELSE);
    expect((await search(popup, 'tilbakeholdne insigelser'))[0]?.id, 'a typo').toEqual(INNSIGELSE);
    await popup.screenshot({ path: join(artifactsDir, 'popup-search.png') });
    expect(await axeViolations(popup), 'axe-core on the search results with marks (WCAG 2.1 AA)').toEqual([]);
    // Empty box: back to browsing by chapter.
    await popup.fill('#standpunkt-search', '');
    await popup.waitForSelector('.browse .chapter');
    expect(await popup.locator('.results').count(), 'no results list when the box is empty').toEqual(0);
  } finally {
    await popup.close();
    await reader?.close();
  }
});

test('marks whole words and word starts only, and shows loose matches apart', async ({ ext, server }) => {
  const popup = await popupWithClipboard(ext, server);
  try {
    for (const query of ['innsigelse', 'bemanningsnorm']) {
      await search(popup, query);
      const marks = await popup.evaluate(() =>
        [...document.querySelectorAll('.results mark')].map((m) => {
          const before = m.previousSibling?.textContent ?? '';
          return { text: m.textContent, inWord: /[\p{L}\p{N}]$/u.test(before) };
        }),
      );
      expect(marks.length > 0, `${query}: some marks`).toBeTruthy();
      for (const m of marks) {
        expect(m.inWord, `${query}: «${m.text}» starts inside a word`).toBeFalsy();
        expect(m.text.length >= 3, `${query}: «${m.text}» is too short`).toBeTruthy();
      }
    }
    // A word the text does not have finds near misses only: among the loose matches, under their own heading.
    await search(popup, 'barnehageeier');
    const loose = await popup.locator('.results-loose [data-position-id]').count();
    expect(loose > 0, 'loose matches for a typo').toBeTruthy();
    expect(await popup.locator('.results-loose-title').textContent()).toEqual('Lignende treff');
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
    const focused = await popup.evaluate(() =>
      document.activeElement?.closest('[data-position-id]')?.getAttribute('data-position-id'),
    );
    expect(focused, 'ArrowDown focuses the first result').toEqual(INNSIGELSE);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector(`.results [data-position-id="${INNSIGELSE}"] .position-body`);
    await popup.keyboard.press('c');
    const status = await waitFor(async () => (await popup.locator('.announcer-text').textContent()) || null, {
      what: 'copy confirmation',
    });
    expect(status.startsWith('Kopiert!'), `confirmation: ${status}`).toBeTruthy();
    const clip = await readClipboard(popup);
    expect(
      clip.plain.startsWith('KS mener: Være tilbakeholdne med å bruke innsigelser.'),
      `clipboard: ${clip.plain.slice(0, 80)}`,
    ).toBeTruthy();
    await popup.keyboard.press('ArrowUp');
    expect(
      await popup.evaluate(() => document.activeElement?.id),
      'ArrowUp from the first result returns to the box',
    ).toEqual('standpunkt-search');
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
    expect(plain.plain.includes(position.title), 'plain: title').toBeTruthy();
    expect(
      plain.plain.endsWith(`(Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, ${chapterQuoted})`),
      `plain: source ${plain.plain.slice(-140)}`,
    ).toBeTruthy();
    expect(plain.html, 'plain: no HTML').toEqual(null);

    await item.locator('[data-format="markdown"]').click();
    await waitFor(async () => (await readClipboard(popup)).plain?.startsWith('**KS mener:'), { what: 'markdown copy' });
    const md = await readClipboard(popup);
    expect(
      /\n\n\*Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, kapittel «.+»\*$/.test(md.plain),
      `markdown source: ${md.plain.slice(-140)}`,
    ).toBeTruthy();

    await item.locator('[data-format="html"]').click();
    await waitFor(async () => (await readClipboard(popup)).html !== null, { what: 'html copy' });
    const html = await readClipboard(popup);
    expect(
      html.html.includes('<p><strong>KS mener: Være tilbakeholdne med å bruke innsigelser.</strong></p>'),
      `html: ${html.html.slice(0, 200)}`,
    ).toBeTruthy();
    expect(
      html.html.includes(
        `<em>Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, ${chapterQuoted}</em>`,
      ),
      'html: source in italics',
    ).toBeTruthy();
    expect(html.plain.startsWith('KS mener: Være tilbakeholdne'), 'html: plain-text fallback').toBeTruthy();
    expect(!/<script|onerror|style=/i.test(html.html), 'html: no scripts or styles').toBeTruthy();
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
    const error = await waitFor(
      async () =>
        (await popup
          .locator('.announcer-error')
          .textContent()
          .catch(() => null)) || null,
      { what: 'the refusal message' },
    );
    expect(error.startsWith('Nettleseren nektet tilgang til utklippstavlen.'), error).toBeTruthy();
    const manual = await popup.evaluate(() => {
      const area = document.querySelector('.announcer-manual');
      return {
        value: area?.value,
        selected: area ? area.selectionEnd - area.selectionStart : 0,
        focused: document.activeElement === area,
      };
    });
    expect(manual.value.startsWith('KS mener: Være tilbakeholdne'), 'the text to copy by hand').toBeTruthy();
    expect(manual.selected, 'the whole text is selected').toEqual(manual.value.length);
  } finally {
    await popup.close();
    await reader?.close();
  }
});

privacyCheck();
