// Free of the validation library: the renderer's start-up code and main both read these.

/** How many backups each workshop keeps; writing one more deletes the oldest. */
export const BACKUPS_PER_WORKSHOP = 10;
/** As large as an importable workshop file (`MAX_IMPORT_BYTES`): every backup can be restored. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;
/**
 * All workshops' backups together take at most this much; writing one more deletes the oldest backups
 * first, the last one of each workshop only when that is not enough (never the one just written).
 */
export const MAX_TOTAL_BACKUP_BYTES = 1024 * 1024 * 1024;
/** A backup's id: the moment it was written, in UTC, spelled so that every file system takes it (`2026-11-22T14-03-00-000Z`). */
export const BACKUP_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;
