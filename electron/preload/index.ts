import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, type ActieplaatBridge } from '../../shared/bridge';
import type { IpcChannel, IpcEvent, IpcEventPayload, IpcRequest, IpcResponse } from '../../shared/ipc';

function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

/** The one way the preload hears main: an event of the contract (`ipcEvents`) with its typed payload; returns how to stop. */
function listen<E extends IpcEvent>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: IpcEventPayload<E>) => listener(payload);
  // eslint-disable-next-line no-restricted-syntax -- the one place that listens
  ipcRenderer.on(event, handler);
  return () => void ipcRenderer.off(event, handler);
}

// Before the window closes, main waits for these (backups of changed workshops), then closes; a window
// without any (the projector) answers at once.
const beforeClose = new Set<() => Promise<void>>();
listen('app:before-close', ({ requestId }) => {
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
  onMenuCommand: (listener) => listen('menu:command', listener),
  setMenuState: (state) => invoke('menu:state', state),
  takeOpenedFiles: () => invoke('file:take-opened', undefined),
  onFileOpened: (listener) => listen('file:opened', () => listener()),
  onRecovered: (listener) => listen('app:recovered', () => listener()),
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
  onRoomStatus: (listener) => listen('room:status', listener),
} satisfies ActieplaatBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
