// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { frameDocument, frameDocuments } from './frames';

afterEach(() => {
  document.body.replaceChildren();
});

describe('same-origin frames', () => {
  it('gives the document of a readable frame, which extracts on its own', () => {
    const root = document.createElement('div');
    const frame = document.createElement('iframe');
    frame.setAttribute('srcdoc', '<p>vedtak om <b>eiendomsskatt</b></p>');
    root.append(frame);
    document.body.append(root);
    const docs = frameDocuments(extractText(document).frames);
    expect(docs).toHaveLength(1);
    expect(extractText(docs[0]!).text).toBe('vedtak om eiendomsskatt');
  });

  it('answers null for a cross-origin frame (null document) and for one whose access throws', () => {
    const crossOrigin = { contentDocument: null } as unknown as Element;
    const throwing = {
      get contentDocument(): Document {
        throw new Error('SecurityError');
      },
    } as unknown as Element;
    expect(frameDocument(crossOrigin)).toBeNull();
    expect(frameDocument(throwing)).toBeNull();
    expect(frameDocuments([crossOrigin, throwing])).toEqual([]);
  });
});
