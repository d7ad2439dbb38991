import { AlertTriangle, RefreshCw } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandManager, useManagerState } from '../../commands/CommandManagerContext';
import { useToast } from '../../components/Toasts';

/**
 * While the storage refuses edits: what happened, that the edits wait (and stay on screen), what to do,
 * and "Opnieuw proberen". The manager retries by itself meanwhile; once everything is stored the
 * message goes and a toast says so.
 */
export function StorageFaultAlert() {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const toast = useToast();
  const { fault, unsaved } = useManagerState();
  const hadFault = useRef(false);

  useEffect(() => {
    if (fault) hadFault.current = true;
    else if (hadFault.current && unsaved === 0) {
      hadFault.current = false;
      toast({ message: t('storage.fault.recovered') });
    }
  }, [fault, unsaved, t, toast]);

  if (!fault) return null;
  return (
    <section className="storage-fault" role="alert" aria-labelledby="storage-fault-title">
      <AlertTriangle aria-hidden size={22} className="storage-fault-icon" />
      <div className="storage-fault-text">
        <h2 id="storage-fault-title">{t(`storage.fault.${fault}.title`)}</h2>
        <p>{t(`storage.fault.${fault}.body`)}</p>
        <p>
          {t('storage.fault.waiting', { count: unsaved })} {t('storage.fault.retrying')}
        </p>
        <button type="button" className="button button-primary button-compact" onClick={() => manager.retryNow()}>
          <RefreshCw aria-hidden size={16} />
          {t('storage.fault.retry')}
        </button>
      </div>
    </section>
  );
}
