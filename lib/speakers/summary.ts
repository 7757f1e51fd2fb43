/**
 * Which groups' remarks touch one position, as one line: «Flertallet (A, Sp, SV) · H, FrP · Forslag fra H og FrP».
 * Each group once (by speakerKey); the committee's account of a proposition («summary») is nobody's position.
 */
import { formatSpeaker, speakerKey, type SpeakerLang } from './format';
import type { Speaker, SpeakerKind } from './types';

/** The whole committee first, then majority, minorities, single parties, proposals. */
const ORDER: Record<SpeakerKind, number> = { committee: 0, majority: 1, minority: 2, party: 3, proposal: 4, summary: 5 };

/** The distinct groups among `speakers` (nulls and summaries left out), formatted, in ORDER then first appearance. */
export function groupSummary(speakers: Iterable<Speaker | null>, lang: SpeakerLang = 'nb'): string[] {
  const seen = new Map<string, { speaker: Speaker; first: number }>();
  let i = 0;
  for (const s of speakers) {
    i++;
    if (!s || s.kind === 'summary') continue;
    const key = speakerKey(s);
    if (!seen.has(key)) seen.set(key, { speaker: s, first: i });
  }
  return [...seen.values()]
    .sort((a, b) => ORDER[a.speaker.kind] - ORDER[b.speaker.kind] || a.first - b.first)
    .map(({ speaker }) => formatSpeaker(speaker, lang));
}
