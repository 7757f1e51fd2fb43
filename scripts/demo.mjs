// @ts-check
// `npm run demo`: serves the sample pages under their real host names and opens Chromium with the
// built extension loaded, offline (every other host name fails to resolve). Close the window to stop.
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, CHROMIUM, launchWithExtension } from '../e2e/harness/browser.mjs';
import { startFixtureServer } from '../e2e/harness/server.mjs';

const PAGES = [
  'http://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/',
  'http://www.regjeringen.no/nn/dokument/dep/kdd/prop-102-ls-20242025/kapittel-5/',
];

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log(`Standpunkt-demo: fant ingen skjerm (verken DISPLAY eller WAYLAND_DISPLAY er satt).
Kjør "npm ci && npm run demo" på en maskin med skrivebord, eller last utvidelsen inn for hånd:
  1. Åpne chrome://extensions i Chrome eller Chromium og slå på «Utviklermodus».
  2. Velg «Last inn upakket» og pek på mappen:
       ${EXTENSION_DIR}
  3. Åpne en side på www.stortinget.no eller www.regjeringen.no, og klikk Standpunkt-ikonet.

No display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run "npm ci && npm run demo" on a desktop, or load the extension by hand:
  chrome://extensions → Developer mode → Load unpacked → ${EXTENSION_DIR}
The automated browser tests run headless: npm test`);
  process.exit(0);
}
if (!existsSync(CHROMIUM)) {
  console.error(`Fant ikke Chromium på ${CHROMIUM} / Chromium not found at ${CHROMIUM}.
Installer den (Debian/Ubuntu: sudo apt-get install chromium) eller sett CHROMIUM_PATH.`);
  process.exit(1);
}

const server = await startFixtureServer({ port: Number(process.env.DEMO_PORT ?? 0) });
const ext = await launchWithExtension({ port: server.port, headless: false, viewport: null });
console.log(`Standpunkt-demo kjører (utvidelse ${ext.extensionId}). Eksempelsider, servert lokalt uten nett:`);
for (const url of PAGES) console.log(`  ${url}`);
console.log('Klikk Standpunkt-ikonet i verktøylinjen (eventuelt under puslespillbrikken) for å se KS-standpunktene.');
console.log('Lukk nettleservinduet for å avslutte. / Close the browser window to stop.');

const [first, ...rest] = PAGES;
const start = ext.context.pages()[0] ?? (await ext.context.newPage());
if (first) await start.goto(first);
for (const url of rest) await (await ext.context.newPage()).goto(url);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await ext.close().catch(() => {});
  await server.close();
  process.exit(code);
}
ext.context.on('close', () => void stop(0));
process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));
