import type { WebContents } from 'electron';
import type { IpcEvent, IpcEventArgs } from '../../shared/ipc';

/** The one way main tells a page something: an event of the contract (`ipcEvents`) with its typed payload. */
export function sendEvent<E extends IpcEvent>(contents: Pick<WebContents, 'send'>, event: E, ...payload: IpcEventArgs<E>): void {
  contents.send(event, ...payload);
}
