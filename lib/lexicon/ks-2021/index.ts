/**
 * Curated lexicon for "Kommunesektorens forventninger til nytt Storting" (KS, 2021): for every demand,
 * the words a reader of stortinget.no / regjeringen.no would recognise as touching it — the instrument,
 * the reform, the law, the programme, the phrase officials use. Bokmål and nynorsk spellings are
 * declared where the stems differ (inflection is derived by lib/match; see ./types.ts).
 *
 * Review rules kept throughout:
 * - Generic words ("kommunene", "tiltak", "staten", "kvalitet", "klima" …) never stand alone.
 * - A word that is on topic only in company (tilsyn, norm, mobbing, bistand, vindkraft …) carries
 *   `needs`: it counts only when another term of the same demand ("*") — or a named term — is in the
 *   same block. The needed term only has to occur there, so two different context-bound words of one
 *   demand in one paragraph vouch for each other. Where two such words often meet off topic (aid
 *   words, a dispensation and the planning law), they name their anchors instead of "*". Every demand
 *   has "anchor" terms without `needs`.
 * - A term shared by two demands counts for both wherever it is an anchor in one of them; where that
 *   would pull a demand in through its context-bound words, those words name their anchors instead
 *   of "*".
 * - A term with a well-known other sense carries `unless`: the words of that other field in the same
 *   block keep it dark (innsigelse in debt collection, "deling av data" by a shop).
 * - A broad anchor that is named in passing on many pages (EØS-avtalen, offentlige anskaffelser) gets
 *   a weight below the relevance threshold (lib/match/rank.ts): it still lights up, and it counts for
 *   the demand when repeated or beside another of its terms.
 * - Multi-word terms list the common inflected forms of their first words as `|` alternatives,
 *   because only the last word inflects.
 */
import type { PositionTerms } from '../types';
import { chapter1 } from './chapter-1';
import { chapter2 } from './chapter-2';
import { chapter3 } from './chapter-3';
import { chapter4 } from './chapter-4';
import { chapter5 } from './chapter-5';
import { chapter6 } from './chapter-6';
import { chapter7 } from './chapter-7';

/** Every demand's terms, in the document's order (chapter files: ./chapter-N.ts; shared context words: ./context.ts). */
export const lexicon: PositionTerms[] = [chapter1, chapter2, chapter3, chapter4, chapter5, chapter6, chapter7].flatMap((entries, i) =>
  entries.map((entry) => ({ ...entry, chapter: i + 1 })),
);
