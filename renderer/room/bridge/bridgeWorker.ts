/**
 * The live room's bridge in a worker of its own (renderer/room/bridge/workerBridge.ts starts it): the
 * participants' edits are checked and stored off the facilitator's window's main thread, so a plate
 * busy drawing fifty phones' edits, or a facilitator typing, does not hold them up, and the other way
 * round. The worker opens the same database and the room's documents through the Hocuspocus provider;
 * the window keeps the lock, the facilitator's state and the room's refusal reports.
 */
import { db } from '../../data/db';
import { HocuspocusDocs } from './hocuspocusDocs';
import type { FacilitationSnapshot, FacilitationSource } from './plenary';
import { RoomBridge } from './roomBridge';
import type { BridgeWorkerEvent, BridgeWorkerRequest } from './workerProtocol';

const scope = self as unknown as {
  postMessage(message: BridgeWorkerEvent): void;
  onmessage: ((event: MessageEvent<BridgeWorkerRequest>) => void) | null;
};
const post = (message: BridgeWorkerEvent) => scope.postMessage(message);

let facilitation: FacilitationSnapshot | undefined;
const listeners = new Set<() => void>();
const source: FacilitationSource = {
  get: () => facilitation ?? { focus: 'all', timer: { durationMs: 0, startedAt: null, elapsedMs: 0 }, voting: null },
  subscribe: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

let running: { bridge: RoomBridge; docs: HocuspocusDocs } | undefined;
let stopping: Promise<void> | undefined;

async function start(request: Extract<BridgeWorkerRequest, { type: 'start' }>): Promise<void> {
  if (running || stopping) return;
  facilitation = request.facilitation;
  await db.open();
  if (stopping) return;
  const docs = new HocuspocusDocs({
    url: request.hostUrl,
    token: request.hostToken,
    onAuthenticationFailed: (name, reason) => console.error(`room bridge: the room refused the host for ${name}: ${reason}`),
  });
  const bridge = new RoomBridge({
    db,
    workshopId: request.workshopId,
    docs,
    reportRefusal: (report) => post({ type: 'refusal', report }),
    facilitation: source,
    onState: (state) => post({ type: 'state', state }),
  });
  running = { bridge, docs };
  await bridge.start();
}

async function stop(): Promise<void> {
  const current = running;
  running = undefined;
  if (current) {
    await current.bridge.stop();
    current.docs.destroy();
  }
  db.close();
  post({ type: 'stopped' });
}

scope.onmessage = ({ data }) => {
  switch (data.type) {
    case 'start':
      start(data).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
      return;
    case 'facilitation':
      facilitation = data.facilitation;
      for (const listener of listeners) listener();
      return;
    case 'whenIdle': {
      const idle = running?.bridge.whenIdle() ?? Promise.resolve();
      idle.catch(() => undefined).then(() => post({ type: 'idle', id: data.id }));
      return;
    }
    case 'stop':
      stopping ??= stop();
      return;
  }
};

post({ type: 'ready' });
