import type { BackupInfo } from '../../shared/host';
import { phrasedTitle } from '../../shared/model/vocabulary';

/** A workshop's backups, newest first, under the workshop's latest title. */
export interface BackupGroup {
  workshopId: string;
  title: string;
  backups: BackupInfo[];
}

/** Backups by workshop: the workshop with the newest backup first, each workshop's backups newest first. */
export function groupBackups(backups: readonly BackupInfo[]): BackupGroup[] {
  const groups = new Map<string, BackupGroup>();
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const backup of newestFirst) {
    const group = groups.get(backup.workshopId);
    if (group) group.backups.push(backup);
    else groups.set(backup.workshopId, { workshopId: backup.workshopId, title: backup.title, backups: [backup] });
  }
  return [...groups.values()];
}

/**
 * The title of a workshop restored from a backup ("Zorg en techniek (reservekopie 22 nov 2026, 15:03)"),
 * the original title shortened where needed so that the whole stays within a workshop title's limit.
 */
export const restoredTitle = phrasedTitle;
