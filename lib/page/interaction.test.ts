// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card, ShowOptions } from '../card';
import type { Mark, Painter } from '../highlight/painter';
import { compileLexicon } from '../lexicon/compile';
import { createMatcher } from '../match/matcher';
import { createInteraction } from './interaction';
import { PageScanner, type PageHit } from './scanner';

const matcher = createMatcher(compileLexicon([{ position: 'doc:a', terms: [{ t: 'innsigelse' }, { t: 'motsegn' }] }]));

function fakePainter(): Painter & { focus: Mark | null; same: readonly Mark[] } {
  return {
    kind: 'css',
    focus: null,
    same: [],
    setSame(marks) {
      this.same = marks;
    },
    add() {},
    remove() {},
    clear() {},
    setFocus(mark) {
      this.focus = mark;
    },
    rects: () => [new DOMRect(10, 10, 50, 16)],
    markOf: () => undefined,
    ensureStyle() {},
    destroy() {},
  };
}

function fakeCard(): Card & { shown: ShowOptions[] } {
  let open = false;
  return {
    shown: [],
    host: document.createElement('div'),
    root: null as unknown as ShadowRoot,
    get isOpen() {
      return open;
    },
    show(o: ShowOptions) {
      this.shown.push(o);
      open = true;
    },
    reposition() {},
    hide() {
      open = false;
    },
    contains: () => false,
    destroy() {},
  };
}

async function setup(
  html = '<p>innsigelse én</p><p>motsegn to</p><p>innsigelse tre</p><input id="f">',
  withMatcher = matcher,
) {
  document.body.innerHTML = html;
  const painter = fakePainter();
  const scanner = new PageScanner(document, {
    matcher: withMatcher,
    painter,
    chapterOf: () => 1,
    slice: { budgetMs: 1e9, yieldToPage: async () => {} },
  });
  await scanner.scanAll();
  const card = fakeCard();
  const interaction = createInteraction({
    doc: document,
    scanner,
    painter,
    card,
    cardPositions: (hit: PageHit) =>
      hit.hit.positions.map((id) => ({
        id,
        title: 'T',
        body: 'B',
        chapter: 'C',
        chapterIndex: 1,
        chapterColor: '#fff',
        source: 'S',
      })),
  });
  return { painter, scanner, card, interaction };
}

describe('interaction', () => {
  beforeEach(() => {
    Element.prototype.scrollIntoView = vi.fn();
  });

  it('focuses a highlight and scrolls it into view; blur gives the focus up', async () => {
    const { painter, scanner, interaction } = await setup();
    const second = scanner.hitsInOrder()[1]!;
    interaction.focus(second);
    expect(interaction.focused).toBe(second);
    expect(painter.focus).toBe(second);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    interaction.blur();
    expect(interaction.focused).toBeNull();
    expect(painter.focus).toBeNull();
  });

  it('opens the card for the focused highlight on Enter, with keyboard focus in the card', async () => {
    const { card, scanner, interaction } = await setup();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(card.shown).toHaveLength(0); // nothing focused yet
    interaction.focus(scanner.hitsInOrder()[0]!);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(card.shown).toHaveLength(1);
    expect(card.shown[0]!.focusFirst).toBe(true);
    expect(card.shown[0]!.positions.map((p) => p.id)).toEqual(['doc:a']);
  });

  it('leaves Enter alone in form fields', async () => {
    const { card, scanner, interaction } = await setup();
    interaction.focus(scanner.hitsInOrder()[0]!);
    document.getElementById('f')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(card.shown).toHaveLength(0);
  });

  it('hit-tests a point through the caret position and the mark boxes', async () => {
    const { interaction } = await setup();
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 3);
    (document as unknown as { caretRangeFromPoint: () => Range }).caretRangeFromPoint = () => range;
    expect(interaction.hitFromPoint(20, 15)?.hit.text).toBe('innsigelse');
    expect(interaction.hitFromPoint(200, 15)).toBeUndefined(); // outside the mark's box
    interaction.destroy();
  });
});

describe('the same demand', () => {
  const two = createMatcher(
    compileLexicon([
      { position: 'doc:a', terms: [{ t: 'innsigelse' }, { t: 'motsegn' }] },
      { position: 'doc:b', terms: [{ t: 'bemanningsnorm' }] },
    ]),
  );
  const page = '<p>innsigelse én</p><p>bemanningsnorm</p><p>motsegn to</p><p>innsigelse tre</p>';
  const texts = (marks: readonly Mark[]) => marks.map((m) => (m as PageHit).hit.text).sort();

  it('pointing at a highlight marks the other occurrences of its demand; closing the card clears them', async () => {
    const { painter, scanner, interaction } = await setup(page, two);
    const [first] = scanner.hitsInOrder();
    interaction.open(first!);
    expect(texts(painter.same)).toEqual(['innsigelse', 'motsegn']);
    expect(painter.same).not.toContain(first);
    interaction.cardClosed();
    expect(painter.same).toEqual([]);
  });

  it('focusing a highlight marks its demand; a demand found once marks nothing else', async () => {
    const { painter, scanner, interaction } = await setup(page, two);
    const hits = scanner.hitsInOrder();
    interaction.focus(hits[2]!); // motsegn
    expect(texts(painter.same)).toEqual(['innsigelse', 'innsigelse']);
    interaction.focus(hits[1]!); // bemanningsnorm
    expect(painter.same).toEqual([]);
    interaction.focus(hits[0]!);
    interaction.blur();
    expect(painter.same).toEqual([]);
  });
});

describe('interaction with an open card', () => {
  it('sends the next Tab into a card that was opened by pointing', async () => {
    const { card, interaction, scanner } = await setup();
    interaction.open(scanner.hitsInOrder()[1]!);
    expect(card.shown.at(-1)!.focusFirst).toBe(false);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(card.shown.at(-1)!.focusFirst).toBe(true);
  });
});
