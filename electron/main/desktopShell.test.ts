import { EventEmitter } from 'node:events';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const userData = await mkdtemp(join(tmpdir(), 'actieplaat-shell-'));
const errors: string[] = [];
const windows: FakeWindow[] = [];

class FakeWebContents extends EventEmitter {
  sent: string[] = [];
  loading = false;
  reloads = 0;
  send(channel: string) {
    this.sent.push(channel);
  }
  isLoading() {
    return this.loading;
  }
  reload() {
    this.reloads += 1;
  }
}
class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown>) {
    super();
    windows.push(this);
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  loadURL = vi.fn(async () => undefined);
}

vi.mock('electron', () => ({
  app: { getPath: () => userData, getVersion: () => '0.1.0' },
  BrowserWindow: Object.assign(FakeWindow, { getFocusedWindow: () => undefined }),
  dialog: { showErrorBox: (_title: string, message: string) => errors.push(message), showMessageBox: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1440, height: 900 } }),
  },
  shell: { openPath: vi.fn() },
}));
const { DesktopShell } = await import('./desktopShell');
const { MAX_OPENED_FILES } = await import('../../shared/host');
const { MAX_IMPORT_BYTES } = await import('../../shared/file/importLimits');
const { ipcContract } = await import('../../shared/ipc');

beforeEach(() => {
  windows.length = 0;
  errors.length = 0;
});

describe('the desktop shell', () => {
  it('reloads a window whose renderer crashed and tells the page so; a clean exit is left alone', async () => {
    const shell = new DesktopShell(undefined);
    const window = (await shell.openMainWindow()) as unknown as FakeWindow;
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(window.webContents.reloads).toBe(0);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(window.webContents.reloads).toBe(1);
    window.webContents.emit('did-finish-load');
    expect(window.webContents.sent).toEqual(['app:recovered']);
  });

  it('keeps files opened from outside until the renderer takes them, then hands each over once', async () => {
    const shell = new DesktopShell(undefined);
    const window = (await shell.openMainWindow()) as unknown as FakeWindow;
    const path = join(userData, 'Zorg.actieplaat');
    await writeFile(path, '{"format":"actieplaat.workshop"}');
    window.webContents.loading = true;
    await shell.openFile(path);
    expect(window.webContents.sent).toEqual([]);
    window.webContents.loading = false;
    await shell.openFile(path);
    expect(window.webContents.sent).toEqual(['file:opened']);
    const taken = shell.takeOpenedFiles();
    expect(taken.map((file) => file.name)).toEqual(['Zorg.actieplaat', 'Zorg.actieplaat']);
    expect(new TextDecoder().decode(taken[0]!.bytes)).toBe('{"format":"actieplaat.workshop"}');
    expect(shell.takeOpenedFiles()).toEqual([]);
    expect(windows).toHaveLength(1);
  });

  it('says in the app’s language when an opened file is missing, and keeps nothing', async () => {
    const shell = new DesktopShell(undefined);
    await shell.openFile(join(userData, 'weg.actieplaat'));
    shell.setMenuState({ language: 'en', enabled: {} });
    await shell.openFile(join(userData, 'gone.actieplaat'));
    expect(errors).toEqual(['“weg.actieplaat” kon niet worden gelezen.', '“gone.actieplaat” could not be read.']);
    expect(shell.takeOpenedFiles()).toEqual([]);
  });

  it('does not read a file over the import’s cap: it goes to the app by name and size, to be refused as too large', async () => {
    const shell = new DesktopShell(undefined);
    const big = join(userData, 'Groot.actieplaat');
    await writeFile(big, '');
    await truncate(big, MAX_IMPORT_BYTES + 1); // sparse: nothing is written, and nothing should be read
    await shell.openFile(big);
    expect(shell.takeOpenedFiles()).toEqual([{ name: 'Groot.actieplaat', bytes: new Uint8Array(0), tooLargeBytes: MAX_IMPORT_BYTES + 1 }]);
    expect(errors).toEqual([]);
  });

  it('keeps at most 20 files opened from outside waiting, the latest', async () => {
    const shell = new DesktopShell(undefined);
    for (let i = 1; i <= MAX_OPENED_FILES + 5; i += 1) {
      const path = join(userData, `Tafel ${i}.actieplaat`);
      await writeFile(path, '{}');
      await shell.openFile(path);
    }
    const taken = shell.takeOpenedFiles();
    expect(taken).toHaveLength(MAX_OPENED_FILES);
    expect(taken[0]!.name).toBe('Tafel 6.actieplaat');
    expect(taken.at(-1)!.name).toBe(`Tafel ${MAX_OPENED_FILES + 5}.actieplaat`);
    expect(ipcContract['file:take-opened'].response.safeParse(taken).success).toBe(true);
  });

  it('keeps one projector window: a second request brings it to the front with the route asked for; once closed, a new one opens', () => {
    const shell = new DesktopShell(undefined);
    const open = (route: string) => () => new FakeWindow({ route }) as unknown as BrowserWindow;
    const first = shell.openProjector('/present/w1', open('/present/w1')) as unknown as FakeWindow;
    const again = shell.openProjector('/present/w1', open('/present/w1')) as unknown as FakeWindow;
    expect(again).toBe(first);
    expect(windows).toHaveLength(1);
    expect(first.focus).toHaveBeenCalledTimes(1);
    expect(first.loadURL).not.toHaveBeenCalled();
    shell.openProjector('/present/w2', open('/present/w2'));
    expect(windows).toHaveLength(1);
    expect(first.loadURL).toHaveBeenCalledWith('app://actieplaat/index.html#/present/w2');
    first.emit('closed');
    const next = shell.openProjector('/present/w2', open('/present/w2')) as unknown as FakeWindow;
    expect(next).not.toBe(first);
    expect(windows).toHaveLength(2);
  });

  it('opens the main window where it was last closed', async () => {
    const first = new DesktopShell(undefined);
    const window = (await first.openMainWindow()) as unknown as FakeWindow & Record<string, unknown>;
    Object.assign(window, {
      getNormalBounds: () => ({ x: 40, y: 30, width: 1200, height: 760 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    });
    window.emit('close');
    await vi.waitFor(async () => {
      const again = (await new DesktopShell(undefined).openMainWindow()) as unknown as FakeWindow;
      expect(again.options).toMatchObject({ x: 40, y: 30, width: 1200, height: 760 });
    });
  });
});
