/** Binary search for the first index in [0, n) where `isBefore` turns false (it must be true, then false). */
export function lowerBound(n: number, isBefore: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
