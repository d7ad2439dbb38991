import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { commandRegistry, MENU_COMMANDS } from '../../shared/commands/registry';
import { accelerator } from '../../shared/commands/shortcuts';
import { catalogs } from '../../shared/i18n';
import { menuCommandSchema, type MenuState } from '../../shared/host';
import { buildMenuTemplate, initialMenuState } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menu(state: Partial<MenuState> = {}, platform: NodeJS.Platform = 'linux') {
  const handlers = { send: vi.fn(), about: vi.fn(), openDataFolder: vi.fn() };
  const template = buildMenuTemplate({ ...initialMenuState, ...state }, handlers, platform);
  const byId = (id: string) => flatten(template).find((item) => item.id === id)!;
  return { template, actions: handlers, byId, labels: template.map((item) => item.label) };
}

describe('the native menu', () => {
  it('is in Dutch by default and in English when the renderer says so', () => {
    expect(menu().labels).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(menu({ language: 'en' }).labels).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(menu().byId('export.pdf').label).toBe('Exporteren als PDF (actieplan)…');
    expect(menu({ language: 'en' }).byId('workshop.import').label).toBe('Open or import…');
  });

  it('has every command the issue names, each dispatched to the renderer as its own action', () => {
    const { byId, actions } = menu({ enabled: Object.fromEntries(MENU_COMMANDS.map((id) => [id, true])) });
    const commands = menuCommandSchema.options;
    for (const id of commands) {
      const item = byId(id);
      (item.click as () => void)();
      expect(actions.send).toHaveBeenLastCalledWith(id);
    }
    expect(actions.send).toHaveBeenCalledTimes(commands.length);
  });

  it('enables each command as the renderer’s dispatcher reports, and nothing before it has reported', () => {
    const closed = menu();
    expect(MENU_COMMANDS.map((id) => closed.byId(id).enabled)).toEqual(MENU_COMMANDS.map(() => false));
    const open = menu({ enabled: { 'workshop.new': true, 'export.pdf': true, 'edit.undo': true, 'edit.redo': false } });
    expect(open.byId('workshop.new').enabled).toBe(true);
    expect(open.byId('export.pdf').enabled).toBe(true);
    expect(open.byId('edit.undo').enabled).toBe(true);
    expect(open.byId('edit.redo').enabled).toBe(false);
    expect(open.byId('export.csv').enabled).toBe(false);
  });

  it('is the command registry’s: each item has the registry’s label and first shortcut, and every menu command of the registry is in it', () => {
    for (const language of ['nl', 'en'] as const) {
      const { template, byId } = menu({ language });
      const ids = flatten(template).flatMap((item) => (item.id ? [item.id] : []));
      expect(ids.sort()).toEqual([...MENU_COMMANDS].sort());
      for (const id of MENU_COMMANDS) {
        const spec = commandRegistry[id] as { label: keyof (typeof catalogs)['nl']['commands']; shortcuts?: readonly { key: string }[] };
        expect(byId(id).label).toBe(catalogs[language].commands[spec.label]);
        const shortcut = spec.shortcuts?.[0];
        expect(byId(id).accelerator).toBe(shortcut ? accelerator(shortcut) : undefined);
      }
    }
    expect(menu().byId('edit.redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(menu().byId('export.workshopFile').accelerator).toBe('CmdOrCtrl+S');
  });

  it('leaves every command’s keys to the renderer (one key handler; text fields keep their own undo), and uses Electron’s roles for the clipboard, full screen and zoom', () => {
    const { template, byId } = menu();
    for (const id of MENU_COMMANDS) if (byId(id).accelerator) expect(byId(id).registerAccelerator).toBe(false);
    const roles = flatten(template).flatMap((item) => (item.role ? [item.role] : []));
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut', 'quit']));
  });

  it('offers About and the data folder under Help; on macOS About sits in the app menu', () => {
    const linux = menu();
    const help = linux.template.at(-1)!.submenu as MenuItemConstructorOptions[];
    expect(help.map((item) => item.label)).toEqual(['Over Actieplaat', 'Gegevensmap openen']);
    (help[1]!.click as () => void)();
    expect(linux.actions.openDataFolder).toHaveBeenCalled();
    const mac = menu({}, 'darwin');
    expect(mac.labels).toEqual(['Actieplaat', 'Bestand', 'Bewerken', 'Beeld', 'Help']);
  });
});
