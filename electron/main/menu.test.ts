import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommandSchema, type MenuState } from '../../shared/host';
import { buildMenuTemplate, initialMenuState } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menu(state: Partial<MenuState> = {}, platform: NodeJS.Platform = 'linux') {
  const actions = { send: vi.fn(), about: vi.fn(), openDataFolder: vi.fn() };
  const template = buildMenuTemplate({ ...initialMenuState, ...state }, actions, platform);
  const byId = (id: string) => flatten(template).find((item) => item.id === id)!;
  return { template, actions, byId, labels: template.map((item) => item.label) };
}

describe('the native menu', () => {
  it('is in Dutch by default and in English when the renderer says so', () => {
    expect(menu().labels).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(menu({ language: 'en' }).labels).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(menu().byId('export.pdf').label).toBe('Exporteren als PDF (actieplan)…');
    expect(menu({ language: 'en' }).byId('workshop.import').label).toBe('Open or import…');
  });

  it('has every command the issue names, each dispatched to the renderer as its own action', () => {
    const { byId, actions } = menu({ workshopOpen: true, canUndo: true, canRedo: true });
    const commands = menuCommandSchema.options;
    for (const id of commands) {
      const item = byId(id);
      (item.click as () => void)();
      expect(actions.send).toHaveBeenLastCalledWith(id);
    }
    expect(actions.send).toHaveBeenCalledTimes(commands.length);
  });

  it('enables workshop commands only with a workshop open, and undo/redo as the renderer reports', () => {
    const closed = menu();
    expect(
      ['export.pdf', 'export.csv', 'export.xlsx', 'export.workshopFile', 'view.presentation', 'view.projector'].map(
        (id) => closed.byId(id).enabled,
      ),
    ).toEqual([false, false, false, false, false, false]);
    expect(closed.byId('workshop.new').enabled).toBeUndefined();
    expect(closed.byId('edit.undo').enabled).toBe(false);
    const open = menu({ workshopOpen: true, canUndo: true, canRedo: false });
    expect(open.byId('export.pdf').enabled).toBe(true);
    expect(open.byId('edit.undo').enabled).toBe(true);
    expect(open.byId('edit.redo').enabled).toBe(false);
  });

  it('leaves undo and redo keys to the renderer (text fields keep their own undo), and uses Electron’s roles for the clipboard, full screen and zoom', () => {
    const { template, byId } = menu();
    expect(byId('edit.undo').registerAccelerator).toBe(false);
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
