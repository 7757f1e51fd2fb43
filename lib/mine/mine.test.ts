import { describe, expect, it } from 'vitest';
import { bundle } from '../data/bundle';
import { BLOCK_SEPARATOR } from '../dom';
import { createMiner, DEFAULT_MIN_WORDS, splitParagraphs, type MinePosition } from './mine';

const positions: MinePosition[] = [
  {
    id: 'tilsyn',
    title: 'Redusere statlig tilsyn med kommunene.',
    body: 'Tilsyn tar tid. Veiledning gir bedre tjenester enn tilsyn.',
  },
  {
    id: 'barnehage',
    title: 'Sikre finansiering av barnehager.',
    body: 'Barnehagene i kommunene trenger stabil finansiering.',
  },
  {
    id: 'plan',
    title: 'Være tilbakeholdne med innsigelser.',
    body: 'Innsigelser mot kommunale planer forsinker planarbeidet.',
  },
];

const long = (s: string) => `${s} ${'Dette er fyllord som ikke sier noe om saken i det hele tatt her.'}`;

describe('splitParagraphs', () => {
  it('splits the extracted text at BLOCK_SEPARATOR, with offsets into the text', () => {
    const text = ['Første blokk.', 'Andre blokk\nmed linjeskift.', 'Tredje.'].join(BLOCK_SEPARATOR);
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['Første blokk.', 'Andre blokk\nmed linjeskift.', 'Tredje.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('takes blank lines of a text file too (CRLF, spaces, several), and drops empty blocks', () => {
    const text = '  Én.\r\n\r\nTo.\n \n\n\nTre.\n\n   \n\n';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['Én.', 'To.', 'Tre.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(splitParagraphs('')).toEqual([]);
  });
});

describe('minePage', () => {
  const miner = createMiner(positions);

  it('mines only paragraphs without a lexicon hit, skipping short ones, and counts them', () => {
    const a = long('Det statlige tilsynet med kommunene tar mye tid fra tjenestene hvert eneste år.');
    const b = long('Innsigelsene mot planene i kommunen kom sent og forsinket arbeidet med planene.');
    const c = 'Kort overskrift';
    const text = [a, b, c].join(BLOCK_SEPARATOR);
    const hitStart = text.indexOf('Innsigelsene');
    const page = miner.minePage(text, [{ start: hitStart, end: hitStart + 12 }], { minScore: 0 });
    expect(page).toMatchObject({ paragraphs: 3, withHits: 1, short: 1 });
    expect(page.unmatched.map((p) => p.index)).toEqual([0]);
    expect(page.unmatched[0]!.positions[0]).toMatchObject({ id: 'tilsyn', title: positions[0]!.title });
    expect(page.unmatched[0]!.positions[0]!.via).toContain('tilsynet');
    expect(c.split(' ').length).toBeLessThan(DEFAULT_MIN_WORDS);
  });

  it('treats a hit straddling two paragraphs as a hit in both, and a hit elsewhere as none', () => {
    const a = long('Barnehagene trenger stabil finansiering over mange år framover i kommunene.');
    const b = long('Tilsyn og veiledning fra staten til kommunene må balanseres bedre enn i dag.');
    const text = [a, b].join(BLOCK_SEPARATOR);
    expect(miner.minePage(text, [{ start: a.length - 3, end: a.length + 5 }]).unmatched).toEqual([]);
    expect(miner.minePage(text, [{ start: a.length, end: a.length + 2 }]).unmatched).toHaveLength(2);
  });

  it('lists at most `top` positions, only from minScore on, best first', () => {
    const text = long('Tilsyn med barnehager, innsigelser mot planer og finansiering av kommunene i ett.');
    const all = miner.minePage(text, [], { minScore: 0, top: 10 }).unmatched[0]!.positions;
    expect(all.length).toBe(3);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    expect(miner.minePage(text, [], { minScore: 0, top: 1 }).unmatched[0]!.positions).toHaveLength(1);
    const cut = all[1]!.score;
    const above = miner.minePage(text, [], { minScore: cut, top: 10 }).unmatched[0]!.positions;
    expect(above.every((p) => p.score >= cut)).toBe(true);
    expect(miner.minePage(text, [], { minScore: 1e9 }).unmatched[0]!.positions).toEqual([]);
  });

  it('gives 5–8 distinctive words as written, rare ones first, no function words', () => {
    const page = [
      long('Kommunene melder at kommunene trenger mer tid.'),
      long(
        'Kommunene har lagt fram sine innspill om rekruttering av sykepleiere og helsefagarbeidere til omsorgstjenestene.',
      ),
    ].join(BLOCK_SEPARATOR);
    const words = miner.minePage(page, []).unmatched[1]!.words;
    expect(words.length).toBeGreaterThanOrEqual(5);
    expect(words.length).toBeLessThanOrEqual(8);
    expect(words).toContain('sykepleiere');
    expect(words).not.toContain('av');
    expect(words).not.toContain('Kommunene');
  });
});

describe('the miner over the bundled positions', () => {
  const miner = createMiner(bundle.positions);

  it('ranks the supervision demand first for a nynorsk paragraph about state supervision', () => {
    const text =
      'Fylkesmennene og direktorata fører mange tilsyn med kommunane kvart år. Det samla omfanget av statleg tilsyn må ned, og rettleiing bør kome i staden for kontroll.';
    const [p] = miner.minePage(text, []).unmatched;
    expect(p!.positions[0]!.id).toBe('ks-2021:redusere-tilsynstrykket-for-kommuner-og-fylkeskommuner');
    expect(p!.words).toContain('tilsyn');
  });
});
