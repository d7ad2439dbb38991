import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { keyboardHelp } from '../commands/keyboardHelp';
import { commandDispatcher } from '../commands/dispatcher';

/** Every key of the app, from the command registry, grouped by where it acts. */
export function KeyboardHelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog keyboard-help" aria-describedby={undefined}>
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{t('commands.keyboardHelp')}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t('common.close')}>
              <X aria-hidden size={20} />
            </Dialog.Close>
          </div>
          {keyboardHelp(commandDispatcher.mac).map((group) => (
            <section key={group.scope} className="keyboard-help-group" aria-labelledby={`keys-${group.scope}`}>
              <h3 id={`keys-${group.scope}`}>{t(`keyboardHelp.${group.scope}`)}</h3>
              <dl>
                {group.rows.map((row) => (
                  <div key={row.id} className="keyboard-help-row" data-command={row.id}>
                    <dt>{t(`commands.${row.label}`)}</dt>
                    <dd>
                      {row.keys.map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
