/** lib/copy: a KS position → text ready to paste (plain, Markdown, HTML), always with its source. */
export {
  citation,
  clipboardPayload,
  COPY_FORMATS,
  DEFAULT_COPY_STRINGS,
  formatPosition,
  sourceText,
  type ClipboardPayload,
  type CopyFormat,
  type CopyOptions,
  type CopyStrings,
  type FormatOptions,
} from './format';
export { escapeHtml, escapeMarkdown } from './escape';
export { EN_DASH, NBSP, paragraphs, quote, typeset } from './typography';
