/** The passages answer of one page and the jump to one of them: remembers which highlight each index points to. */
import { formatSpeaker, type SpeakerLang } from '../speakers';
import { PageSpeakerIndex } from './page-speakers';
import { buildPassages, documentTitle } from './passages';
import type { PagePassages, RevealResult } from './report';
import type { PageHit } from './scanner';

export interface PassageListOptions<T extends { hit: PageHit }> {
  doc: Document;
  /** Every highlight of the page and its frames in reading order. */
  stops: () => T[];
  /** Positions the report lists (the rest are passing mentions). */
  reported: () => ReadonlySet<string>;
  /** Focuses one highlight and brings it into view (as next/previous do). */
  focus: (stop: T) => void;
}

export class PassageList<T extends { hit: PageHit }> {
  readonly speakers = new PageSpeakerIndex();
  private targets: T[] = [];

  constructor(private readonly options: PassageListOptions<T>) {}

  /** The page changed: its groups are attributed again on the next question. */
  changed(): void {
    this.speakers.invalidate();
  }

  list(): PagePassages {
    const { doc } = this.options;
    const built = buildPassages(this.options.stops(), {
      reported: this.options.reported(),
      speakerOf: (hit) => this.speakers.of(hit),
    });
    this.targets = built.targets;
    return {
      url: doc.defaultView?.location.href ?? doc.URL,
      title: documentTitle(doc),
      passages: built.passages,
      truncated: built.truncated,
    };
  }

  /** Focuses the passage `index` of the last list; total 0 when it is gone (the page changed since). */
  reveal(index: number): RevealResult {
    const target = this.targets[index];
    if (!target || !target.hit.span.startContainer.isConnected) return { index: 0, total: 0 };
    // A rescan of its block since the list was made paints a new hit object for the same word: focus that one.
    const { startContainer, startOffset } = target.hit.span;
    const current = this.options
      .stops()
      .find((s) => s.hit.span.startContainer === startContainer && s.hit.span.startOffset === startOffset);
    if (!current) return { index: 0, total: 0 };
    this.options.focus(current);
    return { index, total: this.targets.length };
  }

  /** The short name of the group behind a highlight, for the card; null when none. */
  groupOf(hit: PageHit, lang: SpeakerLang = 'nb'): string | null {
    const speaker = this.speakers.of(hit);
    return speaker ? formatSpeaker(speaker, lang) : null;
  }
}
