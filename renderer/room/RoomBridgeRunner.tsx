import { useEffect, useSyncExternalStore } from 'react';
import { db } from '../data';
import { facilitationOf } from '../facilitation/facilitationStore';
import { useHost } from '../host/HostContext';
import { registerBridgeFlush } from './bridgeFlush';
import { runRoomBridge, type RoomBridgeRunState } from './bridge/runRoomBridge';
import { useRoomStatus } from './useRoomStatus';

const states = new Map<string, RoomBridgeRunState>();
const listeners = new Set<() => void>();

function publish(workshopId: string, state: RoomBridgeRunState | undefined): void {
  if (state) states.set(workshopId, state);
  else states.delete(workshopId);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The room's bridge in this window, for "Kamer: verbonden / bijwerken…": `undefined` while none runs
 * here (no room open for this workshop); `waiting` while another window of the app runs it; `starting`
 * until every document is synced and reconciled; then `live`, `busy` while it reconciles.
 */
export function useRoomBridgeState(workshopId: string): RoomBridgeRunState | undefined {
  return useSyncExternalStore(subscribe, () => states.get(workshopId));
}

/**
 * Runs the live room's bridge (renderer/room/bridge) for the open workshop while the room is open for
 * it: the participants' edits reach the database, and the facilitator's reach their phones. Stops when
 * the room closes, another workshop opens or this unmounts. Renders nothing; mount it once in the
 * workshop's layout.
 */
export function RoomBridgeRunner({ workshopId }: { workshopId: string }) {
  const { room } = useHost();
  const status = useRoomStatus();
  const open = status?.state === 'open' && status.workshopId === workshopId ? status : undefined;
  const hostUrl = open?.hostUrl;
  const hostToken = open?.hostToken;

  useEffect(() => {
    if (!room || !hostUrl || !hostToken) return;
    const controller = new AbortController();
    // The facilitator's state read first: the phones' plenary starts with it, not with the initial one.
    facilitationOf(workshopId)
      .then((facilitation) =>
        runRoomBridge({
          db,
          room,
          workshopId,
          hostUrl,
          hostToken,
          signal: controller.signal,
          facilitation,
          onState: (state) => {
            if (!controller.signal.aborted) publish(workshopId, state);
          },
          onBridge: (bridge) => registerBridgeFlush(workshopId, bridge && (() => bridge.whenIdle())),
        }),
      )
      .catch((error: unknown) => {
        console.error('room bridge:', error);
        if (!controller.signal.aborted) publish(workshopId, undefined);
      });
    return () => {
      controller.abort();
      publish(workshopId, undefined);
    };
  }, [room, workshopId, hostUrl, hostToken]);

  return null;
}
