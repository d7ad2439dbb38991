import Dexie, { type EntityTable, type Table } from 'dexie';
import type { FacilitationState } from '../../shared/facilitation/facilitationState';
import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import type { Participant } from '../../shared/model/participant';
import type { EarlierSession } from '../../shared/model/session';
import type { PlacedTeam } from '../../shared/model/team';
import type { Template } from '../../shared/model/template';
import type { Vote } from '../../shared/model/vote';
import type { Workshop } from '../../shared/model/workshop';
import { declareSchema } from './schema';

/** A record as stored: the file format nests records under their workshop, the database tags them. */
export type Stored<T> = T & { workshopId: string };
/** Votes have no id of their own in the file format; the database numbers them. */
export type StoredVote = Stored<Vote> & { seq?: number };
/** An earlier session of a follow-up, stored: its place in the chain, the first session at 0. */
export type StoredSession = Stored<EarlierSession> & { position: number };
export interface Setting {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'actieplaat';

export class ActieplaatDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  templates!: Table<Stored<Template>, string>;
  teams!: EntityTable<Stored<PlacedTeam>, 'id'>;
  participants!: EntityTable<Stored<Participant>, 'id'>;
  assessments!: Table<Stored<Assessment>, [string, string]>;
  notes!: EntityTable<Stored<Note>, 'id'>;
  actions!: EntityTable<Stored<Action>, 'id'>;
  votes!: Table<StoredVote, number>;
  sessions!: Table<StoredSession, [string, number]>;
  settings!: EntityTable<Setting, 'key'>;
  /** The facilitator's state, one row per workshop: transient, so no part of `workshopTables` or of a workshop's file. */
  facilitation!: EntityTable<Stored<FacilitationState>, 'workshopId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }

  /** Every table that holds a workshop's records, for transactions that touch a whole workshop. */
  workshopTables() {
    return [
      this.workshops,
      this.templates,
      this.teams,
      this.participants,
      this.assessments,
      this.notes,
      this.actions,
      this.votes,
      this.sessions,
    ];
  }
}

/** The app's one database; tests make their own with `new ActieplaatDatabase(name)`. */
export const db = new ActieplaatDatabase();
