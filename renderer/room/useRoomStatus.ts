import { useSyncExternalStore } from 'react';
import type { HostRoom } from '../../shared/host';
import type { RoomStatus } from '../../shared/room/protocol';
import { useHost } from '../host/HostContext';

const NO_ROOM_SERVER: RoomStatus = { state: 'closed', error: 'no-room-server' };

/** One subscription per room host, however many components show the room's status. */
class RoomStatusStore {
  private status: RoomStatus | undefined;
  private listeners = new Set<() => void>();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly room: HostRoom) {}

  get = (): RoomStatus | undefined => this.status;

  set(status: RoomStatus): void {
    if (JSON.stringify(status) === JSON.stringify(this.status)) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unsubscribe) {
      try {
        this.unsubscribe = this.room.onStatus((status) => this.set(status));
        this.room.status().then(
          (status) => this.set(status),
          () => this.set(NO_ROOM_SERVER),
        );
      } catch {
        // A shell without the room (an older desktop build): the rest of the app works as before.
        this.unsubscribe = () => undefined;
        queueMicrotask(() => this.set(NO_ROOM_SERVER));
      }
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
      }
    };
  };
}

const stores = new WeakMap<HostRoom, RoomStatusStore>();
const noRoom = { get: () => NO_ROOM_SERVER, subscribe: () => () => {} };

export function roomStatusStore(room: HostRoom | undefined): Pick<RoomStatusStore, 'get' | 'subscribe'> {
  if (!room) return noRoom;
  let store = stores.get(room);
  if (!store) stores.set(room, (store = new RoomStatusStore(room)));
  return store;
}

/** The live room's status as the host reports it; `undefined` until it first answers. */
export function useRoomStatus(): RoomStatus | undefined {
  const store = roomStatusStore(useHost().room);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Devices at each table that are connected now. */
export function joinedPerTable(status: RoomStatus | undefined): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  if (status?.state !== 'open') return counts;
  for (const device of status.devices) if (device.online) counts.set(device.tableId, (counts.get(device.tableId) ?? 0) + 1);
  return counts;
}

export function joinedCount(status: RoomStatus | undefined): number {
  return status?.state === 'open' ? status.devices.filter((device) => device.online).length : 0;
}
