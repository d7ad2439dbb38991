import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import type { Participant } from '../../shared/model/participant';
import type { Team } from '../../shared/model/team';
import { orderedTeams } from '../../shared/model/order';
import type { Template } from '../../shared/model/template';
import type { Workshop } from '../../shared/model/workshop';
import type { ActieplaatDatabase, Stored, StoredVote } from './db';
import { readStoredWorkshop } from './workshopRepository';

/** Everything of a workshop the live room mirrors, as stored (tagged, votes with their `seq`). */
export interface RoomWorkshopRecords {
  workshop: Workshop;
  template: Stored<Template>;
  teams: Stored<Team>[];
  participants: Stored<Participant>[];
  assessments: Stored<Assessment>[];
  notes: Stored<Note>[];
  actions: Stored<Action>[];
  votes: StoredVote[];
}

export type CountedTable = 'participants' | 'assessments' | 'notes' | 'actions' | 'votes';

/**
 * The reads the live room's bridge needs. Each works inside a transaction too (the bridge reads what
 * it validates in the transaction that writes it), and each reads no more than it is asked for.
 */
export class RoomRecords {
  constructor(
    private readonly db: ActieplaatDatabase,
    readonly workshopId: string,
  ) {}

  /** The whole workshop in one read transaction; `undefined` when it is gone. */
  async loadAll(): Promise<RoomWorkshopRecords | undefined> {
    const db = this.db;
    const id = this.workshopId;
    return db.transaction('r', db.workshopTables(), () => readStoredWorkshop(db, id));
  }

  /** The workshop's row, template and teams (in the workshop's order) in one read; `undefined` when it is gone. */
  async head(): Promise<Pick<RoomWorkshopRecords, 'workshop' | 'template' | 'teams'> | undefined> {
    const db = this.db;
    const id = this.workshopId;
    return db.transaction('r', [db.workshops, db.templates, db.teams], async () => {
      const [workshop, template, teams] = await Promise.all([
        db.workshops.get(id),
        db.templates.get(id),
        db.teams.where('workshopId').equals(id).toArray(),
      ]);
      return workshop && template ? { workshop, template, teams: orderedTeams(teams) } : undefined;
    });
  }

  async hasTeam(teamId: string): Promise<boolean> {
    return (await this.db.teams.get(teamId))?.workshopId === this.workshopId;
  }

  template(): Promise<Stored<Template> | undefined> {
    return this.db.templates.get(this.workshopId);
  }

  /** Records by id, of any workshop (an id is a key of the whole library): the caller checks whose. */
  notes(ids: readonly string[]): Promise<(Stored<Note> | undefined)[]> {
    return this.db.notes.bulkGet([...ids]);
  }

  actions(ids: readonly string[]): Promise<(Stored<Action> | undefined)[]> {
    return this.db.actions.bulkGet([...ids]);
  }

  participants(ids: readonly string[]): Promise<(Stored<Participant> | undefined)[]> {
    return this.db.participants.bulkGet([...ids]);
  }

  allParticipants(): Promise<Stored<Participant>[]> {
    return this.db.participants.where('workshopId').equals(this.workshopId).toArray();
  }

  assessments(teamId: string, elementIds: readonly string[]): Promise<(Stored<Assessment> | undefined)[]> {
    return this.db.assessments.bulkGet(elementIds.map((elementId): [string, string] => [teamId, elementId]));
  }

  /** Votes by their numbers, of any workshop: the caller checks whose. */
  votesBySeq(seqs: readonly number[]): Promise<(StoredVote | undefined)[]> {
    return this.db.votes.bulkGet([...seqs]);
  }

  votes(): Promise<StoredVote[]> {
    return this.db.votes.where('workshopId').equals(this.workshopId).toArray();
  }

  /** The highest vote number of the library (votes are numbered across workshops). */
  async lastVoteSeq(): Promise<number> {
    return (await this.db.votes.orderBy(':id').last())?.seq ?? 0;
  }

  count(table: CountedTable): Promise<number> {
    return this.db.table(table).where('workshopId').equals(this.workshopId).count();
  }
}
