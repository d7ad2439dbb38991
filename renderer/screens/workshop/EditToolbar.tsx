import { AlertTriangle, Check, Loader2, Redo2, Undo2 } from 'lucide-react';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { reportMenuState } from '../../host/DesktopIntegration';
import { useCommandManager, useManagerState } from '../../commands/CommandManagerContext';
import { pendingText } from '../../commands/pendingText';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Undo, redo and whether everything is stored: always in view while editing a workshop. */
export function EditToolbar() {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const { saving: writing, failed, canUndo, canRedo } = useManagerState();
  // Typed text waiting for the typing delay is not saved yet either: a crash now would lose it from the database.
  const typing = useSyncExternalStore(pendingText.subscribe, pendingText.isPending);
  const saving = writing || typing;
  const modifier = isMac ? '⌘' : 'Ctrl+';
  // The native menu's Ongedaan maken / Opnieuw follow these buttons.
  useEffect(() => reportMenuState({ canUndo, canRedo }), [canUndo, canRedo]);
  useEffect(() => () => reportMenuState({ canUndo: false, canRedo: false }), []);
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
      <button
        type="button"
        className="icon-button"
        disabled={!canUndo}
        aria-label={t('edit.undo')}
        title={`${t('edit.undo')} (${modifier}Z)`}
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
        onClick={() => void manager.run('undo')}
      >
        <Undo2 aria-hidden size={20} />
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!canRedo}
        aria-label={t('edit.redo')}
        title={`${t('edit.redo')} (${modifier}${isMac ? '⇧Z' : 'Shift+Z'})`}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
        onClick={() => void manager.run('redo')}
      >
        <Redo2 aria-hidden size={20} />
      </button>
    </div>
  );
}
