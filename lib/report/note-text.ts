/** The note for the report as plain text and as Markdown (see note.ts for what it holds). */
import { escapeMarkdown } from '../copy/escape';
import { quote } from '../copy/typography';
import type { Note } from './note';

/** Only a web address becomes a link; anything else is written as text. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s<>"]+$/i.test(url);
}

export function notePlain(note: Note): string {
  const { s } = note;
  const blocks = [[note.title, `${s.address}: ${note.url}`, `${s.date}: ${note.date}`].join('\n')];
  note.sections.forEach((section, i) => {
    blocks.push(`${i + 1}. ${section.title}\n${s.source}: ${section.source}`);
    if (section.headings.length === 0) blocks.push(s.noPassages);
    for (const h of section.headings) {
      h.groups.forEach((g, j) => {
        const lead = [j === 0 ? h.heading : null, g.speaker === null ? null : `${g.speaker}:`].filter(Boolean);
        const [first = '', ...rest] = g.quotes.map(quote);
        blocks.push([...lead, first].join('\n'), ...rest);
      });
    }
    if (section.note.length > 0) {
      const [first = [], ...rest] = section.note;
      blocks.push(`${s.note}: ${first.join('\n')}`, ...rest.map((lines) => lines.join('\n')));
    }
  });
  return blocks.join('\n\n');
}

export function noteMarkdown(note: Note): string {
  const { s } = note;
  const md = (text: string) => escapeMarkdown(text, false);
  const url = isWebAddress(note.url) ? `<${note.url}>` : md(note.url);
  const blocks = [`# ${md(note.title)}`, `${md(s.address)}: ${url}  \n${md(s.date)}: ${md(note.date)}`];
  note.sections.forEach((section, i) => {
    blocks.push(`## ${i + 1}. ${md(section.title)}`, `*${md(`${s.source}: ${section.source}`)}*`);
    if (section.headings.length === 0) blocks.push(md(s.noPassages));
    for (const h of section.headings) {
      if (h.heading !== null) blocks.push(`### ${md(h.heading)}`);
      for (const g of h.groups) {
        if (g.speaker !== null) blocks.push(`**${md(g.speaker)}:**`);
        blocks.push(...g.quotes.map((q) => `> ${md(quote(q))}`));
      }
    }
    if (section.note.length > 0) {
      const [first = [], ...rest] = section.note;
      blocks.push(
        `**${md(s.note)}:** ${md(first.join('\n'))}`,
        ...rest.map((lines) => escapeMarkdown(lines.join('\n'))),
      );
    }
  });
  return blocks.join('\n\n');
}
