// Who says what (issue 13) on a Stortinget innstilling: the side panel sums up the party groups behind
// each position's passages and names the group of each passage; the hover card names the group of the
// remark the pointed highlight is in; the CLI gives each hit its `speaker`.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations } from '../harness/axe.mjs';
import { cardInspector } from '../harness/card.mjs';
import { readHighlights, sendToTab, waitForScan } from '../harness/highlights.mjs';
import { expect, test, waitFor } from '../harness/test.mjs';

const PATH = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2025-2026/inns-202526-045s/';
const FILE = fileURLToPath(new URL(`../fixtures/stortinget${PATH}index.html`, import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NORMS = 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer';
const ECONOMY = 'ks-2021:sorge-for-en-kommuneokonomi-som-gir';

const collapse = (s) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test('the side panel names the groups behind each position and each passage', async ({ ext, server, artifactsDir }) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', PATH));
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  try {
    await waitForScan(page);
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    const norms = panel.locator(`.page-positions li[data-position-id="${NORMS}"]`);
    await norms.locator('.group-summary').waitFor({ timeout: 10_000 });
    expect(await norms.locator('.group-summary').textContent(), 'groups behind the staffing-norm passages').toEqual(
      'Hvem sier hva: Flertallet (A, Sp, SV) · Mindretallet (H, V) · R · Forslag fra R',
    );
    const economy = await panel
      .locator(`.page-positions li[data-position-id="${ECONOMY}"] .group-summary`)
      .textContent();
    expect(economy, 'groups behind the municipal-economy passages').toEqual(
      'Hvem sier hva: Komiteen · Flertallet (A, Sp, SV) · H, FrP · R · Forslag fra H og FrP',
    );
    await norms.locator('.passages-toggle').click();
    const groups = await norms
      .locator('.passage')
      .evaluateAll((items) =>
        items.map((i) => [
          i.querySelector('mark')?.textContent,
          i.querySelector('.passage-group')?.textContent ?? null,
        ]),
      );
    expect(groups, 'each passage with its group (none for the summary and the heading)').toEqual([
      ['bemanningsnormer', 'Sammendrag'], // the committee's account of the report: shown, but left out of the summary line
      ['Bemanningsnormer', null],
      ['bemanningsnormen', 'Flertallet (A, Sp, SV)'],
      ['bemanningsnormer', 'Mindretallet (H, V)'],
      ['lærernormen', 'R'],
      ['bemanningsnorm', 'Forslag fra R'],
    ]);
    await norms.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(artifactsDir, 'sidepanel-speakers.png') });
    expect(await axeViolations(panel), 'axe-core on the side panel with groups').toEqual([]);

    // The content script's answer carries the speaker objects themselves.
    const answer = await sendToTab(ext, tabId, 'getPagePassages');
    const nynorsk = answer.passages.find((p) => p.snippet.slice(p.mark.start, p.mark.end) === 'motsegn');
    expect(nynorsk?.speaker, 'the nynorsk majority remark').toMatchObject({
      kind: 'majority',
      parties: ['A', 'Sp', 'SV'],
    });
  } finally {
    await panel.close();
    await page.close();
  }
});

test('the hover card names the group of the remark the pointed highlight is in', async ({
  ext,
  server,
  artifactsDir,
}) => {
  const { page } = await ext.openTab(server.url('www.stortinget.no', PATH));
  const card = await cardInspector(page);
  try {
    await waitForScan(page);
    const word = (await readHighlights(page)).find((h) => collapse(h.text ?? '') === 'lærernormen');
    expect(word, 'the highlight «lærernormen»').toBeTruthy();
    await page.evaluate((dy) => window.scrollBy(0, dy - window.innerHeight / 2), word.rects[0].y);
    await page.waitForTimeout(150);
    const rect = (await readHighlights(page)).find((h) => collapse(h.text ?? '') === 'lærernormen').rects[0];
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
    const shown = await waitFor(
      async () => {
        const s = await card.state();
        return s?.open && s;
      },
      { timeoutMs: 4000, what: 'the hover card' },
    );
    expect(
      shown.text.includes('R\n') || /(^|\n)R(\n|$)/.test(shown.text),
      `the card names «R» (Medlemmet fra Rødt): ${shown.text}`,
    ).toBeTruthy();
    await page.waitForTimeout(400); // the card fades in: let the screenshot show it settled
    await page.screenshot({ path: join(artifactsDir, 'card-group.png') });

    // A highlight in the majority's remark names the majority.
    await page.keyboard.press('Escape');
    const majority = (await readHighlights(page)).find((h) => collapse(h.text ?? '') === 'bemanningsnormen');
    await page.evaluate((dy) => window.scrollBy(0, dy - window.innerHeight / 2), majority.rects[0].y);
    await page.waitForTimeout(150);
    const r2 = (await readHighlights(page)).find((h) => collapse(h.text ?? '') === 'bemanningsnormen').rects[0];
    await page.mouse.move(1, 1);
    await page.mouse.move(r2.x + r2.width / 2, r2.y + r2.height / 2, { steps: 4 });
    await waitFor(async () => (await card.state())?.text?.includes('Flertallet (A, Sp, SV)'), {
      timeoutMs: 4000,
      what: 'the card names the majority',
    });
  } finally {
    await card.close();
    await page.close();
  }
});

test('the CLI gives each hit of the fixture its speaker', async () => {
  const out = execFileSync('npx', ['tsx', 'cli/ks.ts', 'scan', FILE, '--json'], { cwd: ROOT, encoding: 'utf8' });
  const result = JSON.parse(out);
  const norms = result.positions.find((p) => p.id === NORMS);
  expect(
    norms.hits.map((h) => h.speaker && [h.speaker.kind, h.speaker.parties]),
    'speakers of the staffing-norm hits',
  ).toEqual([
    ['summary', []],
    null,
    ['majority', ['A', 'Sp', 'SV']],
    ['majority', ['A', 'Sp', 'SV']],
    ['minority', ['H', 'V']],
    ['party', ['R']],
    ['proposal', ['R']],
  ]);
});
