import type { MenuItemConstructorOptions } from 'electron';
import { catalogs } from '../../shared/i18n';
import { accelerator } from '../../shared/commands/shortcuts';
import { specOf } from '../../shared/commands/registry';
import type { MenuCommand, MenuState } from '../../shared/host';
import { mainText, type MenuText } from './mainTexts';

export interface MenuHandlers {
  /** Hands a command to the focused window's renderer, whose command dispatcher runs it. */
  send(command: MenuCommand): void;
  about(): void;
  openDataFolder(): void;
}

/** Before the renderer has said anything: Dutch, and none of its commands can run. */
export const initialMenuState: MenuState = { language: 'nl', enabled: {} };

/**
 * The native menu in the app's language (Bestand, Bewerken, Beeld, Help). Its commands are entries of
 * the command registry (`shared/commands/registry.ts`): label, shortcut and all. Choosing one hands it
 * to the renderer's dispatcher over IPC, and it is enabled as that dispatcher reports. Their keys are
 * the renderer's too (`registerAccelerator: false`): the menu shows them, and the page handles them, so
 * a key and a menu item cannot run a command twice, and a text field keeps its own undo. Cut, copy,
 * paste, full screen and zoom are Electron's own roles. Pure: built again on every state change.
 */
export function buildMenuTemplate(state: MenuState, handlers: MenuHandlers, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const text = (key: MenuText) => mainText(state.language, key);
  const command = (id: MenuCommand): MenuItemConstructorOptions => {
    const spec = specOf(id);
    const shortcut = spec.shortcuts?.[0];
    return {
      id,
      label: catalogs[state.language].commands[spec.label],
      click: () => handlers.send(id),
      enabled: state.enabled[id] === true,
      ...(shortcut ? { accelerator: accelerator(shortcut), registerAccelerator: false } : {}),
    };
  };
  const mac = platform === 'darwin';

  return [
    ...(mac
      ? [
          {
            label: 'Actieplaat',
            submenu: [
              { label: text('about'), click: handlers.about },
              { type: 'separator' as const },
              { role: 'quit' as const, label: text('quit') },
            ],
          },
        ]
      : []),
    {
      label: text('file'),
      submenu: [
        command('workshop.new'),
        command('workshop.import'),
        { type: 'separator' },
        command('export.pdf'),
        command('export.workshopFile'),
        command('export.csv'),
        command('export.xlsx'),
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: text('quit') }]),
      ],
    },
    {
      label: text('edit'),
      submenu: [
        // Undo and redo are the app's own (every edit of the workshop), not the text field's.
        command('edit.undo'),
        command('edit.redo'),
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
        command('view.presentation'),
        command('view.projector'),
        command('room.open'),
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
        ...(mac ? [] : [{ label: text('about'), click: handlers.about }]),
        { label: text('openDataFolder'), click: handlers.openDataFolder },
      ],
    },
  ];
}
