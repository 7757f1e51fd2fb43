/**
 * Escaping of data text (titles, bodies, notes, document names) for the two markup formats.
 * Data can contain anything, including text a user typed into a note, so nothing is trusted.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text → HTML text content, safe both between tags and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Text → Markdown that renders as exactly this text (CommonMark + GFM tables/strikethrough).
 * Inline syntax characters are always backslash-escaped; `&` only where it would form an entity;
 * block syntax (headings, lists, quotes, setext underlines) only at the start of a line, and only
 * when `atLineStart` says the text begins a line, so ordinary hyphens and numbers stay readable.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  return text
    .split('\n')
    .map((line, i) => {
      let out = line.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '\\&');
      if (i > 0 || atLineStart) {
        out = out.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
      }
      return out;
    })
    .join('\n');
}
