import { AlertTriangle, Check, Loader2, Redo2, Undo2 } from 'lucide-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../../components/CommandButton';
import { useManagerState } from '../../commands/CommandManagerContext';
import { pendingText } from '../../commands/pendingText';

/** Undo, redo and whether everything is stored: always in view while editing a workshop. */
export function EditToolbar() {
  const { t } = useTranslation();
  const { saving: writing, failed } = useManagerState();
  // Typed text waiting for the typing delay is not saved yet either: a crash now would lose it from the database.
  const typing = useSyncExternalStore(pendingText.subscribe, pendingText.isPending);
  const saving = writing || typing;
  return (
    <div className="edit-toolbar" role="toolbar" aria-label={t('edit.toolbar')}>
      <p className={`save-status${failed ? ' save-status-failed' : ''}`} role="status" aria-live="polite">
        {failed ? (
          <AlertTriangle aria-hidden size={16} />
        ) : saving ? (
          <Loader2 aria-hidden size={16} className="spin" />
        ) : (
          <Check aria-hidden size={16} />
        )}
        {failed ? t('saving.failed') : saving ? t('saving.saving') : t('saving.saved')}
      </p>
      <CommandButton id="edit.undo" icon={<Undo2 aria-hidden size={20} />} />
      <CommandButton id="edit.redo" icon={<Redo2 aria-hidden size={20} />} />
    </div>
  );
}
