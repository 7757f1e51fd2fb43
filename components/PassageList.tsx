import type { Position } from '@/lib/corpus/types';
import { chapterStyle } from '@/lib/highlight/colors';
import type { PagePassage } from '@/lib/protocol';
import { formatSpeaker } from '@/lib/speakers';
import { t } from './i18n';
import { Marked } from './Marked';
import { speakerLang } from './speakerLang';
import './passages.css';

export interface PassageListProps {
  passages: readonly PagePassage[];
  onReveal: (index: number) => void;
  /** Page order: each entry names its position (short title, chapter colour). */
  positionsById?: ReadonlyMap<string, Position>;
}

/** Passages on the page: heading, snippet with the hit marked, party group; a click shows it on the page. */
export function PassageList({ passages, onReveal, positionsById }: PassageListProps) {
  return (
    <ol class="passages">
      {passages.map((p) => {
        const position = positionsById?.get(p.positionId);
        return (
          <li key={`${p.index}:${p.positionId}`} class="passage-item">
            <button
              type="button"
              class="passage"
              data-passage-index={p.index}
              onClick={() => onReveal(p.index)}
              title={t('showPassage')}
            >
              {position && (
                <span class="passage-position">
                  <span
                    class="passage-swatch"
                    style={{ background: chapterStyle(position.chapterIndex).background }}
                    aria-hidden="true"
                  />
                  {position.title}
                </span>
              )}
              {/* A hit in the heading itself: the snippet says it already. */}
              {p.heading && p.heading !== p.snippet && <span class="passage-heading">{p.heading}</span>}
              <span class="passage-snippet">
                <Marked text={p.snippet} ranges={[[p.mark.start, p.mark.end]]} />
              </span>
              {p.speaker && <span class="passage-group">{formatSpeaker(p.speaker, speakerLang())}</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
