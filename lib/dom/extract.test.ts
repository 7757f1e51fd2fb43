// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, isExcluded, nearestBlock } from './extract';
import { BLOCK_SEPARATOR, UI_ATTRIBUTE } from './rules';

/** A fresh container in the document with our own fixture markup. */
function page(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}
const textOf = (markup: string) => extractText(page(markup)).text;
const style = (el: Element) => getComputedStyle(el);

afterEach(() => {
  document.body.replaceChildren();
});

describe('skipped elements', () => {
  it('leaves out script, style, noscript and template', () => {
    expect(
      textOf(
        '<p>før<script>var bemanningsnorm = 1;</script><style>.x{}</style><noscript>slå på JS</noscript>' +
          '<template><p>mal</p></template>etter</p>',
      ),
    ).toBe('føretter');
  });

  it('leaves out svg and math, and separates the words around them', () => {
    expect(textOf('<p>graf<svg><text>akse</text></svg>under<math><mi>x</mi></math> slutt</p>')).toBe(
      'graf under slutt',
    );
  });

  it('leaves out iframes but reports them for separate extraction', () => {
    const root = page('<p>a</p><iframe srcdoc="<p>inne</p>"></iframe><p>b</p>');
    const r = extractText(root);
    expect(r.text).toBe('a\n\nb');
    expect(r.map.size).toBe(2);
    expect(r.frames.map((f) => f.localName)).toEqual(['iframe']);
  });

  it('leaves out a closed dialog but reads an open one', () => {
    expect(textOf('<dialog>lukket</dialog><dialog open>åpen</dialog>')).toBe('åpen');
  });

  it('ignores comments', () => {
    expect(textOf('<p>a<!-- skjult kommentar -->b</p>')).toBe('ab');
  });
});

describe('form fields', () => {
  it('leaves out input, textarea, select/option and button', () => {
    const root = page(
      '<p>Søk: <input value="innsigelse"><textarea>innsigelse i tekstfelt</textarea>' +
        '<select><option>Valg innsigelse</option></select><button>Send innsigelse</button> ferdig</p>',
    );
    const t = extractText(root).text;
    expect(t).not.toContain('innsigelse');
    expect(t).toBe('Søk:  ferdig');
  });

  it('separates the words on both sides of a skipped field, without doubling whitespace', () => {
    expect(textOf('<p>Trykk<button>her</button>for<img alt="bilde">mer <input> og<select></select> slutt</p>')).toBe(
      'Trykk for mer  og slutt',
    );
  });
});

describe('contenteditable', () => {
  it('leaves out editable regions ("", "true", "plaintext-only") but not contenteditable="false"', () => {
    expect(
      textOf(
        '<p>les</p><div contenteditable>redigerbar</div><div contenteditable="true"><p>også</p></div>' +
          '<div contenteditable="plaintext-only">ren</div><div contenteditable="false">synlig</div>',
      ),
    ).toBe('les\n\nsynlig');
  });
});

describe('hidden content', () => {
  it('leaves out elements with the hidden attribute', () => {
    expect(textOf('<p>vises</p><p hidden>skjult tekst</p><p>også</p>')).toBe('vises\n\nogså');
  });

  it('keeps hidden="until-found", which find-in-page reveals in place', () => {
    expect(textOf('<div hidden="until-found">trekkspill</div>')).toBe('trekkspill');
  });

  it('keeps aria-hidden text: it is hidden from screen readers, not from the eye', () => {
    expect(textOf('<p aria-hidden="true">dekor</p>')).toBe('dekor');
  });

  it('with a style function, leaves out display:none and visibility:hidden text', () => {
    const root = page(
      '<p>a</p><p style="display:none">borte</p>' +
        '<p style="visibility:hidden">usynlig<b style="visibility:visible">synlig</b></p>',
    );
    expect(extractText(root, { style }).text).toBe('a\n\nsynlig');
  });

  it('without a style function, inline styles are not consulted (style lookup is opt-in)', () => {
    expect(textOf('<p style="display:none">borte</p>')).toBe('borte');
  });

  it('with a style function that knows no display (empty string), falls back to the tag', () => {
    const root = page('<p>a</p><p>b<b>c</b></p>');
    expect(extractText(root, { style: () => ({ display: '', visibility: '' }) }).text).toBe('a\n\nbc');
  });

  it('with a style function, block vs inline follows the computed display', () => {
    const root = page(
      '<div><span style="display:block">blokk</span><span>inne</span><div style="display:inline">linje</div></div>',
    );
    expect(extractText(root, { style }).text).toBe('blokk\n\ninnelinje');
  });
});

describe("the extension's own UI", () => {
  it(`leaves out elements marked ${UI_ATTRIBUTE}, shadow content included`, () => {
    const root = page(`<p>side</p><div ${UI_ATTRIBUTE}><p>kort</p></div>`);
    const host = root.querySelector(`[${UI_ATTRIBUTE}]`)!;
    host.attachShadow({ mode: 'open' }).append(document.createTextNode('innsigelse i kortet'));
    expect(extractText(root).text).toBe('side');
  });
});

describe('blocks and inline elements', () => {
  it('joins inline elements with nothing added', () => {
    expect(
      textOf('<p>øremerkede <b>midler</b> til <a href="#"><em>plan</em>- og <span>bygnings</span>loven</a></p>'),
    ).toBe('øremerkede midler til plan- og bygningsloven');
  });

  it('separates blocks with BLOCK_SEPARATOR, once, never at the ends', () => {
    expect(BLOCK_SEPARATOR).toBe('\n\n');
    expect(
      textOf(
        '<section><h2>Tittel</h2><div><div><p>første</p></div></div><ul><li>én</li><li>to</li></ul>' +
          '<table><tr><td>celle</td><th>hode</th></tr></table><blockquote>sitat</blockquote>' +
          '<dl><dt>term</dt><dd>forklaring</dd></dl><figure><figcaption>bilde</figcaption></figure></section>',
      ),
    ).toBe(['Tittel', 'første', 'én', 'to', 'celle', 'hode', 'sitat', 'term', 'forklaring', 'bilde'].join('\n\n'));
  });

  it('treats <sup> as a word break (footnote marks) and <sub> as inline', () => {
    expect(textOf('<p>kommuneloven<sup>3</sup> og CO<sub>2</sub>-avgift, jf.<sup><a>4</a></sup> neste</p>')).toBe(
      'kommuneloven 3 og CO2-avgift, jf. 4 neste',
    );
  });

  it('treats br and hr as separators', () => {
    expect(textOf('<p>linje en<br>linje to<hr>tre</p>')).toBe('linje en\n\nlinje to\n\ntre');
  });

  it('separates text around a block nested in inline text', () => {
    expect(textOf('<div>før <span>inne</span><p>avsnitt</p>etter</div>')).toBe('før inne\n\navsnitt\n\netter');
  });
});

describe('whitespace', () => {
  it('keeps whitespace inside text as written', () => {
    expect(textOf('<p>  plan-\u00ad og\u00a0bygnings\n   loven  </p>')).toBe(
      '  plan-\u00ad og\u00a0bygnings\n   loven  ',
    );
  });

  it('keeps whitespace-only nodes between inline elements', () => {
    expect(textOf('<p><b>a</b> <i>b</i>\n<span>c</span></p>')).toBe('a b\nc');
  });

  it('drops whitespace-only nodes at block edges (indentation between blocks)', () => {
    expect(textOf('\n  <div>\n    <p>a</p>\n    <p>b</p>\n  </div>\n')).toBe('a\n\nb');
  });
});

describe('shadow roots', () => {
  it('walks an open shadow root instead of the host children', () => {
    const root = page('<p>før</p><x-kort><span>lys uten slot</span></x-kort><p>etter</p>');
    root.querySelector('x-kort')!.attachShadow({ mode: 'open' }).append(document.createTextNode('skygge'));
    expect(extractText(root).text).toBe('før\n\nskygge\n\netter');
  });

  it('puts slotted light children at their slot and uses fallback content for empty slots', () => {
    const root = page('<x-avsnitt><b>midler</b><i slot="navn">kommunene</i></x-avsnitt>');
    const shadow = root.querySelector('x-avsnitt')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.append('øremerkede ', document.createElement('slot'), ' til ');
    const named = document.createElement('slot');
    named.setAttribute('name', 'navn');
    const empty = document.createElement('slot');
    empty.setAttribute('name', 'tom');
    empty.append(' (reserve)');
    p.append(named, empty);
    shadow.append(p);
    expect(extractText(root).text).toBe('øremerkede midler til kommunene (reserve)');
  });

  it('does not see into a closed shadow root', () => {
    const root = page('<x-lukket></x-lukket>');
    root.querySelector('x-lukket')!.attachShadow({ mode: 'closed' }).append(document.createTextNode('hemmelig'));
    expect(extractText(root).text).toBe('');
  });
});

describe('incremental extraction', () => {
  it('nearestBlock finds the enclosing block of a changed node, across shadow boundaries', () => {
    const root = page('<article><p id="p">øremerkede <b><i>midler</i></b></p></article><x-v></x-v>');
    const i = root.querySelector('i')!;
    expect(nearestBlock(i.firstChild!)).toBe(root.querySelector('#p'));
    const shadow = root.querySelector('x-v')!.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    span.append('inne');
    shadow.append(span);
    expect(nearestBlock(span.firstChild!)).toBe(root); // x-v and span are inline: the div around them
  });

  it("a block's own extraction equals its part of the whole text", () => {
    const root = page('<h1>Overskrift</h1><p>øremerkede <b>midler</b> og <a>rammetilskudd</a></p><p>slutt</p>');
    const whole = extractText(root).text;
    const block = extractText(nearestBlock(root.querySelector('b')!.firstChild!)!).text;
    expect(block).toBe('øremerkede midler og rammetilskudd');
    expect(whole.split(BLOCK_SEPARATOR)).toContain(block);
  });

  it('isExcluded tells mutations in skipped parts from page text', () => {
    const root = page(
      `<p>tekst</p><div ${UI_ATTRIBUTE}><span>kort</span></div><div contenteditable><p>skriv</p></div>` +
        '<div hidden><p>skjult</p></div><x-v><b>ikke slottet</b></x-v>',
    );
    root.querySelector('x-v')!.attachShadow({ mode: 'open' }).append('ingen slot');
    expect(isExcluded(root.querySelector('p')!.firstChild!)).toBe(false);
    expect(isExcluded(root.querySelector(`[${UI_ATTRIBUTE}] span`)!)).toBe(true);
    expect(isExcluded(root.querySelector('[contenteditable] p')!.firstChild!)).toBe(true);
    expect(isExcluded(root.querySelector('[hidden] p')!)).toBe(true);
    expect(isExcluded(root.querySelector('x-v b')!)).toBe(true);
  });

  it('isExcluded follows slotted nodes to their slot', () => {
    const root = page('<x-v><b>slottet</b></x-v>');
    const shadow = root.querySelector('x-v')!.attachShadow({ mode: 'open' });
    const ui = document.createElement('div');
    ui.setAttribute(UI_ATTRIBUTE, '');
    ui.append(document.createElement('slot'));
    shadow.append(ui);
    // Shown through a slot inside our own UI: excluded, although its light parent is not.
    expect(isExcluded(root.querySelector('b')!)).toBe(true);
  });

  it('extracting a subtree of an excluded part gives nothing', () => {
    const root = page('<div hidden><p>skjult <b>midler</b></p></div><script>x</script>');
    expect(extractText(root.querySelector('p')!).text).toBe('');
    expect(extractText(root.querySelector('b')!.firstChild!).text).toBe('');
    expect(extractText(root.querySelector('script')!).text).toBe('');
  });

  it('extracts a lone text node and a whole document', () => {
    const root = page('<p>bare <b>dette</b></p>');
    expect(extractText(root.querySelector('b')!.firstChild!).text).toBe('dette');
    expect(extractText(document).text).toBe('bare dette');
  });
});
