// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCard, type Card, type CardOptions, type CardPosition } from './card';
import { GAP } from './place';
import { DEFAULT_CARD_STRINGS } from './strings';
import { CARD_CSS } from './theme';

const SOURCE = 'KS, «Kommunesektorens forventninger til nytt Storting», 2021';

const first: CardPosition = {
  id: 'ks-2021:a',
  title: 'Vektlegge kommunesektorens betydning for å realisere FNs bærekraftsmål.',
  body: 'Mange av bærekraftsmålene kan kun realiseres med lokal og regional innsats.\n\nAndre avsnitt.',
  chapter: 'Gi større rom for lokaldemokratiet',
  chapterIndex: 1,
  chapterColor: '#ffe27a',
  source: SOURCE,
};
const second: CardPosition = {
  id: 'ks-2021:b',
  title: 'Flytte eller etablere statlige arbeidsplasser utenfor Oslo.',
  body: '',
  chapter: 'Gi gode rammer for et omstillingsdyktig næringsliv',
  chapterIndex: 3,
  chapterColor: '#ffc999',
  source: SOURCE,
  note: 'Aktuelt for vår høring.',
};
const anchor = { left: 100, top: 100, right: 180, bottom: 120 };

let card: Card;
function make(options: CardOptions = {}): Card {
  card = createCard(document, options);
  return card;
}
const $ = (sel: string) => card.root.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => [...card.root.querySelectorAll<HTMLElement>(sel)];
const texts = (sel: string) => $$(sel).map((e) => e.textContent);
const key = (target: EventTarget, k: string, shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

afterEach(() => card?.destroy());

describe('host', () => {
  it('is one element on <html>, marked as our UI, with a closed shadow root', () => {
    make();
    const hosts = document.querySelectorAll('[data-standpunkt-ui]');
    expect(hosts.length).toBe(1);
    expect(hosts[0]).toBe(card.host);
    expect(card.host.parentNode).toBe(document.documentElement);
    expect(card.host.shadowRoot).toBeNull();
    expect(card.isOpen).toBe(false);
  });

  it('carries its stylesheet inside the shadow root', () => {
    make();
    const adopted = [...card.root.adoptedStyleSheets].map((s) => [...s.cssRules].length);
    const styleEl = card.root.querySelector('style');
    expect(adopted.length > 0 && adopted[0]! > 0 ? true : styleEl?.textContent === CARD_CSS).toBe(true);
  });

  it('falls back to a <style> when adopting a sheet throws (Firefox content scripts)', () => {
    const spy = vi.spyOn(ShadowRoot.prototype, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new Error('Accessing from Xray wrapper is not supported.');
    });
    make();
    expect(spy).toHaveBeenCalled();
    expect(card.root.querySelector('style')?.textContent).toBe(CARD_CSS);
  });

  it('destroy removes the host and stops listening', () => {
    const onClose = vi.fn();
    make({ onClose });
    card.show({ anchor, positions: [first] });
    card.destroy();
    expect(document.querySelector('[data-standpunkt-ui]')).toBeNull();
    expect(card.isOpen).toBe(false);
    key(document.body, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    card.show({ anchor, positions: [first] });
    expect(card.isOpen).toBe(false);
    expect(document.querySelector('[data-standpunkt-ui]')).toBeNull();
  });
});

describe('content', () => {
  it('shows one position: chapter, title, excerpt, source, buttons', () => {
    make();
    card.show({ anchor, positions: [first] });
    expect(card.isOpen).toBe(true);
    expect($('[role=dialog]')?.getAttribute('aria-label')).toBe('KS-forventning');
    expect(texts('.chapter')).toEqual(['Kapittel 1: Gi større rom for lokaldemokratiet']);
    expect(texts('h2')).toEqual([first.title]);
    expect(texts('.body')).toEqual([
      'Mange av bærekraftsmålene kan kun realiseres med lokal og regional innsats. Andre avsnitt.',
    ]);
    expect(texts('.source')).toEqual([`Kilde: ${SOURCE}`]);
    expect(texts('.actions button')).toEqual(['Kopier forventningen', 'Vis mer']);
    expect($$('.note')).toHaveLength(0);
    expect(($('.swatch') as HTMLElement).style.backgroundColor).not.toBe('');
  });

  it('shows every position that shares the phrase, with the note, and no empty body', () => {
    make();
    card.show({ anchor, positions: [first, second] });
    expect($('[role=dialog]')?.getAttribute('aria-label')).toBe('2\u00a0KS-forventninger');
    expect(texts('h2')).toEqual([first.title, second.title]);
    expect($$('article')[1]!.querySelector('.body')).toBeNull();
    expect(texts('.note')).toEqual(['Ditt notat: Aktuelt for vår høring.']);
    expect($$('button.copy')).toHaveLength(2);
    // Buttons with the same name are told apart by the title they describe.
    const described = $$('button.copy').map(
      (b) => card.root.getElementById(b.getAttribute('aria-describedby')!)?.textContent,
    );
    expect(described).toEqual([first.title, second.title]);
  });

  it('clamps a long justification', () => {
    make();
    card.show({ anchor, positions: [{ ...first, body: 'ord '.repeat(300) }] });
    const body = $('.body')!.textContent!;
    expect(body.length).toBeLessThan(300);
    expect(body.endsWith('…')).toBe(true);
  });

  it('renders hostile data as text, never as markup', () => {
    make();
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    card.show({
      anchor,
      positions: [{ ...first, title: hostile, body: hostile, note: hostile, chapter: hostile, source: hostile }],
    });
    expect(card.root.querySelector('img, script')).toBeNull();
    expect(texts('h2')).toEqual([hostile]);
    expect(texts('.body')).toEqual([hostile]);
  });

  it('names the party group of the pointed remark under the title, and nothing without one', () => {
    make();
    card.show({ anchor, positions: [{ ...first, group: 'Flertallet (A, Sp, SV)' }] });
    expect(texts('.group')).toEqual(['Flertallet (A, Sp, SV)']);
    expect(card.root.querySelector('.title + .group')).not.toBeNull();
    card.show({ anchor, positions: [first] });
    expect(texts('.group')).toEqual([]);
  });

  it('takes its strings from the table passed in', () => {
    make({ strings: { copy: 'Copy KS position', showMore: 'Show more', chapter: 'Ch. {index} – {title}' } });
    card.show({ anchor, positions: [first] });
    expect(texts('.actions button')).toEqual(['Copy KS position', 'Show more']);
    expect(texts('.chapter')).toEqual(['Ch. 1 – Gi større rom for lokaldemokratiet']);
  });

  it('re-showing replaces the content instead of adding to it', () => {
    make();
    card.show({ anchor, positions: [first, second] });
    card.show({ anchor, positions: [second] });
    expect(texts('h2')).toEqual([second.title]);
    expect(document.querySelectorAll('[data-standpunkt-ui]').length).toBe(1);
  });

  it('the card code never writes HTML strings into the DOM', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write/,
      );
    }
  });
});

describe('copy and show more', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('calls onCopy with the position and confirms "Kopiert!" in a live region, then clears it', async () => {
    const onCopy = vi.fn(async () => true);
    make({ onCopy, statusMs: 1000 });
    card.show({ anchor, positions: [first, second] });
    $$('button.copy')[1]!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(onCopy).toHaveBeenCalledWith('ks-2021:b');
    const status = $$('[role=status]')[1]!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Kopiert!');
    expect(status.classList.contains('error')).toBe(false);
    expect($$('[role=status]')[0]!.textContent).toBe('');
    await vi.advanceTimersByTimeAsync(1000);
    expect(status.textContent).toBe('');
  });

  it.each([
    ['false', async () => false, DEFAULT_CARD_STRINGS.copyFailed],
    ['a message', async () => 'Utklippstavlen er blokkert av siden.', 'Utklippstavlen er blokkert av siden.'],
    ['a rejection', async () => Promise.reject(new Error('NotAllowedError')), DEFAULT_CARD_STRINGS.copyFailed],
  ])('shows a clear error when onCopy resolves %s', async (_name, impl, message) => {
    make({ onCopy: vi.fn(impl as () => Promise<boolean | string>) });
    card.show({ anchor, positions: [first] });
    $('button.copy')!.click();
    await vi.advanceTimersByTimeAsync(0);
    const status = $('[role=status]')!;
    expect(status.textContent).toBe(message);
    expect(status.classList.contains('error')).toBe(true);
  });

  it('ignores a second click while a copy is pending', async () => {
    let resolve!: (v: boolean) => void;
    const onCopy = vi.fn(() => new Promise<boolean>((r) => (resolve = r)));
    make({ onCopy });
    card.show({ anchor, positions: [first] });
    $('button.copy')!.click();
    $('button.copy')!.click();
    expect(onCopy).toHaveBeenCalledTimes(1);
    resolve(true);
    await vi.advanceTimersByTimeAsync(0);
    expect($('[role=status]')!.textContent).toBe('Kopiert!');
  });

  it('"Vis mer" calls onShowMore with the position', () => {
    const onShowMore = vi.fn();
    make({ onShowMore });
    card.show({ anchor, positions: [first, second] });
    $$('button.more')[0]!.click();
    expect(onShowMore).toHaveBeenCalledWith('ks-2021:a');
  });
});

describe('keyboard and closing', () => {
  it('focusFirst puts focus on the first copy button', () => {
    make();
    card.show({ anchor, positions: [first, second], focusFirst: true });
    expect(card.root.activeElement).toBe($$('button.copy')[0]);
  });

  it('without focusFirst it leaves focus on the page', () => {
    make();
    card.show({ anchor, positions: [first] });
    expect(card.root.activeElement).toBeNull();
  });

  it('Escape inside the card closes it and tells the caller focus was inside', () => {
    const onClose = vi.fn();
    make({ onClose });
    card.show({ anchor, positions: [first], focusFirst: true });
    key(card.root.activeElement!, 'Escape');
    expect(card.isOpen).toBe(false);
    expect($('[role=dialog]')!.hidden).toBe(true);
    expect(onClose).toHaveBeenCalledWith({ reason: 'escape', hadFocus: true });
  });

  it('Escape on the page closes an open card, and does nothing when it is closed', () => {
    const onClose = vi.fn();
    make({ onClose });
    key(document.body, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    card.show({ anchor, positions: [first] });
    key(document.body, 'Escape');
    expect(onClose).toHaveBeenCalledWith({ reason: 'escape', hadFocus: false });
    key(document.body, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps Escape typed in the card from the page, but lets the page see its own Escape', () => {
    const page = vi.fn();
    document.addEventListener('keydown', page);
    try {
      make();
      card.show({ anchor, positions: [first], focusFirst: true });
      key(card.root.activeElement!, 'Escape');
      expect(page).not.toHaveBeenCalled();
      card.show({ anchor, positions: [first] });
      key(document.body, 'Escape');
      expect(page).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', page);
    }
  });

  it('Tab and Shift+Tab wrap around the card’s buttons', () => {
    make();
    card.show({ anchor, positions: [first, second], focusFirst: true });
    const all = $$('button');
    expect(all).toHaveLength(5); // close + 2 × (copy, more)
    all[all.length - 1]!.focus();
    expect(key(all[all.length - 1]!, 'Tab').defaultPrevented).toBe(true);
    expect(card.root.activeElement).toBe(all[0]);
    expect(key(all[0]!, 'Tab', true).defaultPrevented).toBe(true);
    expect(card.root.activeElement).toBe(all[all.length - 1]);
    // In between, the browser's own order applies.
    all[1]!.focus();
    expect(key(all[1]!, 'Tab').defaultPrevented).toBe(false);
  });

  it('the close button and a click outside close it; a click inside does not', () => {
    const onClose = vi.fn();
    make({ onClose });
    card.show({ anchor, positions: [first] });
    $('button.more')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(card.isOpen).toBe(true);
    document.body.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(onClose).toHaveBeenLastCalledWith({ reason: 'outside', hadFocus: false });
    card.show({ anchor, positions: [first] });
    $('button.close')!.click();
    expect(card.isOpen).toBe(false);
    expect(onClose).toHaveBeenLastCalledWith(expect.objectContaining({ reason: 'close-button' }));
  });

  it('hide() closes without calling onClose', () => {
    const onClose = vi.fn();
    make({ onClose });
    card.show({ anchor, positions: [first] });
    card.hide();
    expect(card.isOpen).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('contains() knows the host and the card’s nodes, and nothing else', () => {
    make();
    card.show({ anchor, positions: [first] });
    expect(card.contains(card.host)).toBe(true);
    expect(card.contains($('button.copy'))).toBe(true);
    expect(card.contains(document.body)).toBe(false);
    expect(card.contains(null)).toBe(false);
  });
});

describe('placement on the page', () => {
  // happy-dom has no layout: give the card a measured size; the viewport is happy-dom's 1024 × 768.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ left: 0, top: 0, right: 380, bottom: 200, width: 380, height: 200, x: 0, y: 0, toJSON() {} }) as DOMRect,
    );
  });

  it('is fixed below the word, moves above it near the bottom, and follows reposition', () => {
    make();
    card.show({ anchor, positions: [first] });
    const el = $('[role=dialog]')!;
    expect([el.style.left, el.style.top, el.dataset.side]).toEqual(['100px', `${120 + GAP}px`, 'below']);
    card.reposition({ left: 900, top: 700, right: 960, bottom: 720 });
    expect([el.style.left, el.style.top, el.dataset.side]).toEqual([
      `${1024 - 8 - 380}px`,
      `${700 - GAP - 200}px`,
      'above',
    ]);
    expect(el.style.visibility).toBe('');
  });

  it('hides while the word is scrolled out of view, and comes back', () => {
    make();
    card.show({ anchor, positions: [first] });
    card.reposition({ left: 100, top: -200, right: 180, bottom: -180 });
    expect($('[role=dialog]')!.style.visibility).toBe('hidden');
    card.reposition(anchor);
    expect($('[role=dialog]')!.style.visibility).toBe('');
  });
});

describe('group line, source link and notes (issue 12)', () => {
  it('shows the group under the title, quietly, and nothing when there is none', () => {
    make();
    card.show({ anchor, positions: [{ ...first, group: 'Flertallet (A, Sp, SV)' }, second] });
    expect(texts('.group')).toEqual(['Flertallet (A, Sp, SV)']);
    const [article] = $$('article');
    expect(article!.querySelector('.title')!.nextElementSibling!.className).toBe('group');
    card.show({ anchor, positions: [{ ...first, group: '  ' }] });
    expect($$('.group')).toHaveLength(0);
  });

  it('links the source line to the document when it has a web address, in a new tab', () => {
    make();
    card.show({ anchor, positions: [{ ...first, sourceUrl: 'https://www.ks.no/' }] });
    const link = $('.source a') as HTMLAnchorElement;
    expect(link.textContent).toBe(SOURCE);
    expect(link.getAttribute('href')).toBe('https://www.ks.no/');
    expect([link.target, link.rel]).toEqual(['_blank', 'noopener noreferrer']);
    expect(link.title).toBe(DEFAULT_CARD_STRINGS.sourceLink);
    expect(texts('.source')).toEqual([`Kilde: ${SOURCE}`]);
  });

  it('keeps a source without a web address as text (no javascript: or data: links)', () => {
    make();
    for (const sourceUrl of [null, 'javascript:alert(1)', 'data:text/html,x', 'not a url']) {
      card.show({ anchor, positions: [{ ...first, sourceUrl }] });
      expect($$('.source a'), String(sourceUrl)).toHaveLength(0);
      expect(texts('.source')).toEqual([`Kilde: ${SOURCE}`]);
    }
  });

  it('has no note button unless the caller can save notes', () => {
    make();
    card.show({ anchor, positions: [first] });
    expect($$('button.note-edit')).toHaveLength(0);
  });

  it('writes a note: the field opens in place of the buttons, saves through onSaveNote, shows it at once', async () => {
    const onSaveNote = vi.fn(async () => true);
    make({ onSaveNote });
    card.show({ anchor, positions: [first] });
    const edit = $('button.note-edit')!;
    expect(edit.textContent).toBe('Skriv notat');
    edit.click();
    const form = $('form.editor') as HTMLFormElement;
    const area = form.querySelector('textarea')!;
    expect([form.hidden, ($('.actions') as HTMLElement).hidden]).toEqual([false, true]);
    expect(card.root.activeElement).toBe(area);
    expect(form.querySelector('label')!.textContent).toBe('Ditt notat om forventningen');
    area.value = '  Ta med i høringssvaret. ';
    form.requestSubmit();
    await vi.waitFor(() => expect(form.hidden).toBe(true));
    expect(onSaveNote).toHaveBeenCalledWith(first.id, 'Ta med i høringssvaret.');
    expect(texts('.note')).toEqual(['Ditt notat: Ta med i høringssvaret.']);
    expect(edit.textContent).toBe('Endre notat');
    expect(texts('.status')).toEqual(['Notatet er lagret.']);
    expect(card.root.activeElement).toBe(edit);
  });

  it('edits and deletes a note; a refused save keeps the field open and says so', async () => {
    let answer: boolean | string = 'Lageret er fullt.';
    const onSaveNote = vi.fn(async () => answer);
    make({ onSaveNote });
    card.show({ anchor, positions: [second] });
    $('button.note-edit')!.click();
    const form = $('form.editor') as HTMLFormElement;
    const area = form.querySelector('textarea')!;
    expect(area.value).toBe('Aktuelt for vår høring.');
    area.value = 'Ny tekst';
    form.requestSubmit();
    await vi.waitFor(() => expect(texts('.status')).toEqual(['Lageret er fullt.']));
    expect(form.hidden).toBe(false);
    expect(texts('.note')).toEqual(['Ditt notat: Aktuelt for vår høring.']);
    answer = true;
    area.value = '';
    form.requestSubmit();
    await vi.waitFor(() => expect(form.hidden).toBe(true));
    expect(onSaveNote).toHaveBeenLastCalledWith(second.id, '');
    expect($$('.note')).toHaveLength(0);
    expect($('button.note-edit')!.textContent).toBe('Skriv notat');
  });

  it('Escape in the note field closes the field, not the card; the page does not see the keys', () => {
    const onClose = vi.fn();
    const page = vi.fn();
    document.addEventListener('keydown', page);
    try {
      make({ onSaveNote: async () => true, onClose });
      card.show({ anchor, positions: [first] });
      $('button.note-edit')!.click();
      const area = $('textarea')!;
      key(area, 'x');
      key(area, 'Escape');
      expect(card.isOpen).toBe(true);
      expect(onClose).not.toHaveBeenCalled();
      expect($('form.editor')!.hidden).toBe(true);
      expect(page).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', page);
    }
  });

  it('Tab wraps over the note field and its buttons too', () => {
    make({ onSaveNote: async () => true });
    card.show({ anchor, positions: [first] });
    $('button.note-edit')!.click();
    const cancel = $$('form.editor button').at(-1)!;
    cancel.focus();
    expect(key(cancel, 'Tab').defaultPrevented).toBe(true);
    expect(card.root.activeElement).toBe($('button.close'));
    expect(key($('button.close')!, 'Tab', true).defaultPrevented).toBe(true);
    expect(card.root.activeElement).toBe(cancel);
  });
});
