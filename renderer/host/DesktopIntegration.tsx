import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { MENU_COMMANDS } from '../../shared/commands/registry';
import type { MenuState } from '../../shared/host';
import { commandDispatcher } from '../commands/dispatcher';
import { useCommand } from '../commands/useCommand';
import { useToast } from '../components/Toasts';
import { useImport } from '../file/ImportProvider';
import { useLanguage } from '../i18n/useLanguage';
import { setRoomDialogOpen } from '../room/roomDialogStore';
import { useHost } from './HostContext';

/** The native menu's state: the language, and which of its commands this window's dispatcher can run now. */
function menuState(language: MenuState['language']): MenuState {
  return { language, enabled: Object.fromEntries(MENU_COMMANDS.map((id) => [id, commandDispatcher.isEnabled(id)])) };
}

/**
 * What the desktop shell asks of the page, and what it tells it: the menu's language and enabled
 * items, its commands (through the command dispatcher, which also offers here those that are not edits,
 * exports or the import: new workshop, presentation, projector, room), files opened from outside, and the
 * notice after the window came back from a crash. In the browser the host ignores the menu.
 */
export function DesktopIntegration() {
  const { t } = useTranslation();
  const host = useHost();
  const toast = useToast();
  const navigate = useNavigate();
  const [language] = useLanguage();
  const { importFile } = useImport();
  const workshopId = useMatch('/workshop/:workshopId/*')?.params.workshopId;

  // The menu follows what the dispatcher can run, once per change of it; its commands go to the dispatcher.
  const version = useSyncExternalStore(commandDispatcher.subscribe, commandDispatcher.getVersion);
  const sent = useRef('');
  useEffect(() => {
    const state = menuState(language);
    if (JSON.stringify(state) === sent.current) return;
    sent.current = JSON.stringify(state);
    host.setMenuState(state);
  }, [host, language, version]);
  useEffect(() => host.onMenuCommand((command) => void commandDispatcher.dispatch(command)), [host]);

  // The commands of the desktop menu that are not edits, exports or the import.
  useCommand('workshop.new', () => navigate('/', { state: { create: true } }));
  useCommand('view.presentation', () => navigate(`/present/${workshopId}`), workshopId !== undefined);
  useCommand('view.projector', () => host.openProjectorWindow({ route: `/present/${workshopId}` }), workshopId !== undefined);
  useCommand('room.open', () => setRoomDialogOpen(true), workshopId !== undefined);

  useEffect(() => host.onFileOpened((file) => void importFile(file)), [host, importFile]);
  useEffect(() => host.onRecovered(() => toast({ message: t('menu.recovered') })), [host, t, toast]);

  return null;
}
