/**
 * Clients of the room that connect from a chosen loopback address (Linux routes all of 127/8 to the
 * loopback interface): a phone on its own address, and floods from one address. A flood is bounded: a
 * fixed number of attempts, a fixed number in flight, a deadline, and every attempt settled (answered,
 * refused or failed) before it returns; what stays open is handed back for the caller to close.
 */
import { request as httpRequest } from 'node:http';
import { WebSocket } from 'ws';
import { http } from './roomTestKit';

export interface FloodResult {
  attempted: number;
  /** How the attempts ended: `open`, an HTTP status (`'429'`), or `failed` (reset, timed out). */
  outcomes: Map<string, number>;
}

async function flood(attempts: number, inFlight: number, deadlineMs: number, attempt: () => Promise<string>): Promise<FloodResult> {
  const deadline = Date.now() + deadlineMs;
  const outcomes = new Map<string, number>();
  let attempted = 0;
  const worker = async () => {
    while (attempted < attempts && Date.now() < deadline) {
      attempted += 1;
      const outcome = await attempt().catch(() => 'failed');
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { attempted, outcomes };
}

/** One WebSocket upgrade: `open` (the socket is kept in `opened`), the refusal's HTTP status, or `failed`. */
export function upgrade(url: string, origin: string, opened: WebSocket[], localAddress = '127.0.0.1'): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { origin, localAddress, handshakeTimeout: 5000 });
    let settled = false;
    const settle = (outcome: string) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    ws.on('open', () => {
      opened.push(ws);
      settle('open');
    });
    ws.on('unexpected-response', (request, response) => {
      settle(String(response.statusCode));
      response.resume();
      request.destroy();
    });
    ws.on('error', () => settle('failed'));
    ws.on('close', () => settle('failed'));
  });
}

/** `attempts` WebSocket upgrades from 127.0.0.1; the ones that opened stay open in `opened`. */
export function floodUpgrades(url: string, origin: string, attempts: number, opened: WebSocket[]): Promise<FloodResult> {
  return flood(attempts, 100, 30_000, () => upgrade(url, origin, opened));
}

/** `attempts` joins with a wrong code from 127.0.0.1. */
export function floodJoins(port: number, origin: string, attempts: number): Promise<FloodResult> {
  return flood(attempts, 50, 30_000, async () => {
    const answer = await http(port, 'POST', '/api/join', { headers: { Origin: origin }, body: { code: '0'.repeat(26) } });
    return String(answer.status);
  });
}

/** Closes sockets at once and waits (bounded) until each has closed. */
export async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(
    sockets.splice(0).map(
      (ws) =>
        new Promise<void>((resolve) => {
          if (ws.readyState === WebSocket.CLOSED) return resolve();
          const timer = setTimeout(resolve, 2000);
          ws.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          ws.terminate();
        }),
    ),
  );
}

/**
 * `count` joins with this code from 127.0.0.1 whose headers all arrive first and whose bodies all
 * arrive after (each on its own connection): the HTTP statuses they were answered with.
 */
export async function joinsSentTogether(port: number, origin: string, count: number, code: string): Promise<number[]> {
  const body = JSON.stringify({ code });
  const requests = Array.from({ length: count }, () =>
    httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/join',
      agent: false,
      timeout: 10_000,
      headers: { Origin: origin, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }),
  );
  const answers = requests.map(
    (request) =>
      new Promise<number>((resolve) => {
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('timeout', () => request.destroy());
        request.on('error', () => resolve(-1));
      }),
  );
  for (const request of requests) request.flushHeaders();
  // Every request is under way, each waiting for its body.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const request of requests) request.end(body);
  return Promise.all(answers);
}
