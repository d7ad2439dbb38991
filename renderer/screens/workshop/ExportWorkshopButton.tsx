import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionManager } from '../../actions/ActionManagerContext';
import { useToast } from '../../components/Toasts';
import { flushPendingText } from '../../components/useCommittedText';
import { workshopRepository } from '../../data';
import { useHost } from '../../host/HostContext';
import { useOpenWorkshop } from './WorkshopContext';

/** Saves the whole workshop as an `.actieplaat` file: for another laptop, a backup, or other tools. */
export function ExportWorkshopButton() {
  const { t } = useTranslation();
  const host = useHost();
  const toast = useToast();
  const manager = useActionManager();
  const { workshop } = useOpenWorkshop();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      flushPendingText();
      await manager.settled();
      const [file, data, info] = await Promise.all([
        import('../../../shared/file/workshopFile'),
        workshopRepository.load(workshop.id),
        host.appInfo(),
      ]);
      if (!data) return;
      const text = file.serializeWorkshopFile(
        file.toWorkshopFile(data, { name: 'actieplaat', version: info.version }, new Date().toISOString()),
      );
      const result = await host.saveFile({
        suggestedName: file.workshopFileName(t('exportFile.prefix'), workshop.title, workshop.date),
        mimeType: file.WORKSHOP_FILE_MIME,
        filter: { name: t('exportFile.filter'), extensions: [file.WORKSHOP_FILE_EXTENSION] },
        bytes: new TextEncoder().encode(text),
      });
      if (result.status === 'saved') toast({ message: t('exportFile.saved', { name: result.fileName }) });
      if (result.status === 'failed') toast({ message: t(`exportFile.failed.${result.reason}`) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="button button-secondary button-compact"
      disabled={busy}
      onClick={() => void save()}
      title={t('exportFile.hint')}
    >
      <Download aria-hidden size={18} />
      <span className="button-label">{t('exportFile.button')}</span>
    </button>
  );
}
