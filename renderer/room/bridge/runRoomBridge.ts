import type { HostRoom } from '../../../shared/host';
import type { ActieplaatDatabase } from '../../data/db';
import { HocuspocusDocs } from './hocuspocusDocs';
import type { FacilitationSource } from './plenary';
import { RoomBridge, type DocSource, type RoomBridgeState } from './roomBridge';
import { startWorkerBridge } from './workerBridge';

/** The bridge as the facilitator's window sees it: `waiting` while another window of the app runs it. */
export type RoomBridgeRunState = { phase: 'waiting'; busy: false; error?: undefined } | RoomBridgeState;

export interface RunRoomBridgeOptions {
  db: ActieplaatDatabase;
  room: Pick<HostRoom, 'reportRefusal'>;
  workshopId: string;
  /** From the open room's status: where the host page connects, and its token. */
  hostUrl: string;
  hostToken: string;
  /** Stops the bridge (the room closed, another workshop opened, the window goes). */
  signal: AbortSignal;
  facilitation?: FacilitationSource;
  onState?(state: RoomBridgeRunState): void;
  /** The running bridge, and `undefined` once it stopped (to wait for it before the room closes). */
  onBridge?(bridge: { whenIdle(): Promise<void> } | undefined): void;
  /** The documents' source, the bridge then running in the window (tests); otherwise the Hocuspocus provider, in a worker where one runs. */
  docs?(): DocSource & { destroy(): void };
}

/** The lock one window holds while it runs a workshop's bridge: two bridges would write everything twice. */
export function bridgeLockName(workshopId: string): string {
  return `actieplaat-room-bridge-${workshopId}`;
}

/**
 * Runs a workshop's room bridge until `signal` aborts, in at most one window of the app at a time
 * (Web Locks, where the browser has them): a second window waits and takes over when the first one
 * stops. The bridge runs in a worker of its own (bridgeWorker.ts), off the window's main thread, or in
 * the window where no worker runs. Resolves once the bridge has stopped and its documents are closed.
 */
export async function runRoomBridge(options: RunRoomBridgeOptions): Promise<void> {
  const { signal } = options;
  const run = async () => {
    if (signal.aborted) return;
    const worker = options.docs ? undefined : await startWorkerBridge(options);
    if (worker) {
      try {
        options.onBridge?.(worker);
        await Promise.race([aborted(signal), worker.ended]);
      } finally {
        options.onBridge?.(undefined);
        await worker.stop();
      }
      // The worker failed while the room is still open: the bridge goes on in the window.
      if (signal.aborted) return;
      console.error('room bridge: its worker stopped; the bridge runs in the window');
    }
    if (signal.aborted) return;
    const docs =
      options.docs?.() ??
      new HocuspocusDocs({
        url: options.hostUrl,
        token: options.hostToken,
        onAuthenticationFailed: (name, reason) => console.error(`room bridge: the room refused the host for ${name}: ${reason}`),
      });
    const bridge = new RoomBridge({
      db: options.db,
      workshopId: options.workshopId,
      docs,
      reportRefusal: (report) => void options.room.reportRefusal(report).catch(() => {}),
      facilitation: options.facilitation,
      onState: options.onState,
    });
    try {
      options.onBridge?.(bridge);
      await bridge.start();
      await aborted(signal);
    } finally {
      options.onBridge?.(undefined);
      await bridge.stop();
      docs.destroy();
    }
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return run();
  options.onState?.({ phase: 'waiting', busy: false });
  try {
    await locks.request(bridgeLockName(options.workshopId), { signal }, run);
  } catch (error) {
    // Aborted while waiting for the lock: nothing was started.
    if (!signal.aborted) throw error;
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
