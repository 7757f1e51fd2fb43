// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { GENERIC_RULE, contentScope, documentHost, ruleFor } from './content-root';
import { contentText } from './content-text';
import { isExcluded } from './extract';

/** A page in the shape of stortinget.no: header with menu and search, breadcrumbs, related items, share and cookie bars. */
const STORTINGET = `
  <header class="site-header"><a href="/">Stortinget</a>
    <nav aria-label="Hovedmeny"><a href="#">Bemanningsnormer i barnehagen</a></nav>
    <form role="search"><label>Søk <input></label> <span>Søk i innsigelser</span></form>
  </header>
  <main>
    <p class="breadcrumb">Saker › Innsigelser i plansaker</p>
    <h1>Innstilling om kommuneloven</h1>
    <p id="body">Komiteen viser til at statlige bemanningsnormer binder kommunene.</p>
    <aside class="related-items"><h2>Relaterte saker</h2><a href="#">Innsigelser i plansaker</a></aside>
    <div class="share-bar">Del: statlig tilsyn på e-post</div>
  </main>
  <footer>Kontakt · innsigelse@stortinget.example</footer>
  <div id="cookie-banner">Vi bruker informasjonskapsler om bemanningsnorm</div>`;

/** regjeringen.no's document pages: no main, a table of contents in the left column, the chapter in an article. */
const REGJERINGEN = `
  <div class="top"><a href="/">Regjeringa.no</a> Bemanningsnormer</div>
  <div class="layout">
    <nav class="toc"><ol><li><a href="#">Bemanningsnormer</a></li></ol></nav>
    <article><header><h1>5 Statleg styring</h1></header><p>Om motsegn og statleg tilsyn.</p>
      <aside class="related-items">Relaterte saker: Innsigelser i plansaker</aside></article>
  </div>`;

describe('content root', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('has one rule for stortinget.no and regjeringen.no and their subdomains, the generic one elsewhere', () => {
    expect(ruleFor('www.stortinget.no')).toBe(ruleFor('regjeringen.no'));
    expect(ruleFor('www.stortinget.no')).not.toBe(GENERIC_RULE);
    expect(ruleFor('stortinget.no.example.test')).toBe(GENERIC_RULE);
    expect(ruleFor('ikke-stortinget.no')).toBe(GENERIC_RULE);
  });

  it('reads the main landmark of stortinget.no without menu, search, breadcrumbs, related items, share bar, footer and cookie bar', () => {
    document.body.innerHTML = STORTINGET;
    const scope = contentScope(document, 'www.stortinget.no');
    expect(scope.refresh().map((r) => r.localName)).toEqual(['main']);
    expect(contentText(document, {}, 'www.stortinget.no')).toBe(
      'Innstilling om kommuneloven\n\nKomiteen viser til at statlige bemanningsnormer binder kommunene.',
    );
  });

  it('reads the article of a regjeringen.no document page, not its table of contents; the article header is content', () => {
    document.body.innerHTML = REGJERINGEN;
    expect(contentText(document, {}, 'www.regjeringen.no')).toBe('5 Statleg styring\n\nOm motsegn og statleg tilsyn.');
  });

  it('generic fallback: main, else article, else the body less nav, header, footer and aside', () => {
    document.body.innerHTML = `<header>Topp</header><nav>Meny</nav><div><p>Tekst om tilsyn.</p><aside>Sidefelt</aside></div>
      <footer>Bunn</footer>`;
    expect(contentScope(document, 'example.org').refresh()).toEqual([document.body]);
    expect(contentText(document, {}, 'example.org')).toBe('Tekst om tilsyn.');
    document.body.innerHTML = `<header>Topp</header><main><header><h1>Tittel</h1></header><p>Tekst.</p><aside>Sidefelt</aside></main>`;
    // The main document's own header is content; an aside in main but outside any article is a sidebar.
    expect(contentText(document, {}, 'example.org')).toBe('Tittel\n\nTekst.');
  });

  it('excludes furniture and anything outside the roots, also when it arrives later', () => {
    document.body.innerHTML = STORTINGET;
    const scope = contentScope(document, 'www.stortinget.no');
    const options = { scope };
    expect(isExcluded(document.getElementById('body')!.firstChild!, options)).toBe(false);
    expect(isExcluded(document.querySelector('.breadcrumb')!.firstChild!, options)).toBe(true);
    expect(isExcluded(document.querySelector('footer')!, options)).toBe(true);
    const late = document.createElement('div');
    late.className = 'cookie-consent';
    late.textContent = 'Godta bemanningsnorm';
    document.querySelector('main')!.append(late);
    expect(isExcluded(late.firstChild!, options)).toBe(true);
    const outside = document.createElement('p');
    outside.textContent = 'Innsigelse';
    document.body.append(outside);
    expect(isExcluded(outside.firstChild!, options)).toBe(true);
    // Without a scope everything visible is read, as before.
    expect(isExcluded(outside.firstChild!)).toBe(false);
  });

  it('takes the host of a saved page (no address of its own) from its canonical link or og:url', () => {
    // As the CLI reads a file: a window at about:blank.
    const saved = (head: string) => {
      const doc = new Window({ url: 'about:blank' }).document;
      doc.head.innerHTML = head;
      return doc as unknown as Document;
    };
    expect(documentHost(saved('<link rel="canonical" href="https://www.regjeringen.no/no/dokumenter/x/id1/">'))).toBe(
      'www.regjeringen.no',
    );
    expect(documentHost(saved('<meta property="og:url" content="https://www.stortinget.no/no/Saker/">'))).toBe(
      'www.stortinget.no',
    );
    expect(documentHost(saved('<link rel="canonical" href="not a url">'))).toBe('');
    expect(documentHost(document)).toBe(location.hostname);
  });
});
