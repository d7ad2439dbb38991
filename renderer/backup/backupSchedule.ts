import type { BackupLog } from '../data/settingsRepository';

/** A workshop is backed up at most once an hour while it is being edited (and once more on close). */
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;
/** How often the app looks whether a workshop is due; cheap: one read of the workshop list. */
export const BACKUP_CHECK_MS = 60 * 1000;

/** Hourly while the app runs; on close, whatever changed since its last backup, however recent. */
export type BackupOccasion = 'hourly' | 'close';

export interface WorkshopStamp {
  id: string;
  /** Every edit of a workshop bumps it. */
  updatedAt: string;
}

/**
 * The workshops to back up now: each one changed since its last backup (its `updatedAt` is not the
 * one that backup holds; a workshop never backed up counts as changed), and, hourly, only when its
 * last backup is an hour old or more. A last backup "in the future" (the clock was set back) is due.
 */
export function workshopsDueForBackup(workshops: readonly WorkshopStamp[], log: BackupLog, now: Date, occasion: BackupOccasion): string[] {
  return workshops
    .filter((workshop) => {
      const mark = Object.hasOwn(log, workshop.id) ? log[workshop.id] : undefined;
      if (!mark) return true;
      if (mark.updatedAt === workshop.updatedAt) return false;
      if (occasion === 'close') return true;
      const elapsed = now.getTime() - Date.parse(mark.backedUpAt);
      return !(elapsed >= 0 && elapsed < BACKUP_INTERVAL_MS);
    })
    .map((workshop) => workshop.id);
}
