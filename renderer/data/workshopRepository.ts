import Dexie from 'dexie';
import type { FacilitationState } from '../../shared/facilitation/facilitationState';
import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import type { EarlierSession } from '../../shared/model/session';
import type { Participant } from '../../shared/model/participant';
import type { Team } from '../../shared/model/team';
import { orderedTeams } from '../../shared/model/order';
import type { Template } from '../../shared/model/template';
import type { Vote } from '../../shared/model/vote';
import type { Workshop } from '../../shared/model/workshop';
import type { WorkshopData } from '../../shared/model/workshopData';
import { copyWorkshopData, createWorkshopData, type NewWorkshopInput, type RecordFactory } from '../../shared/workshop/newWorkshop';
import { freshIds, remapIds } from '../../shared/workshop/remapIds';
import { followUpData, type FollowUpInput } from '../../shared/workshop/followUp';
import type { ActieplaatDatabase, Stored } from './db';
import { loadedRecordChecks, loadRecordChecks } from './recordChecks';
import { recordFactory } from './records';
import { workshopRows } from './workshopRows';

export type ImportOutcome = { status: 'exists' } | { status: 'imported'; workshop: Workshop; replaced?: DeletedWorkshop };

/** A deleted workshop as `restore` puts it back: its records, and the facilitator's state it had (never part of its file). */
export type DeletedWorkshop = WorkshopData & { facilitation?: FacilitationState };

/**
 * Whole-workshop operations: create, rename, duplicate, delete and restore. Each is one transaction. Every
 * record written is checked against the model's schema first, as the change writer checks an edit's.
 */
export class WorkshopRepository {
  constructor(
    private readonly database: ActieplaatDatabase,
    private readonly factory: RecordFactory = recordFactory,
  ) {}

  async create(input: NewWorkshopInput, firstTeamName: string): Promise<Workshop> {
    const data = createWorkshopData(input, firstTeamName, this.factory);
    await this.write(data);
    return data.workshop;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.get(id)) !== undefined;
  }

  /** The workshop's own record (title, date, when last edited), without its content. */
  get(id: string): Promise<Workshop | undefined> {
    return this.database.workshops.get(id);
  }

  /** When each workshop was last edited: what a backup round compares against. */
  async editStamps(): Promise<{ id: string; updatedAt: string }[]> {
    return (await this.database.workshops.toArray()).map(({ id, updatedAt }) => ({ id, updatedAt }));
  }

  async rename(id: string, title: string): Promise<void> {
    const trimmed = title.trim();
    if (!trimmed) throw new Error('a workshop title cannot be empty');
    const checks = await loadRecordChecks();
    const workshops = this.database.workshops;
    await this.database.transaction('rw', workshops, async () => {
      const workshop = await workshops.get(id);
      if (!workshop) throw new Error(`no workshop ${id}`);
      const renamed = { ...workshop, title: trimmed, updatedAt: this.factory.now() };
      checks.record('workshops', renamed);
      await workshops.put(renamed);
    });
  }

  async duplicate(id: string, title: string): Promise<Workshop> {
    const source = await this.load(id);
    if (!source) throw new Error(`no workshop ${id}`);
    const copy = copyWorkshopData(source, title, this.factory);
    await this.write(copy);
    return copy.workshop;
  }

  /** Starts a follow-up session of the workshop (`followUpData`), in one transaction. */
  async followUp(id: string, input: FollowUpInput): Promise<Workshop> {
    const db = this.database;
    await loadRecordChecks();
    return db.transaction('rw', db.workshopTables(), async () => {
      const source = await this.load(id);
      if (!source) throw new Error(`no workshop ${id}`);
      const data = followUpData(source, input, this.factory);
      await this.write(data);
      return data.workshop;
    });
  }

  /** Deletes everything of the workshop, its facilitation state too, and returns it, so that the deletion can be undone. */
  async delete(id: string): Promise<DeletedWorkshop | undefined> {
    const db = this.database;
    return db.transaction('rw', [...db.workshopTables(), db.facilitation], async () => {
      const snapshot = await this.load(id);
      if (!snapshot) return undefined;
      const facilitation = await db.facilitation.get(id);
      await Promise.all([
        db.facilitation.delete(id),
        db.workshops.delete(id),
        db.templates.delete(id),
        ...[db.teams, db.participants, db.assessments, db.notes, db.actions, db.votes, db.sessions].map((table) =>
          table.where('workshopId').equals(id).delete(),
        ),
      ]);
      if (!facilitation) return snapshot;
      const { workshopId: _workshopId, ...state } = facilitation;
      return { ...snapshot, facilitation: state };
    });
  }

  /**
   * A workshop read from a file, as a new workshop of the library: `as-is` keeps its ids (the same
   * workshop on another laptop, or a restored backup) and refuses if the library has it already;
   * `copy` gives it new ids and the title given; `replace` swaps the library's workshop of the same id
   * for it and returns what was there, for undo. One transaction: all of it, or nothing.
   */
  async import(
    data: WorkshopData,
    mode: { kind: 'as-is' } | { kind: 'copy'; title: string } | { kind: 'replace' },
  ): Promise<ImportOutcome> {
    const db = this.database;
    await loadRecordChecks();
    return db.transaction('rw', [...db.workshopTables(), db.facilitation], async () => {
      const exists = await this.exists(data.workshop.id);
      if (mode.kind === 'as-is' && exists) return { status: 'exists' as const };
      if (mode.kind === 'copy') {
        const copy = copyWorkshopData(data, mode.title, this.factory);
        await this.write(copy);
        return { status: 'imported' as const, workshop: copy.workshop };
      }
      const replaced = mode.kind === 'replace' && exists ? await this.delete(data.workshop.id) : undefined;
      const { data: own } = withFreshIds(data, await this.takenElsewhere(data, data.workshop.id), this.factory);
      await this.write(own);
      return { status: 'imported' as const, workshop: own.workshop, ...(replaced ? { replaced } : {}) };
    });
  }

  /**
   * The ids of `data`'s teams, participants, notes and actions that records of a workshop other than
   * `workshopId` already have. Ids are keys of the whole library: writing such a record would take it
   * from that workshop. Call inside a transaction over the workshop tables.
   */
  async takenElsewhere(data: WorkshopData, workshopId: string): Promise<TakenIds> {
    const db = this.database;
    const elsewhere = async (rows: Promise<({ id: string; workshopId: string } | undefined)[]>) =>
      new Set((await rows).flatMap((row) => (row && row.workshopId !== workshopId ? [row.id] : [])));
    const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
    const [teams, participants, notes, actions] = await Promise.all([
      elsewhere(db.teams.bulkGet(ids(data.teams))),
      elsewhere(db.participants.bulkGet(ids(data.participants))),
      elsewhere(db.notes.bulkGet(ids(data.notes))),
      elsewhere(db.actions.bulkGet(ids(data.actions))),
    ]);
    return { teams, participants, notes, actions };
  }

  /** Undoes a `replace` import: the imported workshop goes, the one it replaced comes back. */
  async undoReplace(replaced: DeletedWorkshop): Promise<void> {
    const db = this.database;
    await loadRecordChecks();
    await db.transaction('rw', [...db.workshopTables(), db.facilitation], async () => {
      await this.delete(replaced.workshop.id);
      await this.restore(replaced);
    });
  }

  /** Puts back a workshop exactly as `delete` returned it, its facilitation state with it. */
  async restore(snapshot: DeletedWorkshop): Promise<void> {
    const db = this.database;
    // Not awaited when loaded: `undoReplace` calls this inside its transaction.
    if (!loadedRecordChecks()) await loadRecordChecks();
    await db.transaction('rw', [...db.workshopTables(), db.facilitation], async () => {
      await this.write(snapshot);
      if (snapshot.facilitation) await db.facilitation.put({ ...snapshot.facilitation, workshopId: snapshot.workshop.id });
    });
  }

  async load(id: string): Promise<WorkshopData | undefined> {
    const db = this.database;
    return db.transaction('r', db.workshopTables(), async () => {
      const stored = await readStoredWorkshop(db, id);
      if (!stored) return undefined;
      const { workshop, template, teams, participants, assessments, notes, actions, votes, sessions } = stored;
      return {
        workshop,
        template: untag<Template>(template),
        teams: teams.map(({ position: _position, ...team }) => untag<Team>(team)),
        participants: participants.map((participant) => untag<Participant>(participant)),
        assessments: assessments.map((assessment) => untag<Assessment>(assessment)),
        notes: notes.map((note) => untag<Note>(note)),
        actions: actions.map((action) => untag<Action>(action)),
        votes: votes.map(({ seq: _seq, ...vote }) => untag<Vote>(vote)),
        ...(sessions.length > 0
          ? { earlierSessions: sessions.map(({ position: _position, ...session }) => untag<EarlierSession>(session)) }
          : {}),
      };
    });
  }

  /**
   * Writes a whole workshop in one transaction: all of it, or nothing. Its teams keep the order of their
   * array. A record or a collection the model does not allow refuses it all (`InvalidRecordError`).
   * A caller that writes inside a transaction of its own awaits `loadRecordChecks` before opening it.
   */
  async write(data: WorkshopData): Promise<void> {
    const db = this.database;
    const rows = workshopRows(data);
    (loadedRecordChecks() ?? (await loadRecordChecks())).workshop(rows);
    await db.transaction('rw', db.workshopTables(), async () => {
      await db.workshops.put(rows.workshops[0]);
      await db.templates.put(rows.templates[0]);
      await db.teams.bulkPut(rows.teams);
      await db.participants.bulkPut(rows.participants);
      await db.assessments.bulkPut(rows.assessments);
      await db.notes.bulkPut(rows.notes);
      await db.actions.bulkPut(rows.actions);
      await db.votes.bulkAdd(rows.votes);
      await db.sessions.bulkPut(rows.sessions);
    });
  }
}

export interface TakenIds {
  teams: ReadonlySet<string>;
  participants: ReadonlySet<string>;
  notes: ReadonlySet<string>;
  actions: ReadonlySet<string>;
}

/**
 * The workshop with new ids for the records whose ids are taken (by another workshop of the library),
 * every reference following; the rest keeps its ids. `teamIds` maps each renamed team's old id to its new one.
 */
export function withFreshIds(
  data: WorkshopData,
  taken: TakenIds,
  factory: RecordFactory,
): { data: WorkshopData; teamIds: ReadonlyMap<string, string> } {
  const ids = {
    teams: freshIds(taken.teams, factory),
    participants: freshIds(taken.participants, factory),
    notes: freshIds(taken.notes, factory),
    actions: freshIds(taken.actions, factory),
  };
  const renamed = ids.teams.size + ids.participants.size + ids.notes.size + ids.actions.size > 0;
  return { data: renamed ? remapIds(data, ids) : data, teamIds: ids.teams };
}

/** The record without the database's workshop tag, as the file format and the domain know it. */
function untag<T>(stored: Stored<T>): T {
  const { workshopId: _workshopId, ...record } = stored;
  return record as unknown as T;
}

/**
 * A workshop's rows as stored (tagged with the workshop), read inside the caller's transaction; `undefined`
 * when it is gone. Its teams come in the workshop's team order, as everything that shows them keeps it.
 */
export async function readStoredWorkshop(db: ActieplaatDatabase, id: string) {
  const [workshop, template] = await Promise.all([db.workshops.get(id), db.templates.get(id)]);
  if (!workshop || !template) return undefined;
  const [teams, participants, assessments, notes, actions, votes, sessions] = await Promise.all([
    db.teams.where('workshopId').equals(id).toArray(),
    db.participants.where('workshopId').equals(id).toArray(),
    db.assessments.where('workshopId').equals(id).toArray(),
    db.notes.where('workshopId').equals(id).toArray(),
    db.actions.where('workshopId').equals(id).toArray(),
    db.votes.where('workshopId').equals(id).toArray(),
    db.sessions.where('[workshopId+position]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
  ]);
  return { workshop, template, teams: orderedTeams(teams), participants, assessments, notes, actions, votes, sessions };
}
