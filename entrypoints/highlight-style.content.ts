import { adoptEarly } from '@/lib/highlight/stylesheet';

/**
 * Our `::highlight()` rules, adopted before the page is parsed: on a big page, adding a stylesheet later
 * restyles every element in one long task. The main content script finds and keeps this sheet.
 */
export default defineContentScript({
  matches: ['*://*.stortinget.no/*', '*://*.regjeringen.no/*'],
  runAt: 'document_start',
  main() {
    adoptEarly(document);
  },
});
