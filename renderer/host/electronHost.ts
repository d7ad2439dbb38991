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
    setMenuState: (state) => void bridge.setMenuState(state),
    onFileOpened: (listener) => {
      // Files opened before the app was ready wait in main: take them now, and whenever main says there are more.
      const take = () => void bridge.takeOpenedFiles().then((files) => files.forEach(listener));
      const unsubscribe = bridge.onFileOpened(take);
      take();
      return unsubscribe;
    },
    onRecovered: (listener) => bridge.onRecovered(listener),
    backups: {
      write: (request) => bridge.writeBackup(request),
      list: () => bridge.listBackups(),
      read: (ref) => bridge.readBackup(ref),
      markDeleted: (workshopId, deleted) => bridge.markBackupsDeleted({ workshopId, deleted }),
      forget: (workshopId) => bridge.forgetBackups({ workshopId }),
    },
    onBeforeClose: (listener) => bridge.onBeforeClose(listener),
    room: {
      addresses: () => bridge.roomAddresses(),
      status: () => bridge.roomStatus(),
      open: (request) => bridge.roomOpen(request),
      close: () => bridge.roomClose(),
      newCode: () => bridge.roomNewCode(),
      removeDevice: (deviceId) => bridge.roomRemoveDevice({ deviceId }),
      reportRefusal: (report) => bridge.roomReportRefusal(report),
      onStatus: (listener) => bridge.onRoomStatus(listener),
    },
  };
}
