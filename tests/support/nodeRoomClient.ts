/**
 * The participant page's connection (renderer/participant/connection.ts) as a Node client: a phone
 * simulated by the benchmark or a test. It sends the headers a browser on the room's page would
 * (the room checks Origin on its API and its socket) and keeps its documents in memory.
 */
import { request } from 'node:http';
import { WebSocket } from 'ws';
import type { RoomEnvironment } from '../../renderer/participant/connection';

/** A `ws` WebSocket with the page's Origin. The provider drops its listeners before closing a socket still connecting; `ws` would then throw the error nobody hears. */
function pageWebSocket(origin: string, localAddress: string | undefined) {
  return class PageWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { origin, ...(localAddress ? { localAddress } : {}) });
      this.on('error', () => undefined);
    }
  };
}

const NO_BODY = new Set([101, 204, 205, 304]);
const REQUEST_TIMEOUT_MS = 15_000;

/** `fetch` for the room's JSON API over `node:http`, from one local address (Node's own fetch cannot bind one). */
function fetchFrom(localAddress: string, origin: string): typeof fetch {
  const send = (input: string | URL | Request, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const body = typeof init?.body === 'string' ? init.body : undefined;
      const headers: Record<string, string> = { ...(init?.headers as Record<string, string>), Origin: origin };
      if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
      const url = input instanceof Request ? input.url : String(input);
      const outgoing = request(url, { method: init?.method ?? 'GET', headers, localAddress, agent: false }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const status = incoming.statusCode ?? 500;
          resolve(new Response(NO_BODY.has(status) ? null : Buffer.concat(chunks), { status }));
        });
      });
      outgoing.setTimeout(REQUEST_TIMEOUT_MS, () => outgoing.destroy(new Error('timeout')));
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  return send as typeof fetch;
}

/**
 * `baseUrl`: the room's `http://address:port`, as the page's own origin. `localAddress`: the address
 * this phone's requests and socket come from (the room counts connections per address, so simulated
 * phones on one machine each take their own loopback address, 127.0.0.x).
 */
export function nodeRoomEnvironment(baseUrl: string, localAddress?: string): RoomEnvironment {
  return {
    baseUrl,
    fetch: localAddress
      ? fetchFrom(localAddress, baseUrl)
      : (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: baseUrl } }),
    WebSocket: pageWebSocket(baseUrl, localAddress),
  };
}
