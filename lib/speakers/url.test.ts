import { describe, expect, it } from 'vitest';
import { innstillingFromUrl } from './url';

describe('innstillingFromUrl', () => {
  it.each([
    ['https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-233l/', true],
    ['https://stortinget.no/nn/Saker-og-publikasjonar/publikasjonar/Innstillingar/Stortinget/2018-2019/inns-201819-201s/?m=0', true],
    ['https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Referater/Stortinget/2024-2025/refs-202425-11-12/sak6', false],
    ['https://www.regjeringen.no/no/dokumenter/prop-1-s-20252026/id1/', false],
    ['file:///tmp/side.html', undefined],
    ['ikke en adresse', undefined],
  ])('%s → %s', (url, expected) => {
    expect(innstillingFromUrl(url)).toBe(expected);
  });
});
