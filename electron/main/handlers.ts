import { app, BrowserWindow, dialog, screen, type IpcMainInvokeEvent } from 'electron';
import { basename } from 'node:path';
import { writeFileAtomically, saveFailureReason } from './atomicWrite';
import type { createIpcRegistry } from './ipcRegistry';
import { readOpenedFile } from './fileOpen';
import { safeSaveName } from './saveName';
import { chooseProjectorDisplay } from './projectorDisplay';
import type { DesktopShell } from './desktopShell';
import { mainText } from './mainTexts';
import { createAppWindow } from './windows';

type Registry = ReturnType<typeof createIpcRegistry>;

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}

/** Every IPC channel of the contract, each handled once. */
export function registerHandlers(registry: Registry, devServerUrl: string | undefined, shell: DesktopShell): void {
  registry.handle('app:info', async () => ({
    name: app.getName(),
    version: app.getVersion(),
    edition: 'desktop' as const,
    dataDirectory: app.getPath('userData'),
  }));

  registry.handle('file:save', async (request, event) => {
    const parent = windowOf(event);
    const options = {
      defaultPath: safeSaveName(request.suggestedName, request.filter.extensions[0]!),
      filters: [{ name: request.filter.name, extensions: request.filter.extensions }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' as const };
    try {
      await writeFileAtomically(choice.filePath, request.bytes);
      return { status: 'saved' as const, fileName: basename(choice.filePath) };
    } catch (error) {
      return { status: 'failed' as const, reason: saveFailureReason(error) };
    }
  });

  registry.handle('file:open', async (request, event) => {
    const parent = windowOf(event);
    const options = { properties: ['openFile' as const], filters: request.filters };
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    try {
      return await readOpenedFile(path);
    } catch {
      dialog.showErrorBox('Actieplaat', mainText(shell.language, 'fileUnreadable', { name: basename(path) }));
      return null;
    }
  });

  registry.handle('window:open-projector', async (request, event) => {
    const parent = windowOf(event);
    const controlDisplay = parent ? screen.getDisplayMatching(parent.getBounds()) : screen.getPrimaryDisplay();
    const target = chooseProjectorDisplay(screen.getAllDisplays(), controlDisplay.id);
    shell.openProjector(request.route, () => {
      const projector = createAppWindow({ devServerUrl, route: request.route, title: mainText(shell.language, 'projectorTitle') });
      shell.reloadWhenGone(projector);
      if (target && target.id !== controlDisplay.id) {
        projector.setBounds(target.bounds);
        projector.once('ready-to-show', () => projector.setFullScreen(true));
      }
      return projector;
    });
    return undefined;
  });

  registry.handle('menu:state', async (state) => {
    shell.setMenuState(state);
    return undefined;
  });

  registry.handle('file:take-opened', async () => shell.takeOpenedFiles());
}
