/**
 * Attributes each block (paragraph, heading) of an innstilling to the group whose remark it belongs to.
 *
 * One pass in document order with a little state: the section we are in (summary, remarks, minority
 * proposals, recommendation), the group whose remark is running, and the majority, minority and last
 * group defined in the current chapter (for «Flertallet …», «Mindretallet …», «Disse medlemmer …»).
 * A remark opens with its group's name at the start of a paragraph and runs over the following
 * paragraphs until another group opens or a heading ends it. Precision first: whatever is not certain
 * (an unknown back reference, text after a heading before any group opens, the recommendation, a page
 * that is not an innstilling) is null.
 */
import { partyAt } from './parties';
import type { Speaker } from './types';

type Mode = 'none' | 'summary' | 'remarks' | 'proposals' | 'recommendation' | 'procedure';

/** A block this long is never a heading (same bound as the matcher's heading test). */
const HEADING_MAX = 150;
/** A letter heading («Brev fra … datert …») may be longer. */
const LETTER_HEADING_MAX = 300;

const MEMBERS = '(?:medlemmene|medlemene|medlemmane|medlemmer|medlemer|medlemmar|medlemmet|medlemet|medlemen|medlem)';
const FROM = '(?:fra|frå)';
const ORDINAL = '(?:annet|anna|tredje|fjerde|femte|nytt)';
const MAJ = '(?:flertall|fleirtal)';
const MIN = '(?:mindretall|mindretal)';

function groupHead(noun: string, definite: string): RegExp {
  return new RegExp(`^(?:Komiteens ${noun}|Komiteen sitt ${noun}|${definite}|(?:Et|Eit)(?: ${ORDINAL})? ${noun})(?: i komiteen)?`);
}
const MAJORITY_HEAD = groupHead(MAJ, '(?:Flertallet|Fleirtalet)');
const MINORITY_HEAD = groupHead(MIN, '(?:Mindretallet|Mindretalet)');
/** After a majority/minority head: the list of its members. */
const DEFINITION = new RegExp(`^, (?:alle )?(?:bestående av |beståande av |som består av )?${MEMBERS} ${FROM} `);
/** «Komiteens flertall, alle unntatt medlemmet fra Rødt, …» */
const EXCEPT = new RegExp(`^, alle (?:unntatt|unnateke|utanom|untatt) ${MEMBERS} ${FROM} `);
const COMMITTEE_DEF = new RegExp(`^Komiteen, (?:alle )?${MEMBERS} ${FROM} `);
const PARTY_HEAD = new RegExp(
  `^(?:Komiteens (?:medlemmer|medlemer|medlem)|Komiteen sine (?:medlemmer|medlemer|medlemmar)|Komiteen sitt medlem|` +
    `(?:Medlemmene|Medlemene|Medlemmane|Medlemmet|Medlemet|Medlemen)(?: i komiteen)?) ${FROM} `,
);
const PROPOSAL_HEAD = new RegExp(`^(?:Forslag|Framlegg) ${FROM} `);

const BACK_MAJORITY = new RegExp(
  `^(?:Flertallet|Fleirtalet|Dette flertallet|Dette fleirtalet|Komiteens ${MAJ}|Komiteen sitt fleirtal)(?: i komiteen)?(?=[ ,])`,
);
const BACK_MINORITY = new RegExp(
  `^(?:Mindretallet|Mindretalet|Dette mindretallet|Dette mindretalet|Komiteens ${MIN}|Komiteen sitt mindretal)(?: i komiteen)?(?=[ ,])`,
);
const BACK_MEMBERS = /^(?:Disse medlemmene|Disse medlemmer|Desse medlemene|Desse medlemmene|Desse medlemmane|Dette medlemmet|Dette medlemet|Dette medlem)(?=[ ,])/;
/** «Komiteen viser til …», «Hele komiteen mener …»: the committee as subject, then a verb. */
const COMMITTEE = /^(?:Komiteen|Hele komiteen|Heile komiteen|En samlet komité|Ein samla komité)(?= (?!sitt |sine |si )\p{Ll})/u;
/** Words after «Flertallet» that make it a noun of the sentence, not the committee's group
 *  («Flertallet av høringsinstansene …», «Flertallet i Stortinget …»). */
const NOT_A_GROUP = /^ (?:av|blant|på|innenfor|utenfor|over|under|ved|hos|mellom|for|i(?! komiteen))(?=[ ,.]|$)/u;

/** Words that may stand between the parties and names of a member list. */
const CONNECTORS = new Set([
  'og',
  'fra',
  'frå',
  'samt',
  'lederen',
  'leiaren',
  'nestlederen',
  'nestleiaren',
  'komiteens',
  'leder',
  'leiar',
  'nestleder',
  'nestleiar',
  'medlemmene',
  'medlemene',
  'medlemmane',
  'medlemmet',
  'medlemet',
  'medlemen',
]);
/** A person's name part: «Kari», «Hill-Marta», «P.», «O'Neill». */
const NAME = /^(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.?)(?=[\s,]|$)/u;
const WORD = /^\p{L}+/u;
const RESUME = /^\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*)*, (?:og )?(?:fra|frå) /u;

interface MemberList {
  parties: string[];
  /** Whether a person's name was among them (a proposal lists parties only). */
  names: boolean;
  /** End of the list in the text (after its last party or name). */
  end: number;
}

/** Parses «Arbeiderpartiet, Kari Nordmann og Ola Nordmann, fra Høyre, lederen Per Hansen, …» from `at`. */
export function parseMembers(text: string, at: number): MemberList {
  const parties: string[] = [];
  let names = false;
  let end = at;
  let i = at;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === ',') {
      i++;
      continue;
    }
    const party = partyAt(text, i);
    if (party) {
      if (!parties.includes(party.abbr)) parties.push(party.abbr);
      i = end = party.end;
      continue;
    }
    const rest = text.slice(i, i + 40);
    const word = WORD.exec(rest)?.[0];
    if (word && CONNECTORS.has(word)) {
      i += word.length;
      continue;
    }
    // A name only inside a list that has begun with a party (a name cannot open it).
    const name = parties.length > 0 ? NAME.exec(rest)?.[0] : undefined;
    if (name) {
      names = true;
      i = end = i + name.length;
      continue;
    }
    // A name mistyped in lower case («åse Wisløff Nilssen, og frå Senterpartiet»): skip it when the list
    // goes on with «fra <party>», so its later parties are not lost. A verb is followed by more words.
    const resume = parties.length > 0 ? RESUME.exec(text.slice(i, i + 80)) : null;
    if (resume && partyAt(text, i + resume[0].length)) {
      names = true;
      i += resume[0].length;
      continue;
    }
    break;
  }
  return { parties, names, end };
}

export function normalizeBlock(block: string): string {
  return block.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

type HeadingKind = 'summary' | 'remarks' | 'proposals' | 'recommendation' | 'procedure' | 'plain';
interface Heading {
  kind: HeadingKind;
  /** Numbered with one number («2. Komiteens merknader»): a new chapter. */
  chapter: boolean;
  /** The heading without its number. */
  title: string;
}

const NUMBER = /^(\d+(?:\.\d+)*)\.?\s+(?=\S)/;

function headingKind(title: string): HeadingKind {
  if (/^(?:sammendrag|samandrag|bakgrunn|innledning og sammendrag|hovedinnhold|hovudinnhald|proposisjonens hovedinnhold|meldingens hovedinnhold|brev (?:fra|frå)|vedlegg)/i.test(title))
    return 'summary';
  if (/^forslag (?:fra|frå) (?:mindretall|mindretal)/i.test(title)) return 'proposals';
  // How the committee worked (letters sent, hearings held), or another committee's statement quoted
  // («Uttalelse fra kommunal- og forvaltningskomiteen», whose «Komiteen» is not this committee): null.
  if (
    /^(?:komiteens behandling|komiteen si behandling|behandlinga? i komiteen|behandlingen i komiteen)$/i.test(title) ||
    /^(?:uttalelse|uttale|fråsegn) (?:fra|frå) .*komite/i.test(title)
  )
    return 'procedure';
  if (/tilråding|tilrådning/i.test(title) || /^komiteens innstilling$/i.test(title)) return 'recommendation';
  if (/^(?:(?:komiteens|komiteen sine|komiteen sin) )?(?:generelle )?merknad(?:er|ar)?\b|merknad(?:er|ar)? (?:fra|frå) komiteen/i.test(title))
    return 'remarks';
  return 'plain';
}

/** The block as a heading, or null: short, no closing punctuation, starts with a capital or a number. */
export function asHeading(s: string): Heading | null {
  // A footnote mark after the full stop («… byene.¹», «… elevene.1») still ends a sentence.
  if (!/^[\p{Lu}\d]/u.test(s) || /[.!?;,:]$|[\p{L}»)][.!?](?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2})$/u.test(s)) return null;
  const number = NUMBER.exec(s);
  const title = number ? s.slice(number[0].length) : s;
  const kind = headingKind(title);
  const max = kind === 'summary' ? LETTER_HEADING_MAX : HEADING_MAX;
  if (s.length > max) return null;
  return { kind, chapter: !!number && !number[1]!.includes('.'), title };
}

interface Opener {
  /** 'define' sets the group for later back references; 'refer' resolves one. */
  type: 'define' | 'refer';
  speaker: Speaker | null;
}

class State {
  mode: Mode = 'none';
  summary: Speaker | null = null;
  /** The summary is a letter or an appendix: its own numbered headings do not end it. */
  letter = false;
  current: Speaker | null = null;
  /** Groups defined in this chapter, for back references. */
  majority: Speaker | null = null;
  minority: Speaker | null = null;
  lastGroup: Speaker | null = null;
  /** Parties of the whole committee, from «Komiteen, medlemmene fra …». */
  composition: string[] = [];
  committee: Speaker | null = null;

  newChapter(): void {
    this.majority = this.minority = this.lastGroup = null;
  }

  committeeSpeaker(): Speaker {
    return (this.committee ??= { kind: 'committee', parties: [...this.composition], label: 'Komiteen' });
  }

  opener(s: string): Opener | null {
    let m: RegExpExecArray | null;
    if ((m = COMMITTEE_DEF.exec(s))) {
      const list = parseMembers(s, m[0].length);
      if (list.parties.length === 0) return null;
      this.composition = list.parties;
      this.committee = { kind: 'committee', parties: list.parties, label: s.slice(0, list.end) };
      return { type: 'define', speaker: this.committee };
    }
    for (const [head, kind] of [
      [MAJORITY_HEAD, 'majority'],
      [MINORITY_HEAD, 'minority'],
    ] as const) {
      const h = head.exec(s);
      if (!h) continue;
      const after = s.slice(h[0].length);
      const def = DEFINITION.exec(after);
      if (def) {
        const list = parseMembers(s, h[0].length + def[0].length);
        if (list.parties.length === 0) {
          // «… medlemmene fra regjeringspartiene»: a group opens whose parties we cannot tell; later
          // back references must not find the one defined before it.
          this.forget(kind);
          return { type: 'define', speaker: null };
        }
        return { type: 'define', speaker: this.define(kind, list.parties, s.slice(0, list.end)) };
      }
      const except = EXCEPT.exec(after);
      if (except) {
        const list = parseMembers(s, h[0].length + except[0].length);
        // Who «all but» leaves is known only from the committee's list of members.
        const parties =
          list.parties.length > 0 && this.composition.length > 0
            ? this.composition.filter((p) => !list.parties.includes(p))
            : [];
        return { type: 'define', speaker: this.define(kind, parties, s.slice(0, list.end)) };
      }
      // «Et annet mindretall mener …» with no members named: a group opens, but which one is unknown.
      if (!BACK_MAJORITY.test(s) && !BACK_MINORITY.test(s)) {
        return NOT_A_GROUP.test(after) ? null : { type: 'refer', speaker: null };
      }
    }
    if ((m = PARTY_HEAD.exec(s))) {
      const list = parseMembers(s, m[0].length);
      if (list.parties.length === 0) {
        // «Komiteens medlemmer fra regjeringspartiene»: some group of the committee, unknown;
        // «Medlemmene fra KS …» is not the committee's at all.
        if (!/komiteen/i.test(m[0])) return null;
        this.lastGroup = null;
        return { type: 'refer', speaker: null };
      }
      const speaker: Speaker = { kind: 'party', parties: list.parties, label: s.slice(0, list.end) };
      this.lastGroup = speaker;
      return { type: 'define', speaker };
    }
    if ((m = BACK_MAJORITY.exec(s))) {
      if (NOT_A_GROUP.test(s.slice(m[0].length))) return null;
      return { type: 'refer', speaker: this.majority };
    }
    if ((m = BACK_MINORITY.exec(s))) {
      if (NOT_A_GROUP.test(s.slice(m[0].length))) return null;
      return { type: 'refer', speaker: this.minority };
    }
    if (BACK_MEMBERS.test(s)) return { type: 'refer', speaker: this.lastGroup };
    if (COMMITTEE.test(s)) return { type: 'refer', speaker: this.committeeSpeaker() };
    return null;
  }

  private forget(kind: 'majority' | 'minority'): void {
    if (kind === 'majority') this.majority = null;
    else this.minority = null;
    this.lastGroup = null;
  }

  private define(kind: 'majority' | 'minority', parties: string[], label: string): Speaker {
    const speaker: Speaker = { kind, parties, label };
    if (kind === 'majority') this.majority = speaker;
    else this.minority = speaker;
    this.lastGroup = speaker;
    return speaker;
  }

  /** «Forslag fra Høyre og Fremskrittspartiet:» (parties only, then a colon or nothing). */
  proposal(s: string): Speaker | null {
    const m = PROPOSAL_HEAD.exec(s);
    if (!m) return null;
    const list = parseMembers(s, m[0].length);
    if (list.parties.length === 0 || list.names) return null;
    const rest = s.slice(list.end).trim();
    if (rest !== '' && !rest.startsWith(':')) return null;
    return { kind: 'proposal', parties: list.parties, label: s.slice(0, list.end) };
  }
}

/** «Forslag 1», «Forslag nr. 2»: numbers a proposal; part of the group above it. */
const PROPOSAL_NUMBER = /^(?:Forslag|Framlegg)(?: nr\.)? \d+:?$/;
/** The signature line that ends an innstilling. */
const CLOSING = /^Oslo, i [^,]*komite/;
/** A footnote: a number, then its text. */
const FOOTNOTE = /^(?:\d{1,3} |[¹²³⁴⁵⁶⁷⁸⁹⁰]+ ?)\p{Lu}.*[.)]$/u;

/**
 * Whether the blocks read as an innstilling: the committee's remarks or the minority proposals have
 * their heading, a minority proposal is listed, or two groups open paragraphs with their parties.
 * One group alone is not enough: a proposition or a news page may retell one remark.
 */
export function looksLikeInnstilling(blocks: readonly string[]): boolean {
  const probe = new State();
  let groups = 0;
  for (const block of blocks) {
    const s = normalizeBlock(block);
    if (probe.proposal(s)) return true;
    const h = asHeading(s);
    if (h && (h.kind === 'remarks' || h.kind === 'proposals')) return true;
    const o = probe.opener(s);
    if (o?.type === 'define' && o.speaker && o.speaker.parties.length > 0 && ++groups >= 2) return true;
  }
  return false;
}

export interface AttributeOptions {
  /**
   * Whether the page is an innstilling. Callers that know (the URL of a Stortinget publication:
   * …/Innstillinger/… or …/Innstillingar/…) say so; left out, `looksLikeInnstilling` decides.
   * false: all null.
   */
  innstilling?: boolean;
}

/**
 * The speaker group of each block, in order: the same Speaker object for every paragraph of one group's
 * remark (and for back references to it), null where no group is certain. `blocks` are the page's
 * blocks in reading order (paragraphs, headings, list items), e.g. its extracted text split at blank
 * lines. All null when the blocks do not read as an innstilling.
 */
export function attributeSpeakers(blocks: readonly string[], options: AttributeOptions = {}): (Speaker | null)[] {
  const normalized = blocks.map(normalizeBlock);
  const out: (Speaker | null)[] = normalized.map(() => null);
  if (!(options.innstilling ?? looksLikeInnstilling(normalized))) return out;
  const st = new State();
  normalized.forEach((s, i) => {
    if (s === '') return;
    if (PROPOSAL_NUMBER.test(s)) {
      out[i] = st.current;
      return;
    }
    const proposal = st.mode === 'recommendation' ? null : st.proposal(s);
    if (proposal) {
      st.mode = 'proposals';
      out[i] = st.current = proposal;
      return;
    }
    if (CLOSING.test(s)) {
      st.mode = 'none';
      st.current = null;
      return;
    }
    const heading = asHeading(s);
    if (heading) {
      st.current = null;
      if (heading.chapter) st.newChapter();
      if (heading.kind === 'summary') {
        // «1. Bakgrunn» inside a letter is still the letter.
        if (!(st.mode === 'summary' && st.letter)) {
          st.mode = 'summary';
          st.summary = { kind: 'summary', parties: [], label: heading.title };
          st.letter = /^(?:brev|vedlegg)/i.test(heading.title);
        }
      } else if (heading.kind !== 'plain') {
        st.mode = heading.kind;
      } else if (heading.chapter && !(st.mode === 'summary' && st.letter)) {
        st.mode = 'none';
      }
      return;
    }
    if (FOOTNOTE.test(s)) return;
    if (st.mode === 'recommendation' || st.mode === 'procedure') return;
    const opener = st.opener(s);
    if (st.mode === 'summary') {
      // A summary retells others' words («Flertallet av høringsinstansene …», «Komiteen ba om …»):
      // only a group named with its members ends it.
      if (opener?.type !== 'define') {
        out[i] = st.summary;
        return;
      }
    }
    if (opener) {
      st.mode = 'remarks';
      st.current = opener.speaker;
    } else if (st.mode === 'proposals' && st.current?.kind !== 'proposal') {
      st.current = null;
    }
    out[i] = st.current;
  });
  return out;
}
