/**
 * One position in the card: chapter, title, group line, justification, the reader's note, source,
 * and its buttons (copy, show more, write or edit the note). The text part scrolls inside the card,
 * the buttons stay visible. Data goes in through textContent only.
 */
import { elementMaker } from './element';
import { excerpt } from './excerpt';
import { createNoteEditor } from './note-editor';
import { fill, type CardStrings } from './strings';

/** What the card shows of one position; the caller resolves chapter colour, source and note. */
export interface CardPosition {
  id: string;
  title: string;
  body: string;
  chapter: string;
  chapterIndex: number;
  /** Any CSS colour (the chapter's highlight colour). */
  chapterColor: string;
  /** "KS, «Kommunesektorens forventninger til nytt Storting», 2021" (lib/copy `citation`). */
  source: string;
  /** Where KS publishes the document (DocumentMeta.url); the source line links there. */
  sourceUrl?: string | null;
  note?: string | null;
  /** The party group whose remark the pointed highlight is in (innstillinger, lib/speakers formatSpeaker); null when none. */
  group?: string | null;
}

export interface EntryContext {
  doc: Document;
  strings: CardStrings;
  /** Unique within the card, for ids. */
  index: number;
  copy(id: string, button: HTMLButtonElement, status: HTMLElement): void;
  showMore?(id: string): void;
  /** Saves the note (''= delete); true when saved, false or a message when not. Absent: no note button. */
  saveNote?(id: string, text: string): Promise<boolean | string>;
  setStatus(status: HTMLElement, text: string, error: boolean): void;
}

/** Only web addresses become links: a data: or javascript: URL in the data stays text. */
function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function renderEntry(p: CardPosition, ctx: EntryContext): HTMLElement {
  const { doc, strings: s } = ctx;
  const el = elementMaker(doc);

  const article = el('article', 'pos');
  const titleId = `sp-title-${ctx.index}`;
  article.setAttribute('aria-labelledby', titleId);
  const text = el('div', 'text');

  const chapter = el('p', 'chapter');
  const swatch = el('span', 'swatch');
  swatch.setAttribute('aria-hidden', 'true');
  swatch.style.backgroundColor = p.chapterColor;
  chapter.append(swatch, doc.createTextNode(fill(s.chapter, { index: p.chapterIndex, title: p.chapter })));
  const title = el('h2', 'title', p.title);
  title.id = titleId;
  text.append(chapter, title);
  if (p.group?.trim()) text.append(el('p', 'group', p.group.trim()));

  const body = excerpt(p.body);
  if (body) text.append(el('p', 'body', body));
  const note = el('p', 'note');
  const showNote = (value: string) => {
    note.replaceChildren(el('strong', undefined, `${s.note}: `), doc.createTextNode(value));
    if (!value) note.remove();
    else if (!note.parentNode) source.before(note);
  };
  const source = el('p', 'source', `${s.source}: `);
  const url = webUrl(p.sourceUrl);
  if (url) {
    const link = el('a', undefined, p.source);
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.title = s.sourceLink;
    source.append(link);
  } else source.append(doc.createTextNode(p.source));
  text.append(source);

  const actions = el('div', 'actions');
  const copyButton = el('button', 'copy', s.copy);
  const more = el('button', 'more', s.showMore);
  const buttons = [copyButton, more];
  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  copyButton.addEventListener('click', () => ctx.copy(p.id, copyButton, status));
  more.addEventListener('click', () => ctx.showMore?.(p.id));
  article.append(text, actions);

  let current = p.note?.trim() ?? '';
  showNote(current);
  if (ctx.saveNote) {
    const save = ctx.saveNote;
    const noteButton = el('button', 'note-edit');
    const label = () => (noteButton.textContent = current ? s.editNote : s.writeNote);
    label();
    buttons.push(noteButton);
    const editor = createNoteEditor(doc, s, `sp-note-${ctx.index}`, {
      save: (value) => save(p.id, value),
      saved(value) {
        current = value;
        showNote(value);
        label();
        ctx.setStatus(status, s.noteSaved, false);
        done();
      },
      failed: (message) => ctx.setStatus(status, message || s.noteFailed, true),
      cancelled: () => done(),
    });
    const done = () => {
      editor.form.hidden = true;
      actions.hidden = false;
      noteButton.focus({ preventScroll: true });
    };
    noteButton.addEventListener('click', () => {
      actions.hidden = true;
      editor.open(current);
    });
    article.append(editor.form);
  }
  for (const b of buttons) {
    b.type = 'button';
    // Several cards' buttons share a name; the title tells them apart for screen readers.
    b.setAttribute('aria-describedby', titleId);
  }
  actions.append(...buttons);
  article.append(status);
  return article;
}
