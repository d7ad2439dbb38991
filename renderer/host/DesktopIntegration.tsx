import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { MenuState } from '../../shared/host';
import { useToast } from '../components/Toasts';
import { useImport } from '../file/ImportProvider';
import { useLanguage } from '../i18n/useLanguage';
import { setRoomDialogOpen } from '../room/roomDialogStore';
import { useHost } from './HostContext';

let reported: MenuState = { language: 'nl', workshopOpen: false, canUndo: false, canRedo: false };
let pending = false;
let send: ((state: MenuState) => void) | undefined;

/** Merges what a part of the app knows into the native menu's state; sent once per task. */
export function reportMenuState(patch: Partial<MenuState>): void {
  const next = { ...reported, ...patch };
  if (JSON.stringify(next) === JSON.stringify(reported)) return;
  reported = next;
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    send?.(reported);
  });
}

/**
 * What the desktop shell asks of the page, and what it tells it: the menu's language and enabled
 * items, its commands that are not edits (new workshop, presentation, projector), files opened from
 * outside, and the notice after the window came back from a crash. In the browser all of it is quiet.
 */
export function DesktopIntegration() {
  const { t } = useTranslation();
  const host = useHost();
  const toast = useToast();
  const navigate = useNavigate();
  const [language] = useLanguage();
  const { importFile } = useImport();
  const workshopId = useMatch('/workshop/:workshopId/*')?.params.workshopId;

  useEffect(() => {
    send = (state) => host.setMenuState(state);
    send(reported);
    return () => {
      send = undefined;
    };
  }, [host]);

  useEffect(() => reportMenuState({ language, workshopOpen: workshopId !== undefined }), [language, workshopId]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        const id = workshopId;
        if (command === 'workshop.new') navigate('/', { state: { create: true } });
        if (command === 'view.presentation' && id) navigate(`/present/${id}`);
        if (command === 'view.projector' && id) void host.openProjectorWindow({ route: `/present/${id}` });
        if (command === 'room.open' && id) setRoomDialogOpen(true);
      }),
    [host, navigate, workshopId],
  );

  useEffect(() => host.onFileOpened((file) => void importFile(file)), [host, importFile]);
  useEffect(() => host.onRecovered(() => toast({ message: t('menu.recovered') })), [host, t, toast]);

  return null;
}
