import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { registerDevice, requestJoin, RoomClient, type RoomEnvironment } from '../../renderer/participant/connection';
import { nodeRoomEnvironment } from './nodeRoomClient';
import { patchRecord, writeRecord, writeScores, type RoomAction, type RoomNote } from '../../shared/room/tableDoc';

/**
 * A simulated phone for the room's fault trials: the participant page's own client (RoomClient, the
 * same Hocuspocus provider) in Node, its documents in memory as a phone that is not reloaded keeps
 * them, with a network that a trial can take away and give back, and a ledger of every edit it made.
 */
export type FaultEdit =
  | { kind: 'note'; id: string; text: string }
  | { kind: 'note-text'; id: string; text: string }
  | { kind: 'action'; id: string; title: string }
  | { kind: 'score'; elementId: string; field: 'maturity' | 'importance'; value: number };

export interface PhoneSpec {
  name: string;
  tableId: string;
  participantId: string;
  /** Elements only this phone scores, so that each score's last value is defined. */
  elements: string[];
}

/** A `ws` WebSocket with the page's Origin, cut while the phone is off the network (as with no wifi). */
function switchableSocket(origin: string) {
  const open = new Set<WebSocket>();
  let online = true;
  class PhoneSocket extends WebSocket {
    constructor(url: string) {
      super(url, { origin });
      this.on('error', () => undefined);
      if (!online) {
        // No network: the connection fails at once, as it would with no wifi.
        process.nextTick(() => this.terminate());
        return;
      }
      open.add(this);
      this.once('close', () => open.delete(this));
    }
  }
  return {
    WebSocket: PhoneSocket,
    setOnline(value: boolean) {
      online = value;
      if (!value) for (const socket of [...open]) socket.terminate();
    },
  };
}

export class FaultPhone {
  readonly edits: FaultEdit[] = [];
  private readonly notes: string[] = [];
  private client: RoomClient | undefined;
  private table: Y.Doc | undefined;
  private readonly network: ReturnType<typeof switchableSocket>;
  private readonly env: RoomEnvironment;
  private count = 0;
  online = true;

  constructor(
    readonly spec: PhoneSpec,
    private readonly random: () => number,
    baseUrl: string,
  ) {
    this.network = switchableSocket(baseUrl);
    this.env = { ...nodeRoomEnvironment(baseUrl), WebSocket: this.network.WebSocket };
  }

  /** Joins with the room's code, sits at its table under its name, and waits until the table is synced. */
  async join(code: string, deadline: number): Promise<void> {
    const joined = await requestJoin(this.env, code);
    if (!joined.ok) throw new Error(`${this.spec.name} could not join: ${joined.refused}`);
    const seated = await registerDevice(this.env, {
      credential: joined.joined.credential,
      tableId: this.spec.tableId,
      name: this.spec.name,
      participantId: this.spec.participantId,
    });
    if (!seated.ok) throw new Error(`${this.spec.name} could not sit at ${this.spec.tableId}: ${seated.refused}`);
    this.client = new RoomClient(this.env, joined.joined);
    await this.client.start();
    this.table = await this.client.openTable(this.spec.tableId, true);
    await this.until(() => this.client!.getState().tableSynced, 'its table to sync', deadline);
  }

  /** Off the network (every socket cut, none can open) or back on it. */
  setOnline(online: boolean): void {
    this.online = online;
    this.network.setOnline(online);
  }

  get connected(): boolean {
    return this.client?.getState().connection === 'online' && this.client.getState().tableSynced;
  }

  /** One edit, drawn at random: a new note, a note's text changed, a new action, or a score. */
  edit(): FaultEdit {
    const table = this.table;
    if (!table) throw new Error(`${this.spec.name} has not joined`);
    this.count += 1;
    const now = new Date().toISOString();
    const marker = `${this.spec.name} ${this.count}`;
    const draw = this.random();
    let edit: FaultEdit;
    if (draw < 0.35 || this.notes.length === 0) {
      const note: RoomNote = {
        id: randomUUID(),
        elementId: this.pick(this.spec.elements),
        text: `Notitie ${marker}`,
        colour: 'geel',
        authorId: this.spec.participantId,
        createdAt: now,
        updatedAt: now,
      };
      writeRecord(table, 'notes', note);
      this.notes.push(note.id);
      edit = { kind: 'note', id: note.id, text: note.text };
    } else if (draw < 0.5) {
      const id = this.pick(this.notes);
      const text = `Notitie bijgewerkt ${marker}`;
      patchRecord(table, 'notes', id, { text, updatedAt: now });
      edit = { kind: 'note-text', id, text };
    } else if (draw < 0.65) {
      const action: RoomAction = {
        id: randomUUID(),
        title: `Actie ${marker}`,
        elementIds: [this.pick(this.spec.elements)],
        owner: { name: this.spec.name },
        dueDate: null,
        status: 'open',
        authorId: this.spec.participantId,
        createdAt: now,
        updatedAt: now,
      };
      writeRecord(table, 'actions', action);
      edit = { kind: 'action', id: action.id, title: action.title };
    } else {
      const field = draw < 0.85 ? 'maturity' : 'importance';
      // Maturity 1–5, importance 1–3 (shared/model/vocabulary.ts).
      const value = 1 + Math.floor(this.random() * (field === 'maturity' ? 5 : 3));
      const elementId = this.pick(this.spec.elements);
      writeScores(table, elementId, { [field]: value, updatedAt: now, updatedBy: this.spec.participantId });
      edit = { kind: 'score', elementId, field, value };
    }
    this.edits.push(edit);
    return edit;
  }

  destroy(): void {
    this.client?.destroy();
    this.setOnline(false);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private async until(check: () => boolean, what: string, deadline: number): Promise<void> {
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`${this.spec.name}: timed out waiting for ${what}`);
      await new Promise((done) => setTimeout(done, 25));
    }
  }
}
