import type { Host } from '../../shared/host';
import type { ActieplaatBridge } from '../../shared/bridge';

/** The desktop edition: every call goes through the preload's named functions, never raw IPC. */
export function createElectronHost(bridge: ActieplaatBridge): Host {
  return {
    edition: 'desktop',
    appInfo: () => bridge.appInfo(),
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    openProjectorWindow: (request) => bridge.openProjectorWindow(request),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    backups: {
      write: (request) => bridge.writeBackup(request),
      list: () => bridge.listBackups(),
      read: (ref) => bridge.readBackup(ref),
    },
    onBeforeClose: (listener) => bridge.onBeforeClose(listener),
  };
}
