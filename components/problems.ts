import type { UserDataProblem, UserDataProblemCode } from '@/lib/userdata/format';
import { t, type MessageKey } from './i18n';

const KEYS: Record<UserDataProblemCode, MessageKey> = {
  notJson: 'problemNotJson',
  tooLarge: 'problemTooLarge',
  notObject: 'problemNotObject',
  foreign: 'problemForeign',
  newerVersion: 'problemNewerVersion',
  badVersion: 'problemBadVersion',
  missingField: 'problemMissingField',
  badSettings: 'problemBadSettings',
  badTerm: 'problemBadTerm',
  badPositionId: 'problemBadPositionId',
  badNote: 'problemBadNote',
  duplicateNote: 'problemDuplicateNote',
  duplicateTerm: 'problemDuplicateTerm',
  tooMany: 'problemTooMany',
  unknownField: 'problemUnknownField',
  badSite: 'problemBadSite',
  permission: 'problemPermission',
  quota: 'problemQuota',
  store: 'problemStore',
};

/**
 * A problem from the background (import, own terms, notes, sites) in the user's language. For a
 * file, where in it ("notes[3].text") is added, so the user can find the entry.
 */
export function problemText(problem: UserDataProblem, inFile = false): string {
  let text = t(KEYS[problem.code] ?? 'problemStore', problem.detail ?? '');
  if (inFile && problem.where) text += ` ${t('problemWhere', problem.where)}`;
  return text.replace(/\s+/g, ' ').replace(/«»/g, '').trim();
}
