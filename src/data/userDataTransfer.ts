/** Backup export, import and undo, in one chunk that 我的 loads when one of its buttons needs it. */
export { makeUserDataFile, parseUserDataFile } from './userDataFile'
export { hasUndoableImport, importUserData, undoLastImport } from './userDataImport'
