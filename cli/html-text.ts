/** The visible text of a saved HTML page's content, read in happy-dom with lib/dom exactly as the content script reads a page. */
import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';
import { contentText } from '../lib/dom';

/**
 * Beyond this nesting depth, computed style is not asked for: happy-dom's getComputedStyle walks the
 * ancestors (and recursively queries the tree) for every element, which is quadratic in the depth and
 * overflows the stack from ~3,500 levels. Deeper pages are read with the inline style attributes only.
 */
export const STYLE_DEPTH_LIMIT = 256;

/** The deepest element nesting under `root`, counted iteratively (no recursion, whatever the depth). */
export function maxDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return deepest;
}

/** display/visibility from style attributes alone, visibility inherited through a cache: linear in the page. */
function inlineStyle(): (el: Element) => { display: string; visibility: string } {
  const visibility = new WeakMap<Element, string>();
  const read = (el: Element, prop: 'display' | 'visibility'): string => {
    const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([a-z-]+)`, 'i').exec(el.getAttribute('style') ?? '');
    return m ? m[1]!.toLowerCase() : '';
  };
  const visibilityOf = (el: Element): string => {
    const known = visibility.get(el);
    if (known !== undefined) return known;
    // Ancestors not seen yet (the walk starts below <html>): find the nearest one known or declared.
    const chain: Element[] = [];
    let value = 'visible';
    for (let e: Element | null = el; e; e = e.parentElement) {
      const k = visibility.get(e) ?? (read(e, 'visibility') || undefined);
      if (k !== undefined && k !== 'inherit') {
        value = k;
        break;
      }
      chain.push(e);
    }
    for (const e of chain) visibility.set(e, value);
    return value;
  };
  return (el) => ({ display: read(el, 'display'), visibility: visibilityOf(el) });
}

/** The page text as lib/dom reads it in a browser, from HTML that is parsed but never run. */
export async function htmlText(html: string): Promise<string> {
  const window = new Window({
    url: 'about:blank',
    // Parser complaints stay in the virtual console instead of reaching our stdout/stderr.
    console: new VirtualConsole(new VirtualConsolePrinter()),
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      // Nothing above should ever fetch; if something does, it fails here instead of reaching the network.
      fetch: {
        interceptor: {
          beforeAsyncRequest: async () => {
            throw new Error('network disabled');
          },
          beforeSyncRequest: () => {
            throw new Error('network disabled');
          },
        },
      },
    },
  });
  try {
    // A DOMParser document never runs its scripts, whatever the settings say.
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const root = doc.body ?? doc.documentElement;
    if (!root) return '';
    // happy-dom's node types are its own; at runtime they are the standard DOM interfaces lib/dom uses.
    const computed = (el: Element) =>
      window.getComputedStyle(el as unknown as Parameters<typeof window.getComputedStyle>[0]);
    const style = maxDepth(root as unknown as Node) > STYLE_DEPTH_LIMIT ? inlineStyle() : computed;
    // Only the document's content, by the same site rules as the content script (its host from the saved
    // page's canonical link or og:url; the generic rule otherwise).
    return contentText(doc as unknown as Document, { style });
  } finally {
    await window.happyDOM.close();
  }
}
