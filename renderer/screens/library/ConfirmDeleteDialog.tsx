import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/model/workshop';

interface Props {
  workshop: Workshop;
  onClose(): void;
  onConfirm(): void;
}

/** Deleting a workshop asks first; the cancel button has the focus, so Enter never deletes by accident. */
export function ConfirmDeleteDialog({ workshop, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{t('library.confirmDelete.title')}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {t('library.confirmDelete.body', { title: workshop.title })}
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel className="button button-secondary">{t('common.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action className="button button-danger" onClick={onConfirm}>
              {t('library.confirmDelete.confirm')}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
