/**
 * The note for the report as an HTML fragment for Word and Outlook: headings, paragraphs, quotes, one link
 * (the page's address, only when it is a web address). Every data string is escaped; nothing else gets in.
 */
import { escapeHtml } from '../copy/escape';
import { quote } from '../copy/typography';
import type { Note } from './note';
import { isWebAddress } from './note-text';

export function noteHtml(note: Note): string {
  const { s } = note;
  const e = escapeHtml;
  const lines = (l: string[]) => l.map(e).join('<br>');
  const url = isWebAddress(note.url) ? `<a href="${e(note.url)}">${e(note.url)}</a>` : e(note.url);
  const out = [`<h1>${e(note.title)}</h1>`, `<p>${e(s.address)}: ${url}<br>${e(s.date)}: ${e(note.date)}</p>`];
  note.sections.forEach((section, i) => {
    out.push(`<h2>${i + 1}. ${e(section.title)}</h2>`, `<p><em>${e(`${s.source}: ${section.source}`)}</em></p>`);
    if (section.headings.length === 0) out.push(`<p>${e(s.noPassages)}</p>`);
    for (const h of section.headings) {
      if (h.heading !== null) out.push(`<h3>${e(h.heading)}</h3>`);
      for (const g of h.groups) {
        if (g.speaker !== null) out.push(`<p><strong>${e(g.speaker)}:</strong></p>`);
        out.push(`<blockquote>${g.quotes.map((q) => `<p>${e(quote(q))}</p>`).join('')}</blockquote>`);
      }
    }
    if (section.note.length > 0) {
      const [first = [], ...rest] = section.note;
      out.push(`<p><strong>${e(s.note)}:</strong> ${lines(first)}</p>`, ...rest.map((l) => `<p>${lines(l)}</p>`));
    }
  });
  return out.join('');
}
