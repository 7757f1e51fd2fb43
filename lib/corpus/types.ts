/** Metadata of one KS document in seeds/ (seeds/<id>.json beside seeds/<id>.txt). */
export interface DocumentMeta {
  /** Stable short id, e.g. "ks-2021". Part of every position id. */
  id: string;
  title: string;
  publisher: string;
  year: number;
  /** Parliamentary period the document addresses, e.g. "2021–2025". */
  period: string;
  /** File name of the text in seeds/. */
  file: string;
  /** Where the original can be found (shown as source only, never fetched). */
  url?: string;
}

export interface Chapter {
  documentId: string;
  /** 1-based order in the document. */
  index: number;
  title: string;
  /** The chapter's intro paragraph (without the trailing "Her er KS' forslag …:" sentence kept as is). */
  intro: string;
}

/** One KS demand ("forventning") with its justification. */
export interface Position {
  /** Stable id: `${documentId}:${slug of the first words of the title}`; see lib/corpus/id.ts. */
  id: string;
  documentId: string;
  /** Chapter title, e.g. "Gi større rom for lokaldemokratiet". */
  chapter: string;
  /** 1-based chapter index in the document. */
  chapterIndex: number;
  /** The demand sentence, clean, one line. */
  title: string;
  /** The justification: clean paragraphs separated by "\n\n"; may be empty. */
  body: string;
  /** 0-based order of the demand within the document. */
  order: number;
}

export interface ParsedDocument {
  document: DocumentMeta;
  chapters: Chapter[];
  positions: Position[];
  /** Things the parser noticed but could not place; each one is also a test failure for the seed. */
  warnings: string[];
}
