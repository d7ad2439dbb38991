import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuState } from '../../shared/host';
import { mainText, type MenuText } from './mainTexts';

export interface MenuActions {
  /** Hands a command to the focused window's renderer, which performs it as its own action. */
  send(command: MenuCommand): void;
  about(): void;
  openDataFolder(): void;
}

/** Before the renderer has said anything: Dutch, no workshop open, nothing to undo. */
export const initialMenuState: MenuState = { language: 'nl', workshopOpen: false, canUndo: false, canRedo: false };

/**
 * The native menu in the app's language (Bestand, Bewerken, Beeld, Help). Items that act on the
 * workshop dispatch the renderer's actions over IPC and are enabled as the renderer reports; cut,
 * copy, paste, full screen and zoom are Electron's own roles. Pure: built again on every state change.
 */
export function buildMenuTemplate(state: MenuState, actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const text = (key: MenuText) => mainText(state.language, key);
  const command = (id: MenuCommand, label: MenuText, options: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    id,
    label: text(label),
    click: () => actions.send(id),
    ...options,
  });
  const inWorkshop = { enabled: state.workshopOpen };
  const mac = platform === 'darwin';

  return [
    ...(mac
      ? [
          {
            label: 'Actieplaat',
            submenu: [
              { label: text('about'), click: actions.about },
              { type: 'separator' as const },
              { role: 'quit' as const, label: text('quit') },
            ],
          },
        ]
      : []),
    {
      label: text('file'),
      submenu: [
        command('workshop.new', 'newWorkshop', { accelerator: 'CmdOrCtrl+N' }),
        command('workshop.import', 'import', { accelerator: 'CmdOrCtrl+O' }),
        { type: 'separator' },
        command('export.pdf', 'exportPdf', { ...inWorkshop, accelerator: 'CmdOrCtrl+P' }),
        command('export.workshopFile', 'exportWorkshopFile', { ...inWorkshop, accelerator: 'CmdOrCtrl+S' }),
        command('export.csv', 'exportCsv', inWorkshop),
        command('export.xlsx', 'exportXlsx', inWorkshop),
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: text('quit') }]),
      ],
    },
    {
      label: text('edit'),
      submenu: [
        // Undo and redo are the app's own (every edit of the workshop), not the text field's.
        command('edit.undo', 'undo', { enabled: state.canUndo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false }),
        command('edit.redo', 'redo', { enabled: state.canRedo, accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', registerAccelerator: false }),
        { type: 'separator' },
        { role: 'cut', label: text('cut') },
        { role: 'copy', label: text('copy') },
        { role: 'paste', label: text('paste') },
        { role: 'selectAll', label: text('selectAll') },
      ],
    },
    {
      label: text('view'),
      submenu: [
        command('view.presentation', 'presentation', { ...inWorkshop, accelerator: 'F5' }),
        command('view.projector', 'projector', inWorkshop),
        command('room.open', 'openRoom', inWorkshop),
        { type: 'separator' },
        { role: 'togglefullscreen', label: text('fullScreen') },
        { role: 'resetZoom', label: text('actualSize') },
        { role: 'zoomIn', label: text('zoomIn') },
        { role: 'zoomOut', label: text('zoomOut') },
      ],
    },
    {
      label: text('help'),
      role: 'help',
      submenu: [
        ...(mac ? [] : [{ label: text('about'), click: actions.about }]),
        { label: text('openDataFolder'), click: actions.openDataFolder },
      ],
    },
  ];
}
