// The live room's contract between the room server (electron/room), the host page (renderer/room) and
// the participant page (renderer/participant): document names, the join exchange, credentials, limits
// and the status the facilitator sees. Pure TypeScript, no validation library: the server checks the
// HTTP bodies with the small guards below, so the participant page stays free of zod.

/** The plenary document: workshop title, plate texts, teams, participants, phase, timer, voting round. */
export const PLENARY_DOC = 'plenary';
const TABLE_PREFIX = 'table.';

/** One document per table (team): its scores, afspraken, notes, actions, people and dots. */
export function tableDocName(teamId: string): string {
  return TABLE_PREFIX + teamId;
}

/** The team a table document belongs to, or `null` for any other name. */
export function teamOfDoc(documentName: string): string | null {
  if (!documentName.startsWith(TABLE_PREFIX)) return null;
  const teamId = documentName.slice(TABLE_PREFIX.length);
  return teamId.length > 0 && teamId.length <= 200 ? teamId : null;
}

/** Limits the room server enforces; the figures are far above a real workshop and far below harm. */
export const roomLimits = {
  /** One WebSocket message (a Yjs update or sync step). */
  maxMessageBytes: 1024 * 1024,
  /** One document's encoded state. */
  maxDocumentBytes: 8 * 1024 * 1024,
  /** Open WebSockets in all, and from one network address. */
  maxConnections: 200,
  maxConnectionsPerAddress: 12,
  /** Failed joins (wrong code, bad credential) from one address before it must wait. */
  failedJoinsPerAddress: 10,
  failedJoinWindowMs: 60_000,
  /** Messages one socket may send per second before it is closed (a phone sends a few). */
  maxMessagesPerSecond: 200,
  /** Devices one room accepts. */
  maxDevices: 300,
  /** An HTTP request body (join, device registration). */
  maxRequestBytes: 4096,
} as const;
export type RoomLimits = { -readonly [K in keyof typeof roomLimits]: number };

/** 128 random bits as 26 characters of Crockford's base 32 (no I, L, O, U): easy to read off a screen. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function encodeCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out;
}

/** A code as typed: case, spaces and dashes do not matter; I/L read as 1 and O as 0. `null` when it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]{26}$/.test(cleaned) ? cleaned : null;
}

/** "7K3M-Q9XR-…": the code in groups of four for the projector. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The address a phone opens: the secret rides in the fragment, which a browser never sends in a request. */
export function joinUrl(address: string, port: number, code: string): string {
  return `${baseUrl(address, port)}/#k=${code}`;
}

export function baseUrl(address: string, port: number): string {
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
}

/** The code in a join URL's fragment (`#k=…`), or `null`. */
export function codeFromHash(hash: string): string | null {
  const match = /(?:^#|&)k=([^&]+)/.exec(hash);
  return match?.[1] ? normaliseCode(decodeURIComponent(match[1])) : null;
}

// --- The join exchange (HTTP on the room's address) -------------------------------------------------

/** `POST /api/join`: the room's code for a credential of this device. */
export interface JoinRequest {
  code: string;
}
export interface JoinResponse {
  roomId: string;
  deviceId: string;
  /** Sent as the WebSocket token; the server keeps only its hash. */
  credential: string;
}

/** `POST /api/device`: where this device sits and who holds it, to show the facilitator. */
export interface DeviceRequest {
  credential: string;
  tableId: string;
  /** As shown in the facilitator's device list; empty for anonymous. */
  name: string;
  participantId?: string;
}

/** Why the server refused a join or a request; the page words it in the user's language. */
export const joinRefusals = ['wrong-code', 'throttled', 'room-full', 'bad-request', 'unknown-device', 'unknown-table', 'closed'] as const;
export type JoinRefusal = (typeof joinRefusals)[number];
export interface RefusalBody {
  refused: JoinRefusal;
}

export function isJoinRequest(value: unknown): value is JoinRequest {
  return isRecord(value) && typeof value['code'] === 'string' && value['code'].length <= 64;
}

export function isDeviceRequest(value: unknown): value is DeviceRequest {
  return (
    isRecord(value) &&
    typeof value['credential'] === 'string' &&
    value['credential'].length <= 200 &&
    typeof value['tableId'] === 'string' &&
    value['tableId'].length > 0 &&
    value['tableId'].length <= 200 &&
    typeof value['name'] === 'string' &&
    value['name'].length <= 200 &&
    (value['participantId'] === undefined || (typeof value['participantId'] === 'string' && value['participantId'].length <= 200))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A device's credential as a WebSocket token: `d.<deviceId>.<secret>`; the host's is `h.<secret>`. */
export function deviceToken(deviceId: string, secret: string): string {
  return `d.${deviceId}.${secret}`;
}

export function parseToken(token: string): { kind: 'device'; deviceId: string; secret: string } | { kind: 'host'; secret: string } | null {
  const parts = token.split('.');
  if (parts[0] === 'h' && parts.length === 2 && parts[1]) return { kind: 'host', secret: parts[1] };
  if (parts[0] === 'd' && parts.length === 3 && parts[1] && parts[2]) return { kind: 'device', deviceId: parts[1], secret: parts[2] };
  return null;
}

// --- What the facilitator sees -----------------------------------------------------------------------

/** A network address of this computer the room can listen on. */
export interface LanAddress {
  /** The interface's name (`wlan0`, `Wi-Fi`, `en0`). */
  interface: string;
  address: string;
  family: 'IPv4' | 'IPv6';
}

export interface DeviceInfo {
  id: string;
  name: string;
  tableId: string | null;
  participantId?: string;
  online: boolean;
  /** Epoch milliseconds. */
  lastSeen: number;
  joinedAt: number;
}

/** Something a device sent that the room or the host refused: shown to the facilitator. */
export interface RefusalInfo {
  at: number;
  deviceId?: string;
  /** A stable code: `oversized-message`, `document-too-large`, `malformed`, `forbidden-document`, `invalid-record`, … */
  reason: string;
  detail?: string;
}

/**
 * A record the host's bridge refused. The bridge cannot tell devices apart (the room relays their
 * updates into one document), so it names the Yjs clients that wrote the refused part; the room knows
 * which device sent each client's updates and names the device to the facilitator.
 */
export interface RefusalReport {
  deviceId?: string;
  reason: string;
  detail?: string;
  /** The `clientID`s of the documents whose updates wrote the refused part. */
  writers?: number[];
}

export interface OpenRoomStatus {
  state: 'open';
  workshopId: string;
  roomId: string;
  address: string;
  port: number;
  /** The URL in the QR code: the code in its fragment. */
  joinUrl: string;
  /** The room's code as read off the projector (26 characters). */
  code: string;
  /** Where the host page's bridge connects (loopback only) and its token. */
  hostUrl: string;
  hostToken: string;
  devices: DeviceInfo[];
  refusals: RefusalInfo[];
}

export interface ClosedRoomStatus {
  state: 'closed';
  /** A room that was open when the app stopped: opening it again resumes its documents, code and port. */
  resumable?: { workshopId: string; address: string; port: number };
  /** Why the last open failed, as a stable code (`address-in-use`, `address-unavailable`, `no-participant-page`). */
  error?: string;
}

export type RoomStatus = OpenRoomStatus | ClosedRoomStatus;

export interface OpenRoomRequest {
  workshopId: string;
  address: string;
  /** Omitted: the port the room had before, or a free one. */
  port?: number;
}
