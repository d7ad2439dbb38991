// Kept free of runtime imports: the sandboxed preload bundles this file and may load only `electron`.
import type { MenuCommand } from './host';
import type { IpcRequest, IpcResponse } from './ipc';

/**
 * What the preload exposes as `window.actieplaat`: named functions only, never `ipcRenderer`.
 * The preload's object `satisfies` this type.
 */
export interface ActieplaatBridge {
  appInfo(): Promise<IpcResponse<'app:info'>>;
  saveFile(request: IpcRequest<'file:save'>): Promise<IpcResponse<'file:save'>>;
  openFile(request: IpcRequest<'file:open'>): Promise<IpcResponse<'file:open'>>;
  openProjectorWindow(request: IpcRequest<'window:open-projector'>): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  setMenuState(state: IpcRequest<'menu:state'>): Promise<void>;
  takeOpenedFiles(): Promise<IpcResponse<'file:take-opened'>>;
  /** Called when main has files waiting; take them with `takeOpenedFiles`. */
  onFileOpened(listener: () => void): () => void;
  onRecovered(listener: () => void): () => void;
  writeBackup(request: IpcRequest<'backup:write'>): Promise<IpcResponse<'backup:write'>>;
  listBackups(): Promise<IpcResponse<'backup:list'>>;
  readBackup(request: IpcRequest<'backup:read'>): Promise<IpcResponse<'backup:read'>>;
  markBackupsDeleted(request: IpcRequest<'backup:mark-deleted'>): Promise<void>;
  forgetBackups(request: IpcRequest<'backup:forget'>): Promise<void>;
  /** Runs every listener when main asks before the window closes, then tells main it may close (at once when there are none). */
  onBeforeClose(listener: () => Promise<void>): () => void;
  roomAddresses(): Promise<IpcResponse<'room:addresses'>>;
  roomStatus(): Promise<IpcResponse<'room:status'>>;
  roomOpen(request: IpcRequest<'room:open'>): Promise<IpcResponse<'room:open'>>;
  roomClose(): Promise<IpcResponse<'room:close'>>;
  roomNewCode(): Promise<IpcResponse<'room:new-code'>>;
  roomRemoveDevice(request: IpcRequest<'room:remove-device'>): Promise<IpcResponse<'room:remove-device'>>;
  roomReportRefusal(report: IpcRequest<'room:report-refusal'>): Promise<void>;
  /** Main pushes the room's status whenever it changes (at most a few times a second). */
  onRoomStatus(listener: (status: IpcResponse<'room:status'>) => void): () => void;
}

export const BRIDGE_KEY = 'actieplaat';
