import type { JoinResponse } from '../../shared/room/protocol';

/**
 * What this device keeps between visits (in localStorage, which is per origin: per room address), so
 * a reload or a later visit reconnects without the code: the credential, and where and who it sits.
 */
export interface StoredIdentity extends JoinResponse {
  tableId?: string;
  /** Set once the name step is done: the participant's name, or '' for anonymous. */
  name?: string;
  organisation?: string;
  /** The participant this device speaks for (author of notes and actions, voter); none when anonymous. */
  participantId?: string;
  /** Whether the room server knows the current table and name (`POST /api/device` succeeded). */
  registered?: boolean;
}

/** The part of localStorage this page uses; injectable so tests and Node clients can do without. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'actieplaat.room.identity';
const MAX = 200;

function text(value: unknown, max = MAX): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** The stored identity, or `null` when there is none or it is damaged. */
export function readIdentity(store: KeyValueStore): StoredIdentity | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(store.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const raw = parsed as Record<string, unknown>;
  const roomId = text(raw['roomId']);
  const deviceId = text(raw['deviceId']);
  const credential = text(raw['credential']);
  if (!roomId || !deviceId || !credential) return null;
  const identity: StoredIdentity = { roomId, deviceId, credential };
  const tableId = text(raw['tableId']);
  if (tableId) identity.tableId = tableId;
  const name = text(raw['name']);
  if (tableId && name !== undefined) identity.name = name;
  const organisation = text(raw['organisation']);
  if (identity.name && organisation) identity.organisation = organisation;
  const participantId = text(raw['participantId']);
  if (identity.name && participantId) identity.participantId = participantId;
  if (raw['registered'] === true) identity.registered = true;
  return identity;
}

export function writeIdentity(store: KeyValueStore, identity: StoredIdentity | null): void {
  try {
    if (identity) store.setItem(KEY, JSON.stringify(identity));
    else store.removeItem(KEY);
  } catch {
    // Private mode or a full store: the page works for this visit, a reload asks for the code again.
  }
}

/**
 * The identity after a (re)join: the new credential, and the table and name chosen before when it is
 * the same room (a new code of the same room keeps everyone's place); a room never seen starts afresh.
 */
export function identityAfterJoin(previous: StoredIdentity | null, joined: JoinResponse): StoredIdentity {
  const fresh: StoredIdentity = { roomId: joined.roomId, deviceId: joined.deviceId, credential: joined.credential };
  if (!previous || previous.roomId !== joined.roomId) return fresh;
  const { tableId, name, organisation, participantId } = previous;
  return { ...fresh, tableId, name, organisation, participantId, registered: false };
}
