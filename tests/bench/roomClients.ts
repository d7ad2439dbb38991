/**
 * The room benchmark's phones: the participant page's own connection (RoomClient, the same Hocuspocus
 * provider) in Node, each from a loopback address of its own, taking a seat as the page does (join,
 * the table's people, registration) and editing through the same writers as the page's components
 * (ScoreFields, AgreementsField, NotesSection, ActionsSection, DotControls), every edit carrying a
 * marker so that the host's stored copy can be found.
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { RoomClient, registerDevice, requestJoin, type RoomEnvironment } from '../../renderer/participant/connection';
import { plenaryMap, type PlenaryFacilitation } from '../../shared/room/plenaryDoc';
import {
  patchRecord,
  readScores,
  readVotes,
  scoreKey,
  tableMaps,
  writeRecord,
  writeScores,
  writeVote,
  type RoomAction,
  type RoomNote,
} from '../../shared/room/tableDoc';
import { nodeRoomEnvironment } from '../support/nodeRoomClient';
import { seededRandom } from './roomSchedule';

export type EditKind = 'note' | 'note-text' | 'action' | 'maturity' | 'importance' | 'agreements' | 'dot';

/** An edit a phone made: the record (`collection:key`) and field it set, the value, and the phone's Date.now() at the write. */
export interface SentEdit {
  phone: string;
  kind: EditKind;
  record: string;
  field: string;
  value: unknown;
  at: number;
}

/** Where a phone sits and as whom; `elements`: the elements whose scores and afspraken only this phone edits. */
export interface Seat {
  tableId: string;
  name: string;
  participantId: string;
  organisation?: string;
  /** A participant the facilitator listed (else a new name typed on the phone). */
  listed: boolean;
  elements: string[];
}

const JOIN_WITHIN_MS = 30_000;

async function until(test: () => boolean, what: string, timeoutMs = JOIN_WITHIN_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const stamp = () => new Date().toISOString();

export class SimulatedPhone {
  readonly sent: SentEdit[] = [];
  /** Score values that arrived from the room, per score key, with this phone's Date.now(). */
  readonly seen = new Map<string, { value: unknown; at: number }[]>();
  /** Times the socket went from online to offline. */
  disconnects = 0;
  private readonly notes: string[] = [];
  private readonly used = new Map<string, Set<unknown>>();
  private readonly random: () => number;
  private count = 0;

  private constructor(
    readonly label: string,
    readonly seat: Seat,
    private readonly client: RoomClient,
    private readonly doc: Y.Doc,
    private readonly allElements: readonly string[],
    seed: number,
  ) {
    this.random = seededRandom(seed);
    let online = true;
    client.subscribe((state) => {
      if (online && state.connection === 'offline') this.disconnects += 1;
      online = state.connection === 'online';
    });
  }

  /** Scans the code and sits down as the participant page does; resolves once the table's document holds the table. */
  static async join(options: {
    label: string;
    seed: number;
    baseUrl: string;
    localAddress: string;
    code: string;
    seat: Seat;
    allElements: readonly string[];
  }): Promise<SimulatedPhone> {
    const { seat } = options;
    const env: RoomEnvironment = nodeRoomEnvironment(options.baseUrl, options.localAddress);
    const joined = await requestJoin(env, options.code);
    if (!joined.ok) throw new Error(`phone ${options.label}: join refused (${joined.refused})`);
    const client = new RoomClient(env, joined.joined);
    try {
      await client.start();
      await until(() => client.getState().connection === 'online' && client.getState().plenarySynced, `phone ${options.label} online`);
      // As ParticipantSession.takeSeat: the table opens on the device, the person goes into it, then the room learns the seat.
      const table = await client.openTable(seat.tableId, false);
      writeRecord(table, 'people', {
        id: seat.participantId,
        name: seat.name,
        ...(seat.organisation ? { organisation: seat.organisation } : {}),
      });
      const registered = await registerDevice(env, {
        credential: joined.joined.credential,
        tableId: seat.tableId,
        name: seat.name,
        participantId: seat.participantId,
      });
      if (!registered.ok) throw new Error(`phone ${options.label}: registration refused (${registered.refused})`);
      await client.openTable(seat.tableId, true);
      await until(
        () => client.getState().tableSynced && tableMaps(table).notes.size > 0,
        `phone ${options.label}: its table's document from the room`,
      );
      return new SimulatedPhone(options.label, seat, client, table, options.allElements, options.seed);
    } catch (error) {
      client.destroy();
      throw error;
    }
  }

  /** Notes, with this phone's clock, every value of `key` in the scores that arrives from the room. */
  watchScore(key: string): void {
    const scores = tableMaps(this.doc).scores;
    scores.observe((event) => {
      if (!event.keysChanged.has(key) || event.transaction.local) return;
      const list = this.seen.get(key) ?? [];
      list.push({ value: scores.get(key), at: Date.now() });
      this.seen.set(key, list);
    });
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private shuffled<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.random() * (i + 1));
      [result[i], result[j]] = [result[j]!, result[i]!];
    }
    return result;
  }

  private marker(): string {
    this.count += 1;
    return `[${this.label}.${this.count}]`;
  }

  private send(kind: EditKind, record: string, field: string, value: unknown, write: () => void): SentEdit {
    const edit: SentEdit = { phone: this.label, kind, record, field, value, at: Date.now() };
    write();
    this.sent.push(edit);
    return edit;
  }

  /** Makes one edit of `kind` (or a new note when this phone cannot: no note of its own yet, no dots left, no level left). */
  edit(kind: EditKind): SentEdit {
    const made = this.tryEdit(kind);
    return made ?? this.addNote();
  }

  private tryEdit(kind: EditKind): SentEdit | null {
    switch (kind) {
      case 'note':
        return this.addNote();
      case 'note-text':
        return this.editNote();
      case 'action':
        return this.addAction();
      case 'maturity':
        return this.score('maturity', [1, 2, 3, 4, 5]);
      case 'importance':
        return this.score('importance', [1, 2, 3]);
      case 'agreements':
        return this.agree();
      case 'dot':
        return this.placeDot();
    }
  }

  private addNote(): SentEdit {
    const now = stamp();
    const text = `Rooster afstemmen met de OR ${this.marker()}`;
    const note: RoomNote = {
      id: randomUUID(),
      elementId: this.pick(this.allElements),
      text,
      colour: 'geel',
      authorId: this.seat.participantId,
      createdAt: now,
      updatedAt: now,
    };
    this.notes.push(note.id);
    return this.send('note', `notes:${note.id}`, 'text', text, () => writeRecord(this.doc, 'notes', note));
  }

  private editNote(): SentEdit | null {
    const id = this.notes[0];
    if (!id) return null;
    const text = `Rooster afstemmen met de OR, en met HR ${this.marker()}`;
    return this.send('note-text', `notes:${id}`, 'text', text, () => patchRecord(this.doc, 'notes', id, { text, updatedAt: stamp() }));
  }

  private addAction(): SentEdit {
    const now = stamp();
    const title = `Pilot met vier hybride docenten ${this.marker()}`;
    const action: RoomAction = {
      id: randomUUID(),
      title,
      elementIds: [this.pick(this.allElements)],
      owner: { name: this.seat.name },
      dueDate: '2027-03-01',
      firstStep: 'Mail naar HR sturen',
      status: 'open',
      authorId: this.seat.participantId,
      createdAt: now,
      updatedAt: now,
    };
    return this.send('action', `actions:${action.id}`, 'title', title, () => writeRecord(this.doc, 'actions', action));
  }

  /** A level on one of this phone's own elements that differs from the one shown and that it never picked there before. */
  private score(field: 'maturity' | 'importance', levels: readonly number[]): SentEdit | null {
    const scores = readScores(this.doc);
    // The page's levels are disabled while an element is "niet van toepassing".
    const open = this.seat.elements.filter((elementId) => scores.get(elementId)?.['notApplicable'] !== true);
    for (const elementId of this.shuffled(open)) {
      const key = scoreKey(field, elementId);
      const used = this.used.get(key) ?? new Set<unknown>([scores.get(elementId)?.[field]]);
      this.used.set(key, used);
      const free = levels.filter((level) => !used.has(level) && level !== scores.get(elementId)?.[field]);
      if (free.length === 0) continue;
      const level = this.pick(free);
      used.add(level);
      return this.send(field, `assessments:${this.seat.tableId}|${elementId}`, field, level, () =>
        writeScores(this.doc, elementId, { [field]: level, updatedAt: stamp(), updatedBy: this.seat.participantId }),
      );
    }
    return null;
  }

  private agree(): SentEdit | null {
    if (this.seat.elements.length === 0) return null;
    const elementId = this.pick(this.seat.elements);
    const text = `We beginnen klein: vier mensen, een half jaar ${this.marker()}`;
    return this.send('agreements', `assessments:${this.seat.tableId}|${elementId}`, 'agreements', text, () =>
      writeScores(this.doc, elementId, { agreements: text, updatedAt: stamp(), updatedBy: this.seat.participantId }),
    );
  }

  /** One more dot on an element, within this participant's budget, as DotControls does. */
  private placeDot(): SentEdit | null {
    const voting = (plenaryMap(this.client.plenary).get('facilitation') as PlenaryFacilitation | undefined)?.voting;
    if (!voting || voting.voters !== 'participant') return null;
    const mine = readVotes(this.doc).filter(
      (vote) => vote.round === voting.round && vote.voter === 'participant' && vote.voterId === this.seat.participantId,
    );
    const used = mine.reduce((sum, vote) => sum + (typeof vote.dots === 'number' ? vote.dots : 0), 0);
    if (used >= voting.dotsPerVoter) return null;
    const elementId = this.pick(this.allElements);
    const current = mine.find((vote) => vote.elementId === elementId)?.dots;
    const dots = (typeof current === 'number' ? current : 0) + 1;
    const vote = { round: voting.round, voter: 'participant' as const, voterId: this.seat.participantId, elementId, dots };
    return this.send('dot', `votes:${voting.round}|${this.seat.participantId}|${elementId}`, 'dots', dots, () => writeVote(this.doc, vote));
  }

  destroy(): void {
    this.client.destroy();
  }
}
