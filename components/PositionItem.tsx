import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { COPY_FORMATS, type CopyFormat } from '@/lib/copy';
import type { Position } from '@/lib/corpus/types';
import { chapterStyle } from '@/lib/highlight/colors';
import { foldCaseVariants, type MarkRange } from '@/lib/search';
import { useActions } from './actions';
import { t, tCount, type MessageKey } from './i18n';
import { isCopyShortcut, moveBetweenEntries, PRIMARY_ATTR } from './listKeys';
import { Marked, rangesWithin } from './Marked';
import { NoteEditor } from './NoteEditor';
import { useOnPage } from './onPage';

export interface PageInfo {
  count: number;
  words: readonly string[];
}

export interface PositionItemProps {
  position: Position;
  /** Search marks in the title and the justification. */
  marks?: { title?: readonly MarkRange[]; body?: readonly MarkRange[] };
  /** Terms that matched a search. */
  terms?: readonly string[];
  /** Found on the current page: the main button then reveals the next occurrence. */
  page?: PageInfo;
  /** Where ArrowUp from the first entry goes (the search box). */
  onLeaveTop?: () => void;
  /** Start expanded (the position the hover card's "Vis mer" asked for). */
  initiallyOpen?: boolean;
  /** Shown under the entry's line (the page list puts the position's passages here). */
  children?: ComponentChildren;
}

/** Words shown per page entry; the rest are counted ("+3 til"). */
const MAX_WORDS = 5;

const FORMAT_LABEL: Record<CopyFormat, MessageKey> = {
  plain: 'copyAsPlain',
  markdown: 'copyAsMarkdown',
  html: 'copyAsHtml',
};

/** A piece of the justification around its first search mark, so a hit in the body shows why it matched. */
function snippetAround(body: string, ranges: readonly MarkRange[]): { text: string; ranges: MarkRange[] } | null {
  const first = ranges[0];
  if (!first) return null;
  let from = Math.max(0, first[0] - 60);
  let to = Math.min(body.length, first[1] + 100);
  // Whole words at both ends.
  if (from > 0) from = body.indexOf(' ', from) + 1 || first[0];
  if (to < body.length) to = Math.max(body.lastIndexOf(' ', to), first[1]);
  const lead = from > 0 ? '… ' : '';
  const inner = rangesWithin(ranges, from, to).map(([s, e]): MarkRange => [s + lead.length, e + lead.length]);
  return { text: `${lead}${body.slice(from, to).replace(/\s+/g, ' ')}${to < body.length ? ' …' : ''}`, ranges: inner };
}

/** Paragraphs of a justification with their offsets, so search marks land in the right one. */
function paragraphsWithOffsets(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

/**
 * One KS demand in a list: chapter colour, title, and, depending on the list, the words found on the
 * page with a button that walks through their occurrences, or the search marks. Expanded, its full
 * justification, the user's note, and copy in every format. Keys on the main button: arrows move,
 * Enter acts (reveal on the page list, expand elsewhere), C copies in the default format.
 */
export function PositionItem({
  position,
  marks,
  terms,
  page,
  onLeaveTop,
  initiallyOpen = false,
  children,
}: PositionItemProps) {
  const actions = useActions();
  const [open, setOpen] = useState(initiallyOpen);
  const [shown, setShown] = useState<{ index: number; total: number } | null>(null);
  // A ref, not state: quick clicks must each ask for the next occurrence before the page has answered.
  const nextOccurrence = useRef(0);
  const [copied, setCopied] = useState<CopyFormat | null>(null);
  const bodyId = useId();
  const metaId = useId();
  const colour = chapterStyle(position.chapterIndex).background;
  const note = actions.noteFor(position.id);
  const reveals = page && actions.reveal;
  // «statlig tilsyn, Statlig tilsyn» would use up two of the five places for one word.
  const words = page ? foldCaseVariants(page.words) : [];
  const onPageIds = useOnPage();
  const onThisPage = !page && onPageIds.has(position.id);

  async function copy(format?: CopyFormat) {
    const done = await actions.copy(position, format);
    setCopied(done ? (format ?? actions.defaultFormat) : null);
    if (done) setTimeout(() => setCopied(null), 2500);
  }

  async function reveal() {
    if (!actions.reveal) return;
    const total = shown?.total ?? page?.count ?? 0;
    const occurrence = total > 0 ? nextOccurrence.current % total : nextOccurrence.current;
    nextOccurrence.current = occurrence + 1;
    setShown(await actions.reveal(position.id, occurrence));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (moveBetweenEntries(event, onLeaveTop)) return;
    if (isCopyShortcut(event)) {
      event.preventDefault();
      void copy();
    }
  }

  const primaryProps = { [PRIMARY_ATTR]: '' };
  const title = <Marked text={position.title} ranges={marks?.title} />;

  const actionsBlock = (
    <div class="position-actions">
      {reveals && (
        <button
          type="button"
          class="position-expand"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? t('hideJustification') : t('showJustification')}
        </button>
      )}
      <button
        type="button"
        class="position-copy"
        data-format={actions.defaultFormat}
        onClick={() => copy()}
        aria-label={t('copyPositionLabel', position.title)}
        title={t(FORMAT_LABEL[actions.defaultFormat])}
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </div>
  );

  return (
    <li class={`position${page ? ' position-on-page' : ''}`} data-position-id={position.id}>
      <div class="position-row">
        <span class="position-swatch" style={{ background: colour }} aria-hidden="true" />
        {reveals ? (
          <button
            type="button"
            class="position-title position-reveal"
            {...primaryProps}
            aria-describedby={metaId}
            onClick={reveal}
            onKeyDown={onKeyDown}
          >
            <span class="position-marker" aria-hidden="true">
              →
            </span>
            <span>{title}</span>
          </button>
        ) : (
          <button
            type="button"
            class="position-title"
            {...primaryProps}
            aria-expanded={open}
            aria-controls={open ? bodyId : undefined}
            onClick={() => setOpen(!open)}
            onKeyDown={onKeyDown}
          >
            <span class="position-marker" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span>{title}</span>
          </button>
        )}
      </div>
      {/* On the page list the actions share the chapter's line: four entries fit a 600 px popup. */}
      <div class="position-line">
        <p class="position-chapter-line">
          <span
            class="position-chapter-name"
            style={{ borderColor: colour }}
            title={t('chapterLabel', [position.chapterIndex, position.chapter])}
          >
            {t('chapterLabel', [position.chapterIndex, position.chapter])}
          </span>
          {onThisPage && <span class="position-on-this-page">{t('onThisPage')}</span>}
        </p>
        {page && actionsBlock}
      </div>
      {page && (
        <p class="position-meta" id={metaId}>
          <span class="position-words">{words.slice(0, MAX_WORDS).join(', ')}</span>
          {words.length > MAX_WORDS && (
            <span class="position-more">{` ${t('moreWords', words.length - MAX_WORDS)}`}</span>
          )}
          {' · '}
          <span class="position-count">{tCount('occurrences', page.count)}</span>
          {shown && (
            <span class="position-shown" role="status">
              {' · '}
              {shown.total > 0 ? t('revealOf', [shown.index + 1, shown.total]) : t('revealNone')}
            </span>
          )}
        </p>
      )}
      {children}
      {!open &&
        (() => {
          const snippet = snippetAround(position.body, marks?.body ?? []);
          return snippet ? (
            <p class="position-snippet">
              <Marked text={snippet.text} ranges={snippet.ranges} />
            </p>
          ) : null;
        })()}
      {terms && terms.length > 0 && (
        <p class="position-terms">
          {t('matchedTerms')} {terms.map((term, i) => [i > 0 && ', ', <mark key={term}>{term}</mark>])}
        </p>
      )}
      {!page && actionsBlock}
      {open && (
        <div class="position-body" id={bodyId}>
          {paragraphsWithOffsets(position.body).length > 0 ? (
            paragraphsWithOffsets(position.body).map((p) => (
              <p key={p.start}>
                <Marked text={p.text} ranges={rangesWithin(marks?.body ?? [], p.start, p.start + p.text.length)} />
              </p>
            ))
          ) : (
            <p class="position-empty">{t('noJustification')}</p>
          )}
          <NoteEditor
            title={position.title}
            note={note}
            onSave={actions.saveNote && ((text) => actions.saveNote!(position.id, text))}
          />
          <div class="position-copy-as" role="group" aria-label={t('copyAsGroup')}>
            {/* The default format is the «Kopier» button above: one button per format. */}
            {COPY_FORMATS.filter((f) => f !== actions.defaultFormat).map((format) => (
              <button
                type="button"
                key={format}
                class="position-copy-format"
                data-format={format}
                onClick={() => copy(format)}
              >
                {copied === format ? t('copied') : t(FORMAT_LABEL[format])}
              </button>
            ))}
          </div>
        </div>
      )}
    </li>
  );
}
