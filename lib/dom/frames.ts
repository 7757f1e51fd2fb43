/** Same-origin frames: their documents are extracted separately (own text, own offsets). */

/**
 * The document inside an iframe/frame element, or null when it is cross-origin, not loaded, or
 * inaccessible. Browsers return null for cross-origin contentDocument; some throw, hence the try.
 */
export function frameDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc && doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** The readable documents of the given frames (e.g. `extractText(document).frames`), in order. */
export function frameDocuments(frames: Iterable<Element>): Document[] {
  const docs: Document[] = [];
  for (const f of frames) {
    const d = frameDocument(f);
    if (d) docs.push(d);
  }
  return docs;
}
