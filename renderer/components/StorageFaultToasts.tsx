import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { storageFaultOf } from '../data/storageFaults';
import { useToast } from './Toasts';

/**
 * Writes outside a workshop's edits (creating, renaming, duplicating or deleting a workshop, an import)
 * that the storage refuses would fail without a word: this says why. The dialog that asked stays open
 * with what was entered, so trying again is one click. A workshop's edits have their own message and
 * retry (`StorageFaultAlert`).
 */
export function StorageFaultToasts() {
  const { t } = useTranslation();
  const toast = useToast();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const fault = storageFaultOf(event.reason);
      if (fault) toast({ message: t('storage.fault.notDone', { problem: t(`storage.fault.${fault}.title`) }) });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [t, toast]);
  return null;
}
