/** What `npm run mine` prints for a mined page: the JSON shape and the text a reviewer reads. */
import type { MinedPage } from '../lib/mine';

/** One page to mine: a file, or an excerpt of the real-text set (with what a reader expects there). */
export interface Page {
  source: string;
  text: string;
  url?: string;
  language?: string;
  expected?: string[];
}

export interface MineJson {
  pages: {
    source: string;
    url?: string;
    language?: string;
    /** Real-text pages: the positions a reader expects there, and those the lexicon did not find. */
    expected?: string[];
    missedByLexicon?: string[];
    paragraphs: number;
    withHits: number;
    short: number;
    unmatched: {
      index: number;
      start: number;
      end: number;
      text: string;
      words: string[];
      positions: { id: string; title: string; score: number; via: string[]; expected?: boolean }[];
    }[];
  }[];
}

const round = (x: number) => Math.round(x * 100) / 100;

export function pageJson(page: Page, mined: MinedPage, found: ReadonlySet<string>): MineJson['pages'][number] {
  const expected = page.expected ? new Set(page.expected) : null;
  return {
    source: page.source,
    ...(page.url ? { url: page.url } : {}),
    ...(page.language ? { language: page.language } : {}),
    ...(page.expected
      ? { expected: page.expected, missedByLexicon: page.expected.filter((id) => !found.has(id)) }
      : {}),
    paragraphs: mined.paragraphs,
    withHits: mined.withHits,
    short: mined.short,
    unmatched: mined.unmatched.map((p) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      text: p.text,
      words: p.words,
      positions: p.positions.map((q) => ({
        id: q.id,
        title: q.title,
        score: round(q.score),
        via: q.via,
        ...(expected ? { expected: expected.has(q.id) } : {}),
      })),
    })),
  };
}

/** The first words of a paragraph on one line, for a reader to find it again. */
function preview(text: string, max = 110): string {
  const flat = text.replace(/\u00ad/g, '').replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function pageText(p: MineJson['pages'][number], minScore: number): string {
  const head = [p.source, p.language, p.url].filter(Boolean).join(' · ');
  const lines = [
    `== ${head}`,
    `   ${p.paragraphs} paragraphs: ${p.withHits} with a lexicon hit, ${p.short} without but too short, ${p.unmatched.length} mined`,
  ];
  if (p.expected) {
    lines.push(`   expected: ${p.expected.length ? p.expected.join(', ') : '(none: a negative)'}`);
    if (p.missedByLexicon!.length) lines.push(`   missed by the lexicon: ${p.missedByLexicon!.join(', ')}`);
  }
  for (const para of p.unmatched) {
    lines.push('', `  ¶${para.index + 1} [${para.start}–${para.end}] «${preview(para.text)}»`);
    lines.push(`     words: ${para.words.join(', ')}`);
    if (para.positions.length === 0) lines.push(`     (no position scores ${minScore} or more)`);
    for (const q of para.positions) {
      const mark = q.expected ? '✓' : ' ';
      lines.push(
        `   ${mark} ${q.score.toFixed(2).padStart(6)}  ${q.id}  «${clip(q.title, 70)}»  via ${q.via.join(', ')}`,
      );
    }
  }
  return `${lines.join('\n')}\n\n`;
}
