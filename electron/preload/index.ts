import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CloseRequest, MenuCommand } from '../../shared/host';
import { BRIDGE_KEY, type ActieplaatBridge } from '../../shared/bridge';
import type { IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc';

function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

// Before the window closes, main waits for these (backups of changed workshops), then closes; a window
// without any (the projector) answers at once.
const beforeClose = new Set<() => Promise<void>>();
ipcRenderer.on('app:before-close', (_event: IpcRendererEvent, { requestId }: CloseRequest) => {
  void Promise.allSettled([...beforeClose].map((listener) => Promise.resolve().then(listener))).then(() =>
    invoke('app:close-ready', { requestId }),
  );
});

/** Named functions only: the renderer never sees `ipcRenderer` or any channel it was not given. */
const bridge = {
  appInfo: () => invoke('app:info', undefined),
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  openProjectorWindow: (request) => invoke('window:open-projector', request),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on('menu:command', handler);
    return () => void ipcRenderer.off('menu:command', handler);
  },
  setMenuState: (state) => invoke('menu:state', state),
  takeOpenedFiles: () => invoke('file:take-opened', undefined),
  onFileOpened: (listener) => {
    const handler = () => listener();
    ipcRenderer.on('file:opened', handler);
    return () => void ipcRenderer.off('file:opened', handler);
  },
  onRecovered: (listener) => {
    const handler = () => listener();
    ipcRenderer.on('app:recovered', handler);
    return () => void ipcRenderer.off('app:recovered', handler);
  },
  writeBackup: (request) => invoke('backup:write', request),
  listBackups: () => invoke('backup:list', undefined),
  readBackup: (request) => invoke('backup:read', request),
  markBackupsDeleted: (request) => invoke('backup:mark-deleted', request),
  forgetBackups: (request) => invoke('backup:forget', request),
  onBeforeClose: (listener) => {
    beforeClose.add(listener);
    return () => void beforeClose.delete(listener);
  },
  roomAddresses: () => invoke('room:addresses', undefined),
  roomStatus: () => invoke('room:status', undefined),
  roomOpen: (request) => invoke('room:open', request),
  roomClose: () => invoke('room:close', undefined),
  roomNewCode: () => invoke('room:new-code', undefined),
  roomRemoveDevice: (request) => invoke('room:remove-device', request),
  roomReportRefusal: (report) => invoke('room:report-refusal', report),
  onRoomStatus: (listener) => {
    const handler = (_event: IpcRendererEvent, status: IpcResponse<'room:status'>) => listener(status);
    ipcRenderer.on('room:status', handler);
    return () => void ipcRenderer.off('room:status', handler);
  },
} satisfies ActieplaatBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
