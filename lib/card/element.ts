/** The card's one way to make an element: tag, class and text (textContent, never markup). */
export type MakeElement = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
) => HTMLElementTagNameMap[K];

export function elementMaker(doc: Document): MakeElement {
  return (tag, cls, text) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
}
