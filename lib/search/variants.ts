/** Case variants of the same word folded into one («statlig tilsyn, Statlig tilsyn» → «statlig tilsyn»). */

/**
 * Words most frequent first (as the page report lists them) → one form per word regardless of case: the
 * first, so the most frequent form stays, in the same order.
 */
export function foldCaseVariants(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase('nb');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
