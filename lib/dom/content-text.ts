/** The text of a document's content roots only (lib/dom/content-root), for readers without a live page (the CLI). */
import { contentScope } from './content-root';
import { extractText } from './extract';
import { BLOCK_SEPARATOR, type ExtractOptions } from './rules';

/** The visible text of the document's content, root after root; `host` overrides the document's own. */
export function contentText(doc: Document, options: ExtractOptions = {}, host?: string): string {
  const scope = contentScope(doc, host);
  return scope
    .refresh()
    .map((root) => extractText(root, { ...options, scope }).text)
    .filter((text) => text.trim() !== '')
    .join(BLOCK_SEPARATOR);
}
