import type { HostRoom } from '../../shared/host';
import type { LanAddress, RoomStatus } from '../../shared/room/protocol';

// The browser edition's room: the page's own server runs it (electron/room/vitePlugin.ts) and answers
// under `/__room/` (electron/room/controlApi.ts). The page first asks for the server's secret, which
// only the page's own origin gets, then sends it with every call. A server without the room (a
// static host of the built files) has no `/__room/host`: the room is then simply not available.

const NO_ROOM_SERVER: RoomStatus = { state: 'closed', error: 'no-room-server' };
const RETRY_MS = 1000;

interface StatusAnswer {
  version: number;
  status: RoomStatus;
}

class NoRoomServer extends Error {}

function isStatusAnswer(value: unknown): value is StatusAnswer {
  return typeof value === 'object' && value !== null && typeof (value as StatusAnswer).version === 'number' && 'status' in value;
}

export function createBrowserRoom(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): HostRoom {
  /** The secret, `null` once the server said it has no room, `undefined` until asked. */
  let secret: Promise<string | null> | undefined;

  const askSecret = (): Promise<string | null> => {
    secret ??= fetchImpl('/__room/host', { headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' })
      .then(async (response) => {
        // A static server may answer any path with the page itself: only the room's JSON counts.
        const body: unknown = response.ok ? await response.json().catch(() => null) : null;
        const given = typeof body === 'object' && body !== null ? (body as { secret?: unknown }).secret : undefined;
        return typeof given === 'string' ? given : null;
      })
      .catch((error: unknown) => {
        // The network failed: ask again next time.
        secret = undefined;
        throw error;
      });
    return secret;
  };

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const key = await askSecret();
      if (key === null) throw new NoRoomServer();
      const response = await fetchImpl(`/__room/${path}`, {
        method,
        headers: {
          'x-room-secret': key,
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body === undefined ? null : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'same-origin',
        ...(signal ? { signal } : {}),
      });
      // The server restarted with a new secret: ask for it once more.
      if (response.status === 403 && attempt === 0) {
        secret = undefined;
        continue;
      }
      if (!response.ok) throw new Error(`room ${path}: ${response.status}`);
      return (await response.json()) as T;
    }
    throw new Error(`room ${path}: refused`);
  }

  async function statusCall(method: 'GET' | 'POST', path: string, body?: unknown): Promise<RoomStatus> {
    try {
      return await call<RoomStatus>(method, path, body);
    } catch (error) {
      if (error instanceof NoRoomServer) return NO_ROOM_SERVER;
      throw error;
    }
  }

  const listeners = new Set<(status: RoomStatus) => void>();
  let polling: AbortController | undefined;

  const notify = (status: RoomStatus) => {
    for (const listener of listeners) listener(status);
  };

  /** A long poll while someone listens: the server answers at a change, or after 25 s with the same version. */
  async function poll(signal: AbortSignal): Promise<void> {
    let version: number | undefined;
    while (!signal.aborted) {
      try {
        const answer = await call<unknown>('GET', version === undefined ? 'status' : `status?after=${version}`, undefined, signal);
        if (!isStatusAnswer(answer)) throw new Error('room status: unexpected answer');
        if (answer.version !== version) {
          version = answer.version;
          notify(answer.status);
        }
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof NoRoomServer) {
          notify(NO_ROOM_SERVER);
          return;
        }
        // The server may have restarted, counting its versions from 0 again: ask for the status itself.
        version = undefined;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  return {
    async addresses() {
      try {
        return await call<LanAddress[]>('GET', 'addresses');
      } catch (error) {
        if (error instanceof NoRoomServer) return [];
        throw error;
      }
    },
    async status() {
      try {
        const answer = await call<unknown>('GET', 'status');
        return isStatusAnswer(answer) ? answer.status : NO_ROOM_SERVER;
      } catch (error) {
        if (error instanceof NoRoomServer) return NO_ROOM_SERVER;
        throw error;
      }
    },
    open: (request) => statusCall('POST', 'open', request),
    close: () => statusCall('POST', 'close'),
    newCode: () => statusCall('POST', 'new-code'),
    removeDevice: (deviceId) => statusCall('POST', 'remove-device', { deviceId }),
    async reportRefusal(report) {
      try {
        await call('POST', 'report-refusal', report);
      } catch (error) {
        if (!(error instanceof NoRoomServer)) throw error;
      }
    },
    onStatus(listener) {
      listeners.add(listener);
      if (!polling) {
        polling = new AbortController();
        void poll(polling.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          polling?.abort();
          polling = undefined;
        }
      };
    },
  };
}
