/** Classified paragraphs → demands (heading and justification) in their chapters, with the seed's layout repairs. */
import { joinLines } from './clean';
import { restoreLostInitial } from './headings';
import type { Paragraph } from './paragraphs';

export interface Demand {
  heading: string[];
  /** Paragraphs of the justification, each as lines. */
  body: string[][];
  indented: boolean;
  chapter: number;
  firstLine: number;
  /** Index of the paragraph the demand came from, to see whether two demands are adjacent. */
  paragraph: number;
}

/** A chapter as the paragraphs give it: its intro, its title once its box is found. */
export interface ChapterDraft {
  intro: string;
  title: string | null;
  /** Index of the last demand before the intro (−1 when none). */
  lastDemandBefore: number;
}

const SENTENCE_END = /[.!?][»")\]]*$/;

/** Splits a paragraph's lines at the first line that ends a sentence: heading, then body. */
export function splitHeading(lines: string[]): { heading: string[]; body: string[] } {
  const end = lines.findIndex((l) => SENTENCE_END.test(l));
  const cut = end === -1 ? lines.length : end + 1;
  return { heading: lines.slice(0, cut), body: lines.slice(cut) };
}

const SHARED_WORD_MIN = 7;
const SHARED_WORDS_NEEDED = 2;
const COMMON_STEMS = new Set(['kommune', 'fylkesk', 'kommuna', 'kommunes', 'nasjona', 'regiona']);

/** Distinct long-word stems two texts share, ignoring the sector's omnipresent words. */
export function sharedStems(a: string, b: string): number {
  const stems = (s: string) =>
    new Set(
      (s.toLowerCase().match(/\p{L}+/gu) ?? [])
        .filter((w) => w.length >= SHARED_WORD_MIN)
        .map((w) => w.slice(0, SHARED_WORD_MIN))
        .filter((w) => !COMMON_STEMS.has(w)),
    );
  const bs = stems(b);
  let n = 0;
  for (const s of stems(a)) if (bs.has(s)) n++;
  return n;
}

/** Walks the classified paragraphs in order: chapters from intros and titles, demands with their bodies. */
export function toDemands(
  paragraphs: readonly Paragraph[],
  verbs: ReadonlySet<string>,
): { chapters: ChapterDraft[]; demands: Demand[] } {
  const chapters: ChapterDraft[] = [];
  const demands: Demand[] = [];
  for (const [i, p] of paragraphs.entries()) {
    switch (p.kind) {
      case 'intro':
        chapters.push({ intro: p.text, title: null, lastDemandBefore: demands.length - 1 });
        break;
      case 'title': {
        // Chapter boxes are extracted after their intro, sometimes pages later; a title before the first
        // intro is front matter ("Forord", the chair's name).
        const open = chapters.find((c) => c.title === null);
        if (open) open.title = joinLines(p.lines);
        break;
      }
      case 'demand': {
        const { heading, body } = splitHeading(p.lines);
        demands.push({
          heading,
          body: body.length ? [body] : [],
          indented: p.indented,
          chapter: chapters.length,
          firstLine: p.firstLine,
          paragraph: i,
        });
        break;
      }
      case 'headless': {
        const last = demands[demands.length - 1];
        if (!last) break; // Front matter before the first demand (the preface).
        const lastBody = last.body[last.body.length - 1];
        // A justification without a heading: the heading probably lost its first letter and was read as
        // the end of the previous body ("… byene egge til rette for …").
        const at = lastBody?.findIndex(
          (line, k) =>
            k > 0 && restoreLostInitial(line, verbs) !== null && SENTENCE_END.test(joinLines(lastBody.slice(k))),
        );
        if (lastBody && at !== undefined && at > 0) {
          const heading = lastBody.splice(at);
          heading[0] = restoreLostInitial(heading[0]!, verbs)!;
          demands.push({
            heading,
            body: [p.lines],
            indented: false,
            chapter: last.chapter,
            firstLine: p.firstLine,
            paragraph: i,
          });
        } else {
          last.body.push(p.lines);
        }
        break;
      }
      case 'pullquote':
        break;
    }
  }

  // A chapter's first text column is sometimes extracted before its intro box: when the last demand before
  // an intro starts a text box of its own, it opens the new chapter's page. (Klimakur 2030 → climate chapter;
  // public procurement → the business chapter, whose title its justification continues after.)
  chapters.forEach((chapter, c) => {
    const d = demands[chapter.lastDemandBefore];
    if (c > 0 && d && d.indented && d.chapter === c) d.chapter = c + 1;
  });

  // Two headings in a row, the first without a paragraph: they share the paragraph when it speaks to the
  // first heading too (shares long words with it), as "mobbing" and "skolemiljøsaker" do.
  demands.forEach((d, i) => {
    const next = demands[i + 1];
    if (d.body.length === 0 && next && next.body.length > 0 && next.paragraph === d.paragraph + 1) {
      const nextBody = next.body.map(joinLines).join(' ');
      if (sharedStems(joinLines(d.heading), nextBody) >= SHARED_WORDS_NEEDED) d.body = next.body;
    }
  });
  return { chapters, demands };
}
