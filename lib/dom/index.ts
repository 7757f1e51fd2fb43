/** lib/dom: the text of a page as a browser shows it, mapped back to DOM positions. */
export { extractText, isExcluded, nearestBlock, type ExtractedText } from './extract';
export { TextMap, type Bias, type DomPoint, type RangePiece } from './text-map';
export { frameDocument, frameDocuments } from './frames';
export { BLOCK_SEPARATOR, UI_ATTRIBUTE, type ExtractOptions, type StyleFn, type StyleLike } from './rules';
export { ContentScope, GENERIC_RULE, contentScope, documentHost, ruleFor, type ContentRule } from './content-root';
export { contentText } from './content-text';
