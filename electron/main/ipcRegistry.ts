import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcContract, type IpcChannel, type IpcRequest, type IpcResponse } from '../../shared/ipc';

export type IpcHandler<C extends IpcChannel> = (request: IpcRequest<C>, event: IpcMainInvokeEvent) => Promise<IpcResponse<C>>;

/**
 * The one way main answers the renderer: each channel once, only for frames this app loaded,
 * and only with payloads that pass the shared schema. Raw `ipcMain.handle` is not used elsewhere.
 */
export function createIpcRegistry(ipcMain: Pick<IpcMain, 'handle'>, isTrustedSender: (event: IpcMainInvokeEvent) => boolean) {
  const registered = new Set<IpcChannel>();
  return {
    handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>): void {
      if (registered.has(channel)) throw new Error(`IPC channel "${channel}" is already handled`);
      registered.add(channel);
      ipcMain.handle(channel, async (event, payload: unknown) => {
        if (!isTrustedSender(event)) throw new Error(`IPC "${channel}" refused: untrusted sender`);
        const parsed = ipcContract[channel].request.safeParse(payload);
        if (!parsed.success) throw new Error(`IPC "${channel}" refused: invalid payload`);
        return handler(parsed.data as IpcRequest<C>, event);
      });
    },
    channels: () => [...registered],
  };
}
