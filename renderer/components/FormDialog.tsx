import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: string;
  wide?: boolean;
  /** Where the focus goes when the dialog closes; without it, to the element that opened it through a `Dialog.Trigger`. */
  onCloseAutoFocus?(event: Event): void;
  children: ReactNode;
}

/** A modal dialog with a title, an optional description and a close button; Radix keeps focus inside. */
export function FormDialog({ open, onOpenChange, title, description, wide = false, onCloseAutoFocus, children }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={wide ? 'dialog dialog-wide' : 'dialog'}
          onCloseAutoFocus={onCloseAutoFocus}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t('common.close')}>
              <X aria-hidden size={20} />
            </Dialog.Close>
          </div>
          {description && <Dialog.Description className="dialog-description">{description}</Dialog.Description>}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Cancel (closes without doing anything) and the form's submit button, at the foot of a dialog. */
export function DialogButtons({ submitLabel, busy = false }: { submitLabel: string; busy?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <Dialog.Close className="button button-secondary" type="button">
        {t('common.cancel')}
      </Dialog.Close>
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
