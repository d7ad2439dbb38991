import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BACKUPS_PER_WORKSHOP, MAX_TOTAL_BACKUP_BYTES } from '../../shared/backups';
import type { BackupInfo, HostBackups } from '../../shared/host';
import { FormDialog } from '../components/FormDialog';
import { useToast } from '../components/Toasts';
import { workshopRepository } from '../data';
import { describeImportProblem, type ImportMessage } from '../file/importMessages';
import { useHost } from '../host/HostContext';
import { formatBytes, formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/useLanguage';
import { groupBackups, restoredTitle } from './backupList';
import { ImportRefusal } from '../file/ImportRefusal';
import { dispatchCommand, useCommand } from '../commands/useCommand';

interface Props {
  backups: HostBackups;
  onClose(): void;
}

type Listing = { kind: 'loading' } | { kind: 'loaded'; backups: BackupInfo[] } | { kind: 'failed'; message: string };

/** The backups of every workshop, newest first; restoring one adds it to the library as a new workshop. */
export function BackupsDialog({ backups, onClose }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const toast = useToast();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [refusal, setRefusal] = useState<{ date: string; message: ImportMessage }>();
  const [restoring, setRestoring] = useState<string>();
  const headingId = useId();
  // Where the desktop keeps its data, so that people can find the backups themselves too.
  const [dataDirectory, setDataDirectory] = useState<string>();
  const host = useHost();

  useEffect(() => {
    let current = true;
    void host.appInfo().then((info) => current && setDataDirectory(info.dataDirectory));
    return () => {
      current = false;
    };
  }, [host]);

  useEffect(() => {
    let current = true;
    backups.list().then(
      (list) => current && setListing({ kind: 'loaded', backups: list }),
      (error: unknown) => current && setListing({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [backups]);

  const restore = async (backup: BackupInfo) => {
    const date = formatDateTime(backup.createdAt, language);
    setRestoring(backup.id);
    setRefusal(undefined);
    try {
      const file = await backups.read({ workshopId: backup.workshopId, id: backup.id });
      if (!file) {
        setRefusal({ date, message: { summary: t('backups.notFound'), details: [] } });
        return;
      }
      const { readWorkshopFile } = await import('../../shared/file/readWorkshopFile');
      const result = readWorkshopFile(file.bytes);
      if (!result.ok) {
        setRefusal({ date, message: describeImportProblem(result.problem, t, (size) => formatBytes(size, language)) });
        return;
      }
      const title = restoredTitle(result.data.workshop.title, (shown) => t('backups.restoredTitle', { title: shown, date }));
      const outcome = await workshopRepository.import(result.data, { kind: 'copy', title });
      if (outcome.status !== 'imported') return;
      onClose();
      navigate(`/workshop/${outcome.workshop.id}`);
      toast({ message: t('backups.restored', { title: outcome.workshop.title }) });
    } catch (error) {
      toast({ message: t('backups.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setRestoring(undefined);
    }
  };
  useCommand('backups.restore', (payload) => restore(payload as BackupInfo), restoring === undefined);

  return (
    <FormDialog
      open
      wide
      onOpenChange={(open) => !open && onClose()}
      title={t('backups.title')}
      description={t('backups.description', { keep: BACKUPS_PER_WORKSHOP, total: formatBytes(MAX_TOTAL_BACKUP_BYTES, language) })}
    >
      <p className="backups-note">{t('backups.restoreExplained')}</p>
      {dataDirectory && <p className="backups-note muted">{t('backups.folder', { folder: dataDirectory })}</p>}

      {refusal && (
        <ImportRefusal
          className="backups-refusal"
          message={refusal.message}
          unchanged={t('backups.refused.unchanged')}
          heading={<p className="backups-refusal-title">{t('backups.refused.title', { date: refusal.date })}</p>}
        />
      )}

      {listing.kind === 'loading' && (
        <p className="backups-status" role="status">
          {t('backups.loading')}
        </p>
      )}
      {listing.kind === 'failed' && (
        <p className="backups-status" role="alert">
          {t('backups.listFailed', { message: listing.message })}
        </p>
      )}
      {listing.kind === 'loaded' && listing.backups.length === 0 && <p className="backups-status">{t('backups.empty')}</p>}
      {listing.kind === 'loaded' && listing.backups.length > 0 && (
        <div className="backups-groups">
          {groupBackups(listing.backups).map((group, index) => (
            <section key={group.workshopId} className="backups-group" aria-labelledby={`${headingId}-${index}`}>
              <h3 id={`${headingId}-${index}`} className="backups-group-title">
                {group.title}
                <span className="backups-group-count">{t('backups.count', { count: group.backups.length })}</span>
              </h3>
              <ul className="backups-list">
                {group.backups.map((backup) => {
                  const date = formatDateTime(backup.createdAt, language);
                  return (
                    <li key={backup.id} className="backups-item">
                      <time dateTime={backup.createdAt} className="backups-date">
                        {date}
                      </time>
                      <span className="backups-size">{formatBytes(backup.size, language)}</span>
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('backups.restoreLabel', { title: group.title, date })}
                        disabled={restoring !== undefined}
                        onClick={() => dispatchCommand('backups.restore', backup)}
                      >
                        {restoring === backup.id ? t('backups.restoring') : t('backups.restore')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}

      <div className="dialog-actions">
        <Dialog.Close className="button button-primary" type="button">
          {t('common.close')}
        </Dialog.Close>
      </div>
    </FormDialog>
  );
}
