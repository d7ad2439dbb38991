import type { BackupWriteResult, HostBackups } from '../../shared/host';
import type { WorkshopData } from '../../shared/model/workshopData';
import type { BackupLog, BackupMark } from '../data/settingsRepository';
import { workshopsDueForBackup, type BackupOccasion, type WorkshopStamp } from './backupSchedule';

export type BackupFailureReason = Extract<BackupWriteResult, { status: 'failed' }>['reason'];

export interface BackupRunReport {
  /** Ids of the workshops backed up. */
  written: string[];
  failed: { workshopId: string; title: string; reason: BackupFailureReason }[];
}

export interface BackupRunnerDeps {
  backups: Pick<HostBackups, 'write'>;
  appVersion(): Promise<string>;
  /** Every workshop of the library, with its last-edited stamp. */
  stamps(): Promise<WorkshopStamp[]>;
  load(workshopId: string): Promise<WorkshopData | undefined>;
  log: { backupLog(): Promise<BackupLog>; recordBackups(marks: BackupLog, existing: ReadonlySet<string>): Promise<void> };
  now?: () => Date;
}

/**
 * Writes the workshops that are due (see `workshopsDueForBackup`) as workshop files to the host's
 * backups, one at a time, and logs each as soon as it is written. Runs never overlap: a close that
 * comes during an hourly run waits for it and then writes whatever is still due.
 */
export function createBackupRunner({ backups, appVersion, stamps, load, log, now = () => new Date() }: BackupRunnerDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  // A failed write counts as a backup for the hourly rhythm (so a full disk is reported once an hour,
  // not every minute) but never as one for closing: the workshop stays changed until a write succeeds.
  const failedAttempts = new Map<string, BackupMark>();

  async function runOnce(occasion: BackupOccasion): Promise<BackupRunReport> {
    const report: BackupRunReport = { written: [], failed: [] };
    const [library, logged] = await Promise.all([stamps(), log.backupLog()]);
    const effective = occasion === 'hourly' ? { ...logged, ...Object.fromEntries(failedAttempts) } : logged;
    const due = workshopsDueForBackup(library, effective, now(), occasion);
    if (due.length === 0) return report;
    const existing = new Set(library.map((workshop) => workshop.id));
    const [{ serializeWorkshopFile, toWorkshopFile }, version] = await Promise.all([
      import('../../shared/file/workshopFile'),
      appVersion(),
    ]);
    for (const workshopId of due) {
      const data = await load(workshopId);
      if (!data) continue;
      const at = now().toISOString();
      const { title, updatedAt } = data.workshop;
      const bytes = new TextEncoder().encode(serializeWorkshopFile(toWorkshopFile(data, { name: 'actieplaat', version }, at)));
      const result = await backups
        .write({ workshopId, title: title.slice(0, 200), bytes })
        .catch((): BackupWriteResult => ({ status: 'failed', reason: 'unknown' }));
      if (result.status === 'saved') {
        failedAttempts.delete(workshopId);
        await log.recordBackups({ [workshopId]: { backedUpAt: at, updatedAt } }, existing);
        report.written.push(workshopId);
      } else {
        failedAttempts.set(workshopId, { backedUpAt: at, updatedAt: '' });
        report.failed.push({ workshopId, title, reason: result.reason });
      }
    }
    return report;
  }

  return {
    run(occasion: BackupOccasion): Promise<BackupRunReport> {
      const run = queue.then(() => runOnce(occasion));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
