import { writeRecord, type RoomPerson } from '../../shared/room/tableDoc';
import { RoomClient, registerDevice, requestJoin, type Refusal, type RoomClientState, type RoomEnvironment } from './connection';
import { identityAfterJoin, readIdentity, writeIdentity, type KeyValueStore, type StoredIdentity } from './identity';
import { uuidV4 } from './uuid';

// The participant page's flow, free of React: the code, the credential kept on the device, the
// table and name, and the room connection; it keeps the device registered at its table and notices
// when the room no longer admits it. The page renders `stageOf(session snapshot, plenary)`.

/** Who takes the seat: a participant the facilitator listed, a name typed here, or nobody in particular. */
export type Person =
  | { kind: 'listed'; id: string; name: string; organisation?: string }
  | { kind: 'new'; name: string; organisation?: string }
  | { kind: 'anonymous' };

export interface SessionSnapshot {
  identity: StoredIdentity | null;
  /** The code is being exchanged. */
  joining: boolean;
  /** Why the last join or registration was refused, for the user to read. */
  refused: Refusal | null;
  /** The room refused this device's credential: it must scan the code again. */
  notAdmitted: boolean;
  /** Changing table or name: the table picked so far (`null`: not yet). `undefined`: not changing. */
  picking: { tableId: string | null } | undefined;
  client: RoomClient | null;
  room: RoomClientState | null;
}

export class ParticipantSession {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private stopClient: (() => void) | null = null;
  /** The table was refused after a registration that succeeded: once more is a real refusal. */
  private tableRetried = false;
  private registering = false;

  constructor(
    private readonly env: RoomEnvironment,
    private readonly store: KeyValueStore,
  ) {
    this.snapshot = {
      identity: readIdentity(store),
      joining: false,
      refused: null,
      notAdmitted: false,
      picking: undefined,
      client: null,
      room: null,
    };
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private saveIdentity(identity: StoredIdentity): void {
    writeIdentity(this.store, identity);
    this.set({ identity });
  }

  /** Starts with the code of the join URL, else with the credential kept on this device, else asks for the code. */
  begin(code: string | null): void {
    if (code) void this.join(code);
    else if (this.snapshot.identity) this.connect();
  }

  async join(code: string): Promise<void> {
    if (this.snapshot.joining) return;
    this.set({ joining: true, refused: null });
    const outcome = await requestJoin(this.env, code);
    if (!outcome.ok) {
      this.set({ joining: false, refused: outcome.refused });
      return;
    }
    const previous = this.snapshot.identity;
    this.saveIdentity(identityAfterJoin(previous, outcome.joined));
    this.set({ joining: false, notAdmitted: false });
    this.tableRetried = false;
    const client = this.snapshot.client;
    if (client && previous?.roomId === outcome.joined.roomId) {
      // Same room, new credential: the same documents (with anything typed meanwhile) reconnect.
      client.reconnect(outcome.joined, false);
      void this.settle();
    } else this.connect();
  }

  private connect(): void {
    const identity = this.snapshot.identity;
    if (!identity) return;
    this.stopClient?.();
    this.snapshot.client?.destroy();
    const client = new RoomClient(this.env, identity);
    this.stopClient = client.subscribe((room) => this.onRoomState(room));
    this.set({ client, room: client.getState() });
    void client.start();
    void this.settle();
  }

  private onRoomState(room: RoomClientState): void {
    const before = this.snapshot.room;
    this.set({ room });
    if (!room.admitted && !this.snapshot.notAdmitted) this.refuse();
    else if (room.tableRefused && !before?.tableRefused) void this.onTableRefused();
    else if (room.connection === 'online' && before?.connection !== 'online') void this.settle();
    if (room.tableSynced) this.tableRetried = false;
  }

  /** The room no longer admits this device: stop asking it (each refused try counts as a failed join there). */
  private refuse(): void {
    this.snapshot.client?.suspend();
    this.set({ notAdmitted: true });
  }

  private async onTableRefused(): Promise<void> {
    const identity = this.snapshot.identity;
    if (!identity || this.tableRetried) return this.refuse();
    this.tableRetried = true;
    this.saveIdentity({ ...identity, registered: false });
    if (await this.settle()) this.snapshot.client?.reconnect();
  }

  /**
   * Registers the device at its table when the room does not know it there yet, and opens the
   * table's document: connected to the room once registered, on the device only until then.
   * Returns whether the device is registered.
   */
  private async settle(): Promise<boolean> {
    const identity = this.snapshot.identity;
    const client = this.snapshot.client;
    if (!identity?.tableId || identity.name === undefined || !client) return false;
    if (!identity.registered && !this.registering) {
      this.registering = true;
      const outcome = await registerDevice(this.env, {
        credential: identity.credential,
        tableId: identity.tableId,
        name: identity.name,
        ...(identity.participantId ? { participantId: identity.participantId } : {}),
      }).finally(() => (this.registering = false));
      const current = this.snapshot.identity;
      if (current?.tableId !== identity.tableId || current.credential !== identity.credential) return false;
      if (outcome.ok) this.saveIdentity({ ...current, registered: true });
      else if (outcome.refused === 'unknown-device') this.refuse();
      else if (outcome.refused === 'unknown-table') {
        const {
          tableId: _table,
          name: _name,
          organisation: _organisation,
          participantId: _participant,
          registered: _registered,
          ...rest
        } = current;
        this.saveIdentity(rest);
      }
    }
    const registered = this.snapshot.identity?.registered === true;
    const tableId = this.snapshot.identity?.tableId;
    if (tableId) await client.openTable(tableId, registered);
    return registered;
  }

  /** "Wissel tafel of naam". */
  startPicking(): void {
    this.set({ picking: { tableId: null }, refused: null });
  }

  pickTable(tableId: string | null): void {
    this.set({ picking: { tableId } });
  }

  cancelPicking(): void {
    this.set({ picking: undefined });
  }

  /** Sits at the table as this person: remembered on the device, told to the room, written in the table's people. */
  async takeSeat(tableId: string, person: Person): Promise<void> {
    const identity = this.snapshot.identity;
    if (!identity) return;
    const participantId = person.kind === 'listed' ? person.id : person.kind === 'new' ? uuidV4() : undefined;
    const name = person.kind === 'anonymous' ? '' : person.name.trim();
    const organisation = person.kind === 'anonymous' ? undefined : person.organisation?.trim() || undefined;
    this.saveIdentity({
      roomId: identity.roomId,
      deviceId: identity.deviceId,
      credential: identity.credential,
      tableId,
      name,
      ...(organisation ? { organisation } : {}),
      ...(participantId ? { participantId } : {}),
      registered: false,
    });
    this.set({ picking: undefined, refused: null });
    this.tableRetried = false;
    const client = this.snapshot.client;
    if (!client) return;
    // The table's document opens on the device at once; the room connects it once the device is registered.
    const table = await client.openTable(tableId, false);
    if (participantId) {
      const person: RoomPerson = { id: participantId, name, ...(organisation ? { organisation } : {}) };
      writeRecord(table, 'people', person);
    }
    await this.settle();
  }

  /** The browser says the network went or came back. */
  networkChanged(online: boolean): void {
    this.snapshot.client?.networkChanged(online);
  }

  destroy(): void {
    this.stopClient?.();
    this.snapshot.client?.destroy();
    this.listeners.clear();
  }
}

export type Stage = 'code' | 'not-admitted' | 'loading' | 'table' | 'name' | 'canvas';

/** Which screen the page shows. */
export function stageOf(
  session: Pick<SessionSnapshot, 'identity' | 'notAdmitted' | 'picking'>,
  plenary: { loaded: boolean; teams: ReadonlyArray<{ id: string }> },
): Stage {
  const { identity, picking } = session;
  if (session.notAdmitted) return 'not-admitted';
  if (!identity) return 'code';
  if (!plenary.loaded) return 'loading';
  const known = (tableId: string | null | undefined) => !!tableId && plenary.teams.some((team) => team.id === tableId);
  if (picking) return known(picking.tableId) ? 'name' : 'table';
  if (!known(identity.tableId)) return 'table';
  return identity.name === undefined ? 'name' : 'canvas';
}
