import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../components/Toasts';
import { flushPendingText } from '../components/useCommittedText';
import { settingsRepository, workshopRepository } from '../data';
import { useHost } from '../host/HostContext';
import { BACKUP_CHECK_MS } from './backupSchedule';
import { createBackupRunner, type BackupRunReport } from './backupRunner';

/**
 * On the desktop: backs up each changed workshop at most once an hour while the app runs, and once
 * more when the window closes (main waits for it). Renders nothing; the browser edition has no backups.
 */
export function BackupScheduler() {
  const host = useHost();
  const { t } = useTranslation();
  const toast = useToast();
  // The latest words and toast, without restarting the schedule when the language changes.
  const reportFailures = useRef<(report: BackupRunReport) => void>(() => undefined);
  useEffect(() => {
    reportFailures.current = (report) => {
      for (const failure of report.failed) toast({ message: t(`backups.writeFailed.${failure.reason}`, { title: failure.title }) });
    };
  }, [t, toast]);

  useEffect(() => {
    const backups = host.backups;
    if (!backups) return;
    const runner = createBackupRunner({
      backups,
      appVersion: async () => (await host.appInfo()).version,
      stamps: () => workshopRepository.editStamps(),
      load: (workshopId) => workshopRepository.load(workshopId),
      log: settingsRepository,
    });
    const timer = setInterval(() => {
      void runner
        .run('hourly')
        .then((report) => reportFailures.current(report))
        .catch(() => undefined);
    }, BACKUP_CHECK_MS);
    const stopWaitingForClose = host.onBeforeClose?.(async () => {
      // Text still being typed goes into the database first, so that the last backup holds it.
      flushPendingText();
      await runner.run('close');
    });
    return () => {
      clearInterval(timer);
      stopWaitingForClose?.();
    };
  }, [host]);

  return null;
}
