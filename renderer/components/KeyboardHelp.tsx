import { Fragment, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandScope } from '../../shared/commands/registry';
import { keyboardHelp } from '../commands/keyboardHelp';
import { dispatchCommand, useCommand, useCommandView } from '../commands/useCommand';
import { lazyWhenIdle } from './lazyWhenIdle';
import { commandDispatcher } from '../commands/dispatcher';

const KeyboardHelpDialog = lazyWhenIdle(() => import('./KeyboardHelpDialog').then(({ KeyboardHelpDialog }) => KeyboardHelpDialog));

/** One line of the keys of a scope, from the registry: the projector's reminder at the bottom of the plate. */
export function KeyHints({ scope, digits, className }: { scope: CommandScope; digits?: number; className?: string }) {
  const { t } = useTranslation();
  const rows = keyboardHelp(commandDispatcher.mac, digits).find((group) => group.scope === scope)?.rows ?? [];
  return (
    <p className={className} aria-hidden>
      {rows.map((row, index) => (
        <Fragment key={row.id}>
          {index > 0 && ' · '}
          <span className="key-hint">
            <kbd>{row.keys[0]}</kbd> {t(`commands.${row.label}`)}
          </span>
        </Fragment>
      ))}
    </p>
  );
}

/** "?" (and the footer's button) opens the keyboard help. */
export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  useCommand('help.shortcuts', () => setOpen(true));
  return <Suspense fallback={null}>{open && <KeyboardHelpDialog onClose={() => setOpen(false)} />}</Suspense>;
}

/** The footer's way to the keyboard help, for those who do not know the "?". */
export function KeyboardHelpButton() {
  const view = useCommandView('help.shortcuts');
  return (
    <button
      type="button"
      className="button button-subtle button-compact"
      aria-keyshortcuts={view.ariaKeyShortcuts}
      onClick={() => dispatchCommand('help.shortcuts')}
    >
      {view.label} <kbd>{view.shortcut}</kbd>
    </button>
  );
}
