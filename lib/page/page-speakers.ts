/**
 * The party group behind a painted hit (issue 13): each document's blocks attributed once with lib/speakers,
 * kept until the page changes. Only innstillinger (by address, or by their text where the address says nothing).
 */
import { extractText, type ExtractOptions, type TextMap } from '../dom';
import { innstillingFromUrl, speakersOfText, type PageSpeakers, type Speaker } from '../speakers';
import type { PageHit } from './scanner';

interface Attributed {
  map: TextMap;
  speakers: PageSpeakers;
}

export class PageSpeakerIndex {
  private byDoc = new WeakMap<Document, Attributed | null>();

  constructor(private readonly extract?: ExtractOptions) {}

  /** The page changed: attribute again on the next question. */
  invalidate(): void {
    this.byDoc = new WeakMap();
  }

  /** The group whose remark the hit's paragraph belongs to; null when not an innstilling or not certain. */
  of(hit: PageHit): Speaker | null {
    const node = hit.span.startContainer;
    const page = this.attributed(node.ownerDocument ?? (node as Document));
    if (!page) return null;
    const offset = page.map.offsetOf(node, hit.span.startOffset);
    return offset === null ? null : page.speakers.at(offset);
  }

  private attributed(doc: Document): Attributed | null {
    let page = this.byDoc.get(doc);
    if (page === undefined) {
      page = attribute(doc, this.extract);
      this.byDoc.set(doc, page);
    }
    return page;
  }
}

function attribute(doc: Document, extract?: ExtractOptions): Attributed | null {
  const innstilling = innstillingFromUrl(doc.URL);
  if (innstilling === false || !doc.body) return null;
  const { text, map } = extractText(doc.body, extract);
  const speakers = speakersOfText(text, { innstilling });
  return speakers.any ? { map, speakers } : null;
}
