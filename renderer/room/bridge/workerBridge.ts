import type { HostRoom } from '../../../shared/host';
import type { FacilitationSource } from './plenary';
import type { RoomBridgeState } from './roomBridge';
import { facilitationSnapshot, type BridgeWorkerEvent, type BridgeWorkerRequest } from './workerProtocol';

/** How long the worker may take to load its script before the bridge runs in the window instead. */
const READY_WITHIN_MS = 10_000;
/** How long a stopping bridge may take to finish its work and close its documents. */
const STOP_WITHIN_MS = 5_000;

export interface WorkerBridgeOptions {
  room: Pick<HostRoom, 'reportRefusal'>;
  workshopId: string;
  hostUrl: string;
  hostToken: string;
  facilitation?: FacilitationSource;
  onState?(state: RoomBridgeState): void;
}

/** The bridge running in its worker, as the window drives it. */
export interface WorkerBridge {
  /** Resolves once the bridge has stored all it received. */
  whenIdle(): Promise<void>;
  /** Stops the bridge (its work finished, its documents closed) and ends the worker. */
  stop(): Promise<void>;
  /** Resolves when the worker has stopped, asked to or not (it failed). */
  ended: Promise<void>;
}

/**
 * Starts the room's bridge in a worker of its own (bridgeWorker.ts). Resolves to `undefined` when the
 * worker cannot run here (its script does not load): the caller then runs the bridge in the window.
 */
export async function startWorkerBridge(options: WorkerBridgeOptions): Promise<WorkerBridge | undefined> {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bridgeWorker.ts', import.meta.url), { type: 'module', name: 'actieplaat-room-bridge' });
  } catch (error) {
    console.error('room bridge: no worker, the bridge runs in the window:', error);
    return undefined;
  }
  const post = (message: BridgeWorkerRequest) => worker.postMessage(message);
  const idle = new Map<number, () => void>();
  let nextId = 0;
  let markStopped = () => {};
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  let markReady: (ready: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (markReady = resolve));
  const readyTimer = setTimeout(() => markReady(false), READY_WITHIN_MS);

  worker.onmessage = ({ data }: MessageEvent<BridgeWorkerEvent>) => {
    switch (data.type) {
      case 'ready':
        return markReady(true);
      case 'state':
        return options.onState?.(data.state);
      case 'refusal':
        return void options.room.reportRefusal(data.report).catch(() => {});
      case 'idle':
        idle.get(data.id)?.();
        idle.delete(data.id);
        return;
      case 'failed':
        // It could not start (its database, its documents): ended, so that the bridge runs in the window.
        console.error('room bridge, worker:', data.message);
        return markStopped();
      case 'stopped':
        return markStopped();
    }
  };
  worker.onerror = (event) => {
    console.error('room bridge, worker:', event.message);
    markReady(false);
    markStopped();
  };
  const loaded = await ready;
  clearTimeout(readyTimer);
  if (!loaded) {
    worker.terminate();
    return undefined;
  }

  let lastFacilitation = '';
  const sendFacilitation = () => {
    if (!options.facilitation) return;
    const facilitation = facilitationSnapshot(options.facilitation.get());
    const text = JSON.stringify(facilitation);
    if (text === lastFacilitation) return;
    lastFacilitation = text;
    post({ type: 'facilitation', facilitation });
  };
  const facilitation = options.facilitation && facilitationSnapshot(options.facilitation.get());
  lastFacilitation = JSON.stringify(facilitation);
  post({ type: 'start', workshopId: options.workshopId, hostUrl: options.hostUrl, hostToken: options.hostToken, facilitation });
  const unsubscribe = options.facilitation?.subscribe(sendFacilitation);

  let stopping: Promise<void> | undefined;
  return {
    ended: stopped,
    whenIdle: () =>
      stopping
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const id = ++nextId;
            idle.set(id, resolve);
            post({ type: 'whenIdle', id });
          }),
    stop: () =>
      (stopping ??= (async () => {
        unsubscribe?.();
        post({ type: 'stop' });
        await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, STOP_WITHIN_MS))]);
        worker.terminate();
        for (const resolve of idle.values()) resolve();
        idle.clear();
      })()),
  };
}
