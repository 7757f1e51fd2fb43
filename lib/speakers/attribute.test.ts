/** Passages written for these tests in the style of Stortinget innstillinger; not copied from real pages. */
import { describe, expect, it } from 'vitest';
import { asHeading, attributeSpeakers, looksLikeInnstilling, parseMembers } from './attribute';
import type { Speaker } from './types';

/** Kind and parties per block, «-» for null: compact to compare. */
function brief(blocks: string[]): string[] {
  return attributeSpeakers(blocks).map((s: Speaker | null) => (s ? `${s.kind}:${s.parties.join(',')}` : '-'));
}

const HEAD = '2. Komiteens merknader';

describe('attributeSpeakers', () => {
  it('reads the whole committee with its members, names and initials included', () => {
    const blocks = [
      HEAD,
      'Komiteen, medlemmene fra Arbeiderpartiet, Kari Lien og Jan P Syse, fra Høyre, lederen Per O. Dahl, fra Sosialistisk Venstreparti, Eva Bø, og fra Kristelig Folkeparti, Tor Aas, viser til proposisjonen.',
      'Komiteen mener kommunene må få beholde inntektene fra konsesjonskraft.',
    ];
    const out = attributeSpeakers(blocks);
    expect(out[1]).toEqual({
      kind: 'committee',
      parties: ['A', 'H', 'SV', 'KrF'],
      label:
        'Komiteen, medlemmene fra Arbeiderpartiet, Kari Lien og Jan P Syse, fra Høyre, lederen Per O. Dahl, fra Sosialistisk Venstreparti, Eva Bø, og fra Kristelig Folkeparti, Tor Aas',
    });
    expect(out[2]).toBe(out[1]);
  });

  it('resolves «Flertallet», «Mindretallet», «Disse medlemmer» to the group defined before, as one object', () => {
    const blocks = [
      HEAD,
      'Komiteens flertall, medlemmene fra Arbeiderpartiet, Senterpartiet og Sosialistisk Venstreparti, viser til at skjønnsmidlene er økt.',
      'Komiteens mindretall, medlemmene fra Høyre og Fremskrittspartiet, mener skjønnsmidlene bør fordeles etter faste kriterier.',
      'Flertallet vil likevel understreke at fylkesvise rammer gir rom for lokale hensyn.',
      'Mindretallet viser til sine merknader i budsjettinnstillingen.',
      'Komiteens medlem fra Rødt mener at kommunene bør få større del av skatteinntektene.',
      'Dette medlem fremmer følgende forslag:',
      '«Stortinget ber regjeringen øke kommunenes andel av skatteinntektene fra 2027.»',
    ];
    const out = attributeSpeakers(blocks);
    expect(brief(blocks)).toEqual(['-', 'majority:A,Sp,SV', 'minority:H,FrP', 'majority:A,Sp,SV', 'minority:H,FrP', 'party:R', 'party:R', 'party:R']);
    expect(out[3]).toBe(out[1]);
    expect(out[4]).toBe(out[2]);
    expect(out[1]!.label).toBe('Komiteens flertall, medlemmene fra Arbeiderpartiet, Senterpartiet og Sosialistisk Venstreparti');
  });

  it('defines «Et annet mindretall» as a new minority that later back references find', () => {
    const blocks = [
      HEAD,
      'Et mindretall, medlemmene fra Høyre og Venstre, mener eiendomsskatten bør avvikles.',
      'Et annet mindretall, medlemmet fra Rødt, mener eiendomsskatten bør gjøres obligatorisk.',
      'Mindretallet viser til at dette vil gi kommunene et mer stabilt inntektsgrunnlag.',
      'Dette mindretallet fremmer forslag om dette.',
    ];
    expect(brief(blocks)).toEqual(['-', 'minority:H,V', 'minority:R', 'minority:R', 'minority:R']);
  });

  it('runs a remark over several paragraphs until the next group opens or a heading ends it', () => {
    const blocks = [
      HEAD,
      'Komiteens medlemmer fra Høyre og Kristelig Folkeparti viser til at barnehagesektoren er i endring.',
      'Fødselstallene har falt i mange kommuner, og flere barnehager står med ledige plasser.',
      '– bedre kapasitetsplanlegging',
      '– lik finansiering av private og kommunale barnehager',
      'Komiteens medlemmer fra Senterpartiet viser til at små barnehager i distriktene er viktige for bosettingen.',
      '2.2 Skolebygg',
      'Mange kommuner har et stort etterslep på vedlikehold.',
    ];
    expect(brief(blocks)).toEqual(['-', 'party:H,KrF', 'party:H,KrF', 'party:H,KrF', 'party:H,KrF', 'party:Sp', '-', '-']);
  });

  it('does not take a party named inside a sentence, or at the start of a continued paragraph, for a speaker', () => {
    const blocks = [
      HEAD,
      'Komiteens flertall, medlemmene fra Arbeiderpartiet og Senterpartiet, viser til at Høyre og Fremskrittspartiet ønsker å avvikle eiendomsskatten.',
      'Høyre foreslo i sitt alternative budsjett å kutte i rammetilskuddet. Flertallet mener det ville rammet tjenestene.',
      'Flertallet av kommunene har innført eiendomsskatt, og flertallet mener den er en viktig inntekt.',
      'Komiteens medlemmer fra Høyre viser til at eiendomsskatten er en belastning for mange.',
      'Flertallet på Stortinget har likevel ikke villet endre ordningen.',
      'Flertallet i Stortinget har heller ikke villet sette ned satsen.',
    ];
    expect(brief(blocks)).toEqual(['-', 'majority:A,Sp', 'majority:A,Sp', 'majority:A,Sp', 'party:H', 'party:H', 'party:H']);
  });

  it('says nothing for a back reference with nothing defined in the chapter, nor for what follows it', () => {
    const blocks = [
      '2. Komiteens merknader',
      'Komiteens flertall, medlemmene fra Arbeiderpartiet og Høyre, mener ordningen bør videreføres.',
      '3. Kommunale avgifter',
      'Flertallet viser til at selvkostprinsippet ligger fast.',
      'Avgiftene har økt mer enn prisveksten de siste årene.',
      'Et annet mindretall mener avgiftene bør fryses.',
    ];
    expect(brief(blocks)).toEqual(['-', 'majority:A,H', '-', '-', '-', '-']);
  });

  it('says nothing for a group whose parties are not named, and forgets the group defined before it', () => {
    const blocks = [
      HEAD,
      'Komiteens flertall, medlemmene fra Arbeiderpartiet og Senterpartiet, viser til saken.',
      'Komiteens flertall, medlemmene fra regjeringspartiene, mener ordningen virker.',
      'Flertallet viser til evalueringen.',
      'Komiteens medlemmer fra Høyre viser til høringen.',
      'Komiteens medlemmer fra opposisjonspartiene mener noe annet.',
      'Disse medlemmer viser til merknadene over.',
    ];
    expect(brief(blocks)).toEqual(['-', 'majority:A,Sp', '-', '-', 'party:H', '-', '-']);
  });

  it('reads «alle unntatt» against the committee’s list of members, or leaves the parties empty', () => {
    const withList = [
      HEAD,
      'Komiteen, medlemmene fra Arbeiderpartiet, Høyre, Senterpartiet og Rødt, viser til saken.',
      'Komiteens flertall, alle unntatt medlemmet fra Rødt, slutter seg til forslaget.',
    ];
    expect(brief(withList)).toEqual(['-', 'committee:A,H,Sp,R', 'majority:A,H,Sp']);
    const withoutList = [HEAD, 'Komiteens flertall, alle unntatt medlemmet fra Rødt, slutter seg til forslaget.'];
    expect(brief(withoutList)).toEqual(['-', 'majority:']);
  });

  it('reads «Et flertall i komiteen» and «Et annet flertall» with their members', () => {
    const blocks = [
      HEAD,
      'Et flertall i komiteen, medlemmene fra Høyre, Senterpartiet og Venstre, mener fristen bør forlenges.',
      'Et annet flertall, medlemmene fra Arbeiderpartiet, Høyre og Kristelig Folkeparti, støtter forslaget om tilskudd.',
      'Dette flertallet viser til høringen.',
    ];
    expect(brief(blocks)).toEqual(['-', 'majority:H,Sp,V', 'majority:A,H,KrF', 'majority:A,H,KrF']);
  });

  it('reads abbreviations in a member list', () => {
    expect(brief([HEAD, 'Komiteens medlemmer fra H, FrP og KrF mener normene bør fjernes.'])).toEqual(['-', 'party:H,FrP,KrF']);
  });

  it('reads nynorsk groups', () => {
    const blocks = [
      '2. Merknader frå komiteen',
      'Komiteen, medlemene frå Arbeidarpartiet, Høgre, Senterpartiet, Framstegspartiet og Raudt, viser til meldinga.',
      'Komiteen sitt fleirtal, medlemene frå Arbeidarpartiet og Senterpartiet, meiner kommunane må få behalde skjønsmidlane.',
      'Medlemene i komiteen frå Høgre og Framstegspartiet viser til at fleire kommunar ønskjer å slå seg saman.',
      'Desse medlemene meiner staten bør gje meir støtte til samanslåingar.',
      'Fleirtalet i komiteen meiner at samanslåingar må vere frivillige.',
      'Medlemmet frå Raudt viser til at lokaldemokratiet vert svekt når kommunane blir store.',
      'Dette medlemmet går imot forslaget.',
      'Eit anna mindretal, medlemene frå Høgre og Raudt, meiner fristen bør forlengjast.',
      'Mindretalet viser til høyringa.',
    ];
    expect(brief(blocks)).toEqual([
      '-',
      'committee:A,H,Sp,FrP,R',
      'majority:A,Sp',
      'party:H,FrP',
      'party:H,FrP',
      'majority:A,Sp',
      'party:R',
      'party:R',
      'minority:H,R',
      'minority:H,R',
    ]);
  });

  it('reads the minority proposals, bokmål and nynorsk, with their numbers', () => {
    const blocks = [
      '3. Forslag fra mindretall',
      'Forslag fra Høyre og Fremskrittspartiet:',
      'Forslag 1',
      'Stortinget ber regjeringen avvikle eiendomsskatten på verk og bruk.',
      'Forslag frå Sosialistisk Venstreparti:',
      'Forslag 2',
      'Stortinget ber regjeringa auke rammetilskotet med 2 mrd. kroner.',
      '4. Komiteens tilråding',
      'Stortinget ber regjeringen legge fram en sak om kommunale avgifter.',
    ];
    expect(brief(blocks)).toEqual(['-', 'proposal:H,FrP', 'proposal:H,FrP', 'proposal:H,FrP', 'proposal:SV', 'proposal:SV', 'proposal:SV', '-', '-']);
    expect(attributeSpeakers(blocks)[1]!.label).toBe('Forslag fra Høyre og Fremskrittspartiet');
  });

  it('does not take the title of a representatives’ proposal for a minority proposal', () => {
    const blocks = [HEAD, 'Forslag fra stortingsrepresentantene Kari Lien og Per Dahl om bedre bredbånd', 'Komiteen viser til forslaget.'];
    expect(brief(blocks)).toEqual(['-', '-', 'committee:']);
  });

  it('keeps a summary a summary, whatever it retells, until a named group or the remarks heading', () => {
    const blocks = [
      '1. Sammendrag',
      'Departementet foreslår å endre inntektssystemet.',
      'Flertallet av høringsinstansene støtter forslaget.',
      'Komiteen ba i brev om departementets vurdering av konsekvensene.',
      'Brev fra kommunal- og distriktsministeren til kommunal- og forvaltningskomiteen, datert 3. mars 2025',
      'Statsråden viser til at endringene vil bli fulgt opp i kommuneproposisjonen.',
      'Komiteen, medlemmene fra Arbeiderpartiet og Høyre, viser til brevet.',
      'Komiteens medlemmer fra Høyre mener endringene kommer for sent.',
    ];
    const out = attributeSpeakers(blocks);
    expect(brief(blocks)).toEqual(['-', 'summary:', 'summary:', 'summary:', '-', 'summary:', 'committee:A,H', 'party:H']);
    expect(out[1]!.label).toBe('Sammendrag');
    expect(out[5]!.label).toMatch(/^Brev fra kommunal- og distriktsministeren/);
  });

  it('says nothing in the recommendation, nor after the signature', () => {
    const blocks = [
      HEAD,
      'Komiteens medlemmer fra Høyre viser til saken.',
      'Komiteens tilråding',
      'Komiteen har for øvrig ingen merknader, viser til proposisjonen og rår Stortinget til å gjøre følgende',
      'vedtak:',
      'Oslo, i kommunal- og forvaltningskomiteen, den 5. juni 2025',
      'Kari Lien',
    ];
    expect(brief(blocks)).toEqual(['-', 'party:H', '-', '-', '-', '-', '-']);
  });

  it('says nothing about how the committee worked', () => {
    const blocks = [
      'Komiteens behandling',
      'Komiteen har i brev av 3. mars 2025 bedt statsråden om en vurdering av forslaget.',
      'Komiteens merknader',
      'Komiteen, medlemmene fra Høyre og Rødt, viser til forslaget.',
    ];
    expect(brief(blocks)).toEqual(['-', '-', '-', 'committee:H,R']);
    const statement = [
      HEAD,
      'Komiteens medlemmer fra Rødt viser til saken.',
      'Uttalelse fra kommunal- og forvaltningskomiteen',
      'Komiteen viser til merknadene fra partienes medlemmer i energi- og miljøkomiteen, og støtter disse.',
    ];
    expect(brief(statement)).toEqual(['-', 'party:R', '-', '-']);
  });

  it('keeps a letter in an appendix a summary through its own numbered headings', () => {
    const blocks = [
      HEAD,
      'Komiteens medlemmer fra Venstre viser til brevet.',
      'Vedlegg',
      'Brev fra kommunal- og distriktsministeren til kommunal- og forvaltningskomiteen, datert 2. april 2025',
      '1. Bakgrunn',
      'Komiteen ber i brev om en vurdering av forslaget om ny inndeling.',
      '2. Vurdering',
      'Departementet mener forslaget vil gi mer byråkrati.',
    ];
    expect(brief(blocks)).toEqual(['-', 'party:V', '-', '-', '-', 'summary:', '-', 'summary:']);
  });

  it('skips footnotes without ending the remark', () => {
    const blocks = [HEAD, 'Komiteens medlemmer fra Venstre viser til rapporten.1', '1 Jf. rapport fra ekspertutvalget.', 'Disse medlemmer mener rapporten bør følges opp.'];
    expect(brief(blocks)).toEqual(['-', 'party:V', '-', 'party:V']);
  });

  it('says nothing on a page that only retells one remark, unless the caller knows it is an innstilling', () => {
    const blocks = [
      'Departementet viser til behandlingen i Stortinget.',
      'Fleirtalet i komiteen, medlemene frå Arbeidarpartiet og Senterpartiet, bad om ei ny ordning.',
      'Departementet følgjer opp dette.',
    ];
    expect(looksLikeInnstilling(blocks)).toBe(false);
    expect(brief(blocks)).toEqual(['-', '-', '-']);
    expect(attributeSpeakers(blocks, { innstilling: true })[1]).toMatchObject({ kind: 'majority', parties: ['A', 'Sp'] });
    expect(attributeSpeakers([HEAD, 'Komiteen viser til saken.'], { innstilling: false })).toEqual([null, null]);
  });
});

describe('parseMembers', () => {
  it('stops at the verb after the last party or name', () => {
    const text = 'fra Høyre, Ola Nordmann, og fra Rødt viser til Venstre';
    const list = parseMembers(text, 4);
    expect(list.parties).toEqual(['H', 'R']);
    expect(text.slice(0, list.end)).toBe('fra Høyre, Ola Nordmann, og fra Rødt');
  });

  it('gets past a name typed in lower case when the list goes on with «frå <party>»', () => {
    const text = 'frå Arbeidarpartiet, Kari Lie og åse Vik Nes, og frå Senterpartiet, Tor Bø, meiner';
    expect(parseMembers(text, 4).parties).toEqual(['A', 'Sp']);
    expect(parseMembers('fra Høyre viser til, fra Rødt', 4).parties).toEqual(['H']);
  });

  it('does not start a list with a name', () => {
    expect(parseMembers('KS mener', 0).parties).toEqual([]);
  });
});

describe('asHeading', () => {
  it.each([
    ['2. Komiteens merknader', 'remarks', true],
    ['2.3 Komiteens merknader', 'remarks', false],
    ['Merknader frå komiteen', 'remarks', false],
    ['1. Sammendrag', 'summary', true],
    ['Samandrag', 'summary', false],
    ['3. Forslag fra mindretall', 'proposals', true],
    ['Komiteen si tilråding', 'recommendation', false],
    ['4. Komiteens tilrådning', 'recommendation', true],
    ['2.1 Rammetilskudd', 'plain', false],
  ])('%s is a %s heading', (text, kind, chapter) => {
    expect(asHeading(text)).toMatchObject({ kind, chapter });
  });

  it('is not a sentence', () => {
    expect(asHeading('Komiteen viser til saken.')).toBeNull();
    expect(asHeading('Flertallet viser til at byene får mer.¹')).toBeNull();
    expect(asHeading('– bedre planlegging')).toBeNull();
  });
});
