/**
 * Whether a page address says it is an innstilling, for `attributeSpeakers(…, { innstilling })`:
 * true for Stortinget's publication pages of innstillinger (bokmål and nynorsk paths), false for other
 * pages of stortinget.no and regjeringen.no (a proposition may quote remarks it is not the author of),
 * undefined when the address says nothing (a saved file): then the text decides.
 */
export function innstillingFromUrl(url: string): boolean | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'stortinget.no') return /\/innstilling(?:er|ar)\//i.test(parsed.pathname);
  if (host === 'regjeringen.no') return false;
  return undefined;
}
