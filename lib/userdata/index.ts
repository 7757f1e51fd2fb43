/** lib/userdata: the user's settings, own terms and notes — store access, JSON export and strict import. */
export * from './format';
export { checkNoteText, checkPositionId, checkTerm, parseUserDataFile, parseUserDataText } from './validate';
export { rowsToSettings, settingsToRows, SETTING_KEYS } from './settings-rows';
export {
  addOwnTerm,
  exportUserData,
  listOwnTerms,
  problemOf,
  readNotes,
  readOwnTermRows,
  readSettings,
  readUserData,
  removeOwnTerm,
  replaceUserData,
  updateSettings,
  writeNote,
  type OwnTermEntry,
} from './store';
