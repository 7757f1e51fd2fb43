import type { DocumentMeta } from '../corpus/types';
import { collapseSpaces, quote, typeset } from './typography';

/** "KS, «Kommunesektorens forventninger til nytt Storting», 2021" — the document as a reader cites it.
 *  A module of its own: the content script shows it on the card without loading the copy formats. */
export function citation(document: DocumentMeta): string {
  return `${collapseSpaces(document.publisher)}, ${quote(typeset(collapseSpaces(document.title)))}, ${document.year}`;
}
