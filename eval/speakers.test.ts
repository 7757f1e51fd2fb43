/** The speaker-group attribution meets the gate (accuracy on attributed blocks, coverage of labelled ones). */
import { describe, expect, it } from 'vitest';
import type { SpeakerKind } from '../lib/speakers/types';
import { loadSpeakerDocs, type SpeakerDoc } from './speaker-set';
import { evaluateSpeakers, formatSpeakerReport, sameSpeaker, SPEAKER_THRESHOLDS, speakersPass } from './speakers';

describe('the speaker-group evaluation', () => {
  const docs: SpeakerDoc[] = loadSpeakerDocs();

  it(`attributes with accuracy ≥ ${SPEAKER_THRESHOLDS.accuracy} and coverage ≥ ${SPEAKER_THRESHOLDS.coverage}`, () => {
    const result = evaluateSpeakers(docs);
    const report = formatSpeakerReport(result);
    expect(result.overall.accuracy, report).toBeGreaterThanOrEqual(SPEAKER_THRESHOLDS.accuracy);
    expect(result.overall.coverage, report).toBeGreaterThanOrEqual(SPEAKER_THRESHOLDS.coverage);
  });

  it('compares kinds, and parties only for kinds that name them', () => {
    const got = (kind: SpeakerKind, parties: string[]) => ({ kind, parties, label: '' });
    expect(sameSpeaker(got('committee', ['H']), { kind: 'committee', parties: [] })).toBe(true);
    expect(sameSpeaker(got('party', ['H', 'A']), { kind: 'party', parties: ['A', 'H'] })).toBe(true);
    expect(sameSpeaker(got('party', ['H']), { kind: 'party', parties: ['A'] })).toBe(false);
    expect(sameSpeaker(got('majority', ['H']), { kind: 'party', parties: ['H'] })).toBe(false);
  });

  it('counts a group on an unlabelled block as wrong and a labelled block without one as missed', () => {
    // One document of the set with two labels changed: its figures must move from all right to one of each error.
    const doc = docs.find((d) => d.blocks.some((b) => b.expect === null) && d.blocks.some((b) => b.expect))!;
    expect(evaluateSpeakers([doc]).errors).toEqual([]);
    const labelled = doc.blocks.findIndex((b) => b.expect !== null);
    const unlabelled = doc.blocks.findIndex((b) => b.expect === null);
    const changed: SpeakerDoc = {
      ...doc,
      blocks: doc.blocks.map((b, i) =>
        i === labelled ? { ...b, expect: null } : i === unlabelled ? { ...b, expect: { kind: 'committee', parties: [] } } : b,
      ),
    };
    const before = evaluateSpeakers([doc]).overall;
    const result = evaluateSpeakers([changed]);
    expect(result.errors.map((e) => [e.block - 1, e.type]).sort()).toEqual(
      [
        [labelled, 'wrong'],
        [unlabelled, 'missed'],
      ].sort(),
    );
    expect(result.overall.correct).toBe(before.correct - 1);
    expect(result.overall.labelled).toBe(before.labelled);
    const report = formatSpeakerReport(result);
    expect(report).toContain('Errors (2):');
    expect(result.overall.accuracy).toBeLessThan(1);
    expect(speakersPass(evaluateSpeakers([doc]))).toBe(true);
  });
});
