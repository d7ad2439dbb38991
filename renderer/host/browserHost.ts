import type { Host, MenuCommand, OpenedFile, OpenFileRequest, SaveFileRequest, SaveFileResult } from '../../shared/host';
import { createBrowserRoom } from './browserRoom';
import { openedFile } from '../file/openedFile';

/**
 * The browser edition: downloads instead of save dialogs, a file input instead of an open dialog, and
 * the live room through the page server's control API (when that server runs one).
 */
export function createBrowserHost(version: string): Host {
  return {
    edition: 'browser',
    async appInfo() {
      return { name: 'Actieplaat', version, edition: 'browser' };
    },
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: request.mimeType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started from the URL by now; revoke later so slow browsers still read it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { status: 'saved', fileName: request.suggestedName };
    },
    openFile(request: OpenFileRequest): Promise<OpenedFile | null> {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = request.filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
        input.addEventListener('change', async () => {
          performance.mark('actieplaat:file-chosen');
          const file = input.files?.[0];
          // A file that cannot be read is as good as none chosen: never a rejected promise left unhandled.
          resolve(file ? await openedFile(file).catch(() => null) : null);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      });
    },
    async openProjectorWindow({ route }) {
      const url = new URL(window.location.href);
      url.hash = route;
      window.open(url.toString(), 'actieplaat-projector', 'popup,width=1280,height=720');
    },
    onMenuCommand(_listener: (command: MenuCommand) => void) {
      // A browser has no native menu; the app's own toolbar and shortcuts serve instead.
      return () => undefined;
    },
    setMenuState() {
      // No native menu to update.
    },
    onFileOpened() {
      // Files reach the browser edition by the file picker or by dropping them on the page.
      return () => undefined;
    },
    onRecovered() {
      // A crashed tab is the browser's to handle; text drafts are recovered on the next start.
      return () => undefined;
    },
    room: createBrowserRoom(),
  };
}
