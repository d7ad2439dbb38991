import type { BrowserWindow, WebContents } from 'electron';
import { sendEvent } from './ipcEvents';

/** Long enough to write a few workshops' backups; short enough that a hung renderer never keeps the app open. */
export const CLOSE_ANSWER_TIMEOUT_MS = 4000;

type ClosingWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
  webContents: Pick<WebContents, 'id' | 'send' | 'isCrashed'>;
};

interface Waiting {
  webContentsId: number;
  release(): void;
}

/**
 * Before a window closes, main asks its renderer (`app:before-close`) and closes it once the renderer
 * answers (`app:close-ready`) or the timeout passes, whichever comes first. `onReleased` runs after each
 * such close, so that a quit the first close interrupted can go on.
 */
export function createCloseHandshake({
  timeoutMs = CLOSE_ANSWER_TIMEOUT_MS,
  onReleased,
}: { timeoutMs?: number; onReleased?: () => void } = {}) {
  let nextRequestId = 0;
  const waiting = new Map<number, Waiting>();

  function guard(window: ClosingWindow): void {
    let released = false;
    let asked = false;
    window.on('close', (event) => {
      if (released || window.webContents.isCrashed()) return;
      event.preventDefault();
      if (asked) return;
      asked = true;
      const requestId = nextRequestId++;
      const release = () => {
        if (released) return;
        released = true;
        clearTimeout(timer);
        waiting.delete(requestId);
        if (!window.isDestroyed()) window.close();
        onReleased?.();
      };
      const timer = setTimeout(release, timeoutMs);
      waiting.set(requestId, { webContentsId: window.webContents.id, release });
      sendEvent(window.webContents, 'app:before-close', { requestId });
    });
  }

  /** The renderer's answer; only the window that was asked can release itself. */
  function answer(requestId: number, sender: Pick<WebContents, 'id'>): void {
    const entry = waiting.get(requestId);
    if (entry && entry.webContentsId === sender.id) entry.release();
  }

  return { guard, answer, waitingCount: () => waiting.size };
}
