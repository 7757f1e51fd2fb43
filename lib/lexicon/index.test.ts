import { describe, expect, it } from 'vitest';
import { defaultMatcher, lexicon, matchText } from './index';

const NORMS = 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer';
const OBJECTIONS = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';
const PBL = 'ks-2021:styrke-plan-og-bygningsloven-som-verktoy';
const LEGALITY = 'ks-2021:utrede-alternative-organiseringer-og-innretninger-av';

describe('the real lexicon', () => {
  it('finds core terms of the seed in bokmål and nynorsk, inflected and compounded', () => {
    const text =
      'Komiteen vil unngå nye bemannings-\nnormer og lærernormen.\n\n' +
      'Fylkesmannen fremmet innsigelser, og utvalet vil ha færre motsegner.\n\n' +
      'Endringer i plan–\u00A0og bygningsloven og lovlighets\u00ADkontrollen.';
    const hits = matchText(text);
    const byPosition = (id: string) => hits.filter((h) => h.positions.includes(id)).map((h) => h.text);
    expect(byPosition(NORMS)).toEqual(['bemannings-\nnormer', 'lærernormen']);
    expect(byPosition(OBJECTIONS)).toEqual(['innsigelser', 'motsegner']);
    // «Endringer i plan- og bygningsloven» is a term of its own: amending the act is what the demand is about.
    expect(byPosition(PBL)).toEqual(['Endringer i plan–\u00A0og bygningsloven']);
    expect(byPosition(LEGALITY)).toEqual(['lovlighets\u00ADkontrollen']);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('leaves near-misses alone', () => {
    expect(matchText('En normal dag med enorme køer; Finanstilsynet fører tilsyn med bankene.')).toEqual([]);
  });

  it('ranks the position a text is about first', () => {
    const m = defaultMatcher();
    const ranked = m.rank(
      m.find('Bemanningsnormen i barnehagen og lærernormen binder opp ressursene. Kommunen fikk en innsigelse.'),
    );
    expect(ranked[0]!.id).toBe(NORMS);
  });

  it('compiles every document of the lexicon into one matcher', () => {
    expect(defaultMatcher().size).toBeGreaterThanOrEqual(lexicon.reduce((n, p) => n + p.terms.length, 0));
  });
});
