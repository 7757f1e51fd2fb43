/**
 * Short names of speaker groups for the popup, card and report: «Flertallet (A, Sp, SV)», «H, FrP»,
 * «Forslag fra H og FrP», and a key to group passages by.
 */
import { sortParties } from './parties';
import type { Speaker } from './types';

export type SpeakerLang = 'nb' | 'nn';

function list(parties: readonly string[], and: string): string {
  if (parties.length <= 1) return parties.join('');
  return `${parties.slice(0, -1).join(', ')} ${and} ${parties[parties.length - 1]}`;
}

/** A short display name of the group, in bokmål or nynorsk. */
export function formatSpeaker(speaker: Speaker, lang: SpeakerLang = 'nb'): string {
  const parties = sortParties(speaker.parties);
  const inParens = parties.length > 0 ? ` (${parties.join(', ')})` : '';
  switch (speaker.kind) {
    case 'committee':
      return 'Komiteen';
    case 'majority':
      return (lang === 'nn' ? 'Fleirtalet' : 'Flertallet') + inParens;
    case 'minority':
      return (lang === 'nn' ? 'Mindretalet' : 'Mindretallet') + inParens;
    case 'party':
      return parties.join(', ');
    case 'proposal':
      return `${lang === 'nn' ? 'Forslag frå' : 'Forslag fra'} ${list(parties, 'og')}`;
    case 'summary':
      return speaker.label;
  }
}

/** Equal for groups of the same kind and parties (back references and repeated remarks of one group). */
export function speakerKey(speaker: Speaker): string {
  const parties = speaker.kind === 'summary' || speaker.kind === 'committee' ? [] : sortParties(speaker.parties);
  return `${speaker.kind}:${parties.join(',')}`;
}
