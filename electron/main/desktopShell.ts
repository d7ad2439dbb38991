import { app, BrowserWindow, dialog, Menu, screen, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_OPENED_FILES, type MenuCommand, type MenuState, type OpenedFile } from '../../shared/host';
import { readOpenedFile } from './fileOpen';
import { writeFileAtomically } from './atomicWrite';
import { mainText } from './mainTexts';
import { buildMenuTemplate, initialMenuState } from './menu';
import { parseWindowState, restoreBounds, type SavedWindowState } from './windowState';
import { appUrl, createAppWindow } from './windows';
import { sendEvent } from './ipcEvents';

/**
 * The desktop shell's state: the main window (remembered size and place, reloaded after a renderer
 * crash), the native menu in the renderer's language, and workshop files opened from outside.
 */
export class DesktopShell {
  private mainWindow: BrowserWindow | undefined;
  private menuState: MenuState = initialMenuState;
  private readonly openedFiles: OpenedFile[] = [];
  private projector: { window: BrowserWindow; route: string } | undefined;

  constructor(private readonly devServerUrl: string | undefined) {}

  get language(): MenuState['language'] {
    return this.menuState.language;
  }

  private get stateFile(): string {
    return join(app.getPath('userData'), 'window-state.json');
  }

  async openMainWindow(): Promise<BrowserWindow> {
    if (this.mainWindow && !this.mainWindow.isDestroyed()) {
      this.focus();
      return this.mainWindow;
    }
    const saved = await readFile(this.stateFile, 'utf8')
      .then((text) => parseWindowState(JSON.parse(text)))
      .catch(() => undefined);
    const bounds = restoreBounds(
      saved,
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const window = createAppWindow({ devServerUrl: this.devServerUrl, bounds });
    if (saved?.maximized) window.once('ready-to-show', () => window.maximize());
    if (saved?.fullScreen) window.once('ready-to-show', () => window.setFullScreen(true));
    window.on('close', () => void this.rememberPlace(window));
    this.reloadWhenGone(window);
    this.mainWindow = window;
    return window;
  }

  private async rememberPlace(window: BrowserWindow): Promise<void> {
    const state: SavedWindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
    };
    await writeFileAtomically(this.stateFile, new TextEncoder().encode(JSON.stringify(state))).catch(() => undefined);
  }

  /** A renderer that crashed or was killed comes back with the same page and says so; the data was already stored. */
  reloadWhenGone(window: BrowserWindow): void {
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit' || window.isDestroyed()) return;
      window.webContents.once('did-finish-load', () => sendEvent(window.webContents, 'app:recovered'));
      window.webContents.reload();
    });
  }

  /**
   * The projector window: one at a time. A second request brings the open one to the front (showing the
   * route asked for, if it shows another); only when none is open does `open` make one.
   */
  openProjector(route: string, open: () => BrowserWindow): BrowserWindow {
    const current = this.projector;
    if (current && !current.window.isDestroyed()) {
      if (current.route !== route) void current.window.loadURL(appUrl(this.devServerUrl, route));
      current.route = route;
      bringToFront(current.window);
      return current.window;
    }
    const window = open();
    const projector = { window, route };
    this.projector = projector;
    window.on('closed', () => {
      if (this.projector === projector) this.projector = undefined;
    });
    return window;
  }

  focus(): void {
    const window = this.mainWindow;
    if (window && !window.isDestroyed()) bringToFront(window);
  }

  setMenuState(state: MenuState): void {
    this.menuState = state;
    this.buildMenu();
  }

  buildMenu(): void {
    const template = buildMenuTemplate(
      this.menuState,
      {
        send: (command: MenuCommand) => {
          const window = BrowserWindow.getFocusedWindow() ?? this.mainWindow;
          if (window) sendEvent(window.webContents, 'menu:command', command);
        },
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: mainText(this.language, 'about'),
            message: 'Actieplaat',
            detail: mainText(this.language, 'aboutDetail', { version: app.getVersion(), folder: app.getPath('userData') }),
          }),
        openDataFolder: () => void shell.openPath(app.getPath('userData')),
      },
      process.platform,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /**
   * A workshop file from outside: read here (one over the import's cap is not read, only named, and the
   * app refuses it as it refuses any file too large), handed to the renderer when it asks. At most
   * `MAX_OPENED_FILES` wait; the oldest give way. Never rejects: a failure is said in a dialog.
   */
  async openFile(path: string): Promise<void> {
    try {
      const file = await readOpenedFile(path).catch(() => undefined);
      if (!file) {
        dialog.showErrorBox('Actieplaat', mainText(this.language, 'fileUnreadable', { name: basename(path) }));
        return;
      }
      this.openedFiles.push(file);
      this.openedFiles.splice(0, Math.max(0, this.openedFiles.length - MAX_OPENED_FILES));
      const window = await this.openMainWindow();
      this.focus();
      if (!window.webContents.isLoading()) sendEvent(window.webContents, 'file:opened');
    } catch (error) {
      console.error('opening a file from outside:', error);
    }
  }

  takeOpenedFiles(): OpenedFile[] {
    return this.openedFiles.splice(0, this.openedFiles.length);
  }
}

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
