/** The speaker-group set loads and has what issue 13 asks of it. */
import { describe, expect, it } from 'vitest';
import { loadSpeakerDocs, validateSpeakerDocs, type SpeakerDoc } from './speaker-set';

describe('the speaker-group set (eval/speakers)', () => {
  const docs: SpeakerDoc[] = loadSpeakerDocs();
  const blocks = docs.flatMap((d) => d.blocks.map((b) => ({ ...b, lang: b.lang ?? d.lang })));
  const labelled = blocks.filter((b) => b.expect !== null);
  const texts = blocks.map((b) => b.text);

  it('has at least 60 labelled paragraphs, in bokmål and nynorsk', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(60);
    expect(labelled.filter((b) => b.lang === 'nn').length).toBeGreaterThanOrEqual(20);
    expect(labelled.filter((b) => b.lang === 'nb').length).toBeGreaterThanOrEqual(20);
  });

  it('labels every kind, and has pages that are not innstillinger', () => {
    const kinds = new Set(labelled.map((b) => b.expect!.kind));
    expect([...kinds].sort()).toEqual(['committee', 'majority', 'minority', 'party', 'proposal', 'summary']);
    expect(docs.some((d) => d.blocks.every((b) => b.expect === null))).toBe(true);
  });

  it.each([
    ['back reference «Flertallet»', /^Flertallet /],
    ['back reference «Mindretallet»', /^Mindretallet /],
    ['«Et annet mindretall»', /^Et annet mindretall, /],
    ['«Komiteen, medlemmene fra …»', /^Komiteen, medlemmene fra /],
    ['«Disse medlemmer»', /^Disse medlemmer /],
    ['«Forslag fra …»', /^Forslag fra (?!mindretall)/],
    ['«Forslag frå …»', /^Forslag frå (?!mindretal)/],
    ['«Sammendrag»', /Sammendrag$/],
    ['a minister’s letter', /^Brev (fra|frå) /],
    ['«Fleirtalet»', /^Fleirtalet /],
    ['«Medlemene … frå»', /^Medlemene (i komiteen )?frå /],
    ['«Komiteen sitt fleirtal»', /^Komiteen sitt fleirtal, /],
    ['«Medlemmet frå»', /^Medlemmet frå /],
    ['«Eit anna mindretal»', /^Eit anna mindretal, /],
  ])('has the hard case %s', (_name, pattern) => {
    expect(texts.some((t) => pattern.test(t))).toBe(true);
  });

  it('has continued remarks and parties named inside a remark', () => {
    // A labelled block that opens with no group word continues the remark above it.
    const continued = labelled.filter((b) => !/^(Komite|Flertal|Fleirtal|Mindretal|Medlem|Disse|Desse|Dette|Et |Eit |Heile|Forslag)/.test(b.text));
    expect(continued.length).toBeGreaterThanOrEqual(15);
    const partyStart = /^(Høyre|Høgre|Arbeiderpartiet|Senterpartiet|Venstre|Fremskrittspartiet)\b/;
    expect(labelled.filter((b) => partyStart.test(b.text) && b.expect!.kind !== 'party').length).toBeGreaterThanOrEqual(2);
  });

  it('rejects a malformed file, naming where', () => {
    const bad = [{ id: 'x', lang: 'nb', note: 'n', blocks: [{ text: 'T', expect: { kind: 'party', parties: ['Høyre'] } }] }];
    expect(() => validateSpeakerDocs([{ file: 'a.json', data: bad }])).toThrow(/a\.json: document "x", block 1: "parties"/);
    const noParties = [{ id: 'x', lang: 'nb', note: 'n', blocks: [{ text: 'T', expect: { kind: 'majority', parties: [] } }] }];
    expect(() => validateSpeakerDocs([{ file: 'a.json', data: noParties }])).toThrow(/names its parties/);
  });

  it('rejects unknown fields, duplicate ids and blank lines inside a block', () => {
    const doc = (extra: object = {}) => ({ id: 'x', lang: 'nb', note: 'n', blocks: [{ text: 'T', expect: null }], ...extra });
    expect(() => validateSpeakerDocs([{ file: 'a.json', data: [doc({ extra: 1 })] }])).toThrow(/unknown field "extra"/);
    expect(() =>
      validateSpeakerDocs([
        { file: 'a.json', data: [doc()] },
        { file: 'b.json', data: [doc()] },
      ]),
    ).toThrow(/b\.json: document "x": duplicate id \(also in a\.json\)/);
    const blank = doc({ blocks: [{ text: 'A\n\nB', expect: null }] });
    expect(() => validateSpeakerDocs([{ file: 'a.json', data: [blank] }])).toThrow(/block 1: a block may not contain/);
    expect(validateSpeakerDocs([{ file: 'a.json', data: [doc()] }])).toHaveLength(1);
  });
});
