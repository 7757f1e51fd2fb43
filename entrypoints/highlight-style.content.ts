import { adoptEarly } from '@/lib/highlight/stylesheet';
import { DEFAULT_SITE_PATTERNS } from '@/lib/settings/settings';
import { prefetchPageData } from './content/page-data';

/**
 * Our `::highlight()` rules, adopted before the page is parsed: on a big page, adding a stylesheet later
 * restyles every element in one long task. The main content script finds and keeps this sheet.
 * It also asks the background for the page data now, while the page loads, so that the main script
 * (document_idle) finds it waiting instead of making the round trip then.
 */
export default defineContentScript({
  matches: DEFAULT_SITE_PATTERNS,
  runAt: 'document_start',
  // Its postMessage('*') told every page the name of WXT's started event (see content/guard.ts).
  noScriptStartedPostMessage: true,
  main() {
    adoptEarly(document);
    prefetchPageData();
  },
});
