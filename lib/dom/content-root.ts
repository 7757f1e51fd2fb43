/**
 * Which part of a page is the document's content: the content root(s) per site, and the page furniture
 * inside them (navigation, tables of contents, breadcrumbs, share and cookie bars, related links) that is
 * never read. All site rules live here. Standard DOM only; no globals, so it runs in happy-dom (the CLI).
 */

export interface ContentRule {
  /** Selector groups for the content root, tried in order: the first group that matches wins. */
  readonly roots: readonly string[];
  /** Elements never read, wherever they are (with their subtrees). */
  readonly furniture: string;
}

/** Landmarks and the usual names of page furniture, on any site. */
const COMMON_FURNITURE = [
  'nav',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '[role="complementary"]',
  'search',
  '.breadcrumb',
  '.breadcrumbs',
  '[class*="breadcrumb"]',
  '[class*="cookie"]',
  '[id*="cookie"]',
  '[class*="consent"]',
  '.skip-link',
  '.skiplink',
].join(', ');

/** Added sites: the main landmark, else an article, else the whole body (less the landmarks above). */
export const GENERIC_RULE: ContentRule = {
  roots: ['main, [role="main"]', 'article'],
  furniture: COMMON_FURNITURE,
};

/**
 * stortinget.no and regjeringen.no: the document in the main landmark (an article where a page has no
 * main); left-column tables of contents, related items and share bars are furniture besides the landmarks.
 * Class names follow the sites' BEM-ish naming; the landmarks carry the rule where a name changes.
 */
const SITE_FURNITURE = [
  COMMON_FURNITURE,
  '.toc',
  '.page-toc',
  '.table-of-contents',
  '[class*="toc-"]',
  '[class*="-toc"]',
  '[class*="related"]',
  '[class*="share"]',
  '[class*="social"]',
  '.page-tools',
].join(', ');

const DOCUMENT_SITE: ContentRule = {
  roots: ['#main-content, main, [role="main"]', 'article'],
  furniture: SITE_FURNITURE,
};

const SITE_RULES: ReadonlyMap<string, ContentRule> = new Map([
  ['stortinget.no', DOCUMENT_SITE],
  ['regjeringen.no', DOCUMENT_SITE],
]);

/** The rule for a host name (www. and other subdomains of a known site share its rule). */
export function ruleFor(host: string): ContentRule {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [site, rule] of SITE_RULES) if (h === site || h.endsWith(`.${site}`)) return rule;
  return GENERIC_RULE;
}

/** Header, footer and aside are furniture except inside the document: an article's own header is content. */
const LANDMARK_TAGS = new Set(['header', 'footer', 'aside']);
/** Phrasing elements are never furniture on their own: not asking saves a selector match per word. */
const PHRASING = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sup',
  'sub',
  'small',
  'abbr',
  'cite',
  'q',
  'code',
  'time',
  'mark',
  'br',
  'wbr',
  'dfn',
  'var',
  'kbd',
  'samp',
  'bdi',
  'bdo',
  'ins',
  'del',
]);

const ELEMENT = 1;
const FRAGMENT = 11;

/**
 * querySelectorAll, and where the DOM's own selector engine recurses too deep (happy-dom on a page nested
 * thousands of levels, read by the CLI) the same search with an explicit stack.
 */
function findAll(doc: Document, selector: string, firstOnly: boolean): Element[] {
  try {
    if (firstOnly) {
      const one = doc.querySelector(selector);
      return one ? [one] : [];
    }
    return [...doc.querySelectorAll(selector)];
  } catch (error) {
    if (!(error instanceof RangeError) || !doc.documentElement) throw error;
  }
  const out: Element[] = [];
  const stack: Element[] = [doc.documentElement];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.matches(selector)) {
      out.push(el);
      if (firstOnly) break;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/** The content root(s) of one document under one rule, and the test for furniture. */
export class ContentScope {
  /** The root selector group in force (null: the whole body). */
  private active: string | null = null;

  constructor(
    private readonly doc: Document,
    readonly rule: ContentRule,
  ) {
    this.refresh();
  }

  /** Looks again which root group the page has (after a navigation or before a full scan). */
  refresh(): readonly Element[] {
    this.active = null;
    for (const group of this.rule.roots) {
      if (findAll(this.doc, group, true).length) {
        this.active = group;
        break;
      }
    }
    return this.roots();
  }

  /** The content roots in document order, outermost only (body when the page has no content landmark). */
  roots(): Element[] {
    if (!this.active) {
      const whole = this.doc.body ?? this.doc.documentElement;
      return whole ? [whole] : [];
    }
    const all = findAll(this.doc, this.active, false);
    return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
  }

  /** Whether this element (with its subtree) is page furniture, never read. */
  isFurniture(el: Element): boolean {
    const name = el.localName;
    if (PHRASING.has(name)) return false;
    if (LANDMARK_TAGS.has(name) && !this.insideDocument(el)) return true;
    return el.matches(this.rule.furniture);
  }

  /** Whether `el` is a content root itself. */
  isRoot(el: Element): boolean {
    if (!this.active) return el === this.doc.body;
    return el.matches(this.active);
  }

  /** Whether a node lies inside a content root (shadow content counts by its host). */
  contains(node: Node): boolean {
    for (let n: Node | null = node; n;) {
      if (n.nodeType === ELEMENT && this.isRoot(n as Element)) return true;
      n = n.nodeType === FRAGMENT ? ((n as ShadowRoot).host ?? null) : n.parentNode;
    }
    return false;
  }

  /** An article's or the main document's own header/footer/aside is content; anything else's is not. */
  private insideDocument(el: Element): boolean {
    const name = el.localName;
    const scope = name === 'aside' ? 'article, [role="article"]' : 'article, [role="article"], main, [role="main"]';
    return el.parentElement?.closest(scope) != null;
  }
}

/**
 * The host a document belongs to: its address, else (a saved page read from a file) its canonical link or
 * og:url. Empty when none says.
 */
export function documentHost(doc: Document): string {
  const own = doc.location?.hostname ?? '';
  if (own && /^https?:$/.test(doc.location?.protocol ?? '')) return own;
  const declared =
    doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.head?.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    '';
  try {
    return declared ? new URL(declared).hostname : '';
  } catch {
    return '';
  }
}

/** The content scope of a document, by its host's rule. */
export function contentScope(doc: Document, host: string = documentHost(doc)): ContentScope {
  return new ContentScope(doc, ruleFor(host));
}
