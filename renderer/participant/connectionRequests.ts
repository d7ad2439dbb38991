// The participant's requests to the room over HTTP: the join exchange (code for credential) and the device's registration.
import { joinRefusals, type DeviceRequest, type JoinRefusal, type JoinResponse } from '../../shared/room/protocol';
import type { RoomEnvironment } from './connectionEnvironment';

export type Refusal = JoinRefusal | 'network' | 'unexpected';
export type JoinOutcome = { ok: true; joined: JoinResponse } | { ok: false; refused: Refusal };
export type DeviceOutcome = { ok: true } | { ok: false; refused: Refusal };

function refusalOf(status: number, body: unknown): Refusal {
  const refused = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['refused'] : undefined;
  if ((joinRefusals as readonly unknown[]).includes(refused)) return refused as JoinRefusal;
  if (status === 429) return 'throttled';
  // A room that is closing answers 503 without a body.
  if (status === 503) return 'closed';
  return 'unexpected';
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/** What the room answered to `POST /api/join`. */
export function joinOutcome(status: number, body: unknown): JoinOutcome {
  if (status === 200 && typeof body === 'object' && body !== null) {
    const { roomId, deviceId, credential } = body as Record<string, unknown>;
    if (isShortText(roomId) && isShortText(deviceId) && isShortText(credential) && !deviceId.includes('.') && !credential.includes('.'))
      return { ok: true, joined: { roomId, deviceId, credential } };
  }
  return { ok: false, refused: refusalOf(status, body) };
}

/** What the room answered to `POST /api/device`. */
export function deviceOutcome(status: number, body: unknown): DeviceOutcome {
  return status >= 200 && status < 300 ? { ok: true } : { ok: false, refused: refusalOf(status, body) };
}

async function post(env: RoomEnvironment, path: string, body: unknown): Promise<{ status: number; body: unknown } | null> {
  try {
    const response = await env.fetch(`${env.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  } catch {
    return null;
  }
}

/** Exchanges the room's code for this device's credential. */
export async function requestJoin(env: RoomEnvironment, code: string): Promise<JoinOutcome> {
  const answer = await post(env, '/api/join', { code });
  return answer ? joinOutcome(answer.status, answer.body) : { ok: false, refused: 'network' };
}

/** Tells the room where this device sits and who holds it. */
export async function registerDevice(env: RoomEnvironment, request: DeviceRequest): Promise<DeviceOutcome> {
  const answer = await post(env, '/api/device', request);
  return answer ? deviceOutcome(answer.status, answer.body) : { ok: false, refused: 'network' };
}
