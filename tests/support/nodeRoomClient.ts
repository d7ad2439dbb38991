/**
 * The participant page's connection (renderer/participant/connection.ts) as a Node client: a phone
 * simulated by the benchmark or a test. It sends the headers a browser on the room's page would
 * (the room checks Origin on its API and its socket) and keeps its documents in memory.
 */
import { WebSocket } from 'ws';
import type { RoomEnvironment } from '../../renderer/participant/connection';

/** A `ws` WebSocket with the page's Origin. The provider drops its listeners before closing a socket still connecting; `ws` would then throw the error nobody hears. */
function pageWebSocket(origin: string) {
  return class PageWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { origin });
      this.on('error', () => undefined);
    }
  };
}

/** `baseUrl`: the room's `http://address:port`, as the page's own origin. */
export function nodeRoomEnvironment(baseUrl: string): RoomEnvironment {
  return {
    baseUrl,
    fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: baseUrl } }),
    WebSocket: pageWebSocket(baseUrl),
  };
}
