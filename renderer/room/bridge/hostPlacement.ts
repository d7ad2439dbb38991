// Where the records a host's write changed belong in the room: the tables that hold them now, and those that held them.
import { tableMaps } from '../../../shared/room/tableDoc';
import type { StoredVote } from '../../data/db';
import type { HostChangeSet } from '../../data/hostChanges';
import type { RoomRecords } from '../../data/roomRecords';
import { voteTarget } from './recordIndex';
import { isVoteKey, roomKey, type RoomKey } from './roomForms';
import type { ShadowBook } from './shadowBook';
import type { TableDocs } from './tableDocs';
import type { VoteSeat } from './tablePlan';

/** Adds a key to a table's reconcile; `teamId` undefined (a record of no table) adds nothing. */
export type AddKey = (teamId: string | undefined, key: RoomKey) => void;

export interface PlacementContext {
  records: RoomRecords;
  shadows: ShadowBook;
  tables: TableDocs;
  /** Where each vote the bridge has read belongs, by its number. */
  voteSeats: Map<number, VoteSeat>;
}

/** The notes, actions, participants and scores the host changed: where the database has them, and where they were. */
export async function placeRecords(context: PlacementContext, changes: HostChangeSet, add: AddKey): Promise<void> {
  const { records, shadows } = context;
  // Where a record was before (moved to another table, or deleted): the tables whose shadows hold it.
  const holders = (key: RoomKey) => {
    for (const [teamId, table] of shadows.tables()) if (table.has(key)) add(teamId, key);
  };
  const place = async (collection: 'notes' | 'actions' | 'participants', ids: Set<string>) => {
    if (ids.size === 0) return;
    const rows: ({ workshopId: string; teamId?: string } | undefined)[] = await records[collection]([...ids]);
    [...ids].forEach((id, i) => {
      const key = roomKey(collection === 'participants' ? 'people' : collection, id);
      const row = rows[i];
      if (row?.workshopId === records.workshopId) add(row.teamId, key);
      holders(key);
    });
  };
  await Promise.all([place('notes', changes.notes), place('actions', changes.actions), place('participants', changes.participants)]);
  for (const [teamId, elementId] of changes.assessments) add(teamId, roomKey('scores', elementId));
}

/**
 * The vote keys of the votes with these numbers: where the database has them now, and where they were
 * when last read (`voteSeats`); every vote key when a vote is gone that the bridge never read.
 */
export async function placeVotes(context: PlacementContext, seqs: Set<number>, add: AddKey): Promise<void> {
  const { records } = context;
  const numbers = [...seqs];
  const rows = await records.votesBySeq(numbers);
  const mine = rows.filter((row): row is StoredVote => row?.workshopId === records.workshopId);
  const unseated = [
    ...new Set(mine.flatMap((vote) => (vote.participantId !== undefined && vote.teamId === undefined ? [vote.participantId] : []))),
  ];
  const people = unseated.length > 0 ? await records.participants(unseated) : [];
  const teams = new Map(people.flatMap((person) => (person ? [[person.id, person.teamId] as const] : [])));
  for (const vote of mine) {
    const target = voteTarget(vote, (id) => teams.get(id));
    if (target) add(target.teamId, roomKey('votes', target.key));
  }
  let unknown = false;
  numbers.forEach((seq, i) => {
    const seat = context.voteSeats.get(seq);
    if (seat) add(seat.teamId, seat.key);
    else if (!rows[i]) unknown = true;
  });
  if (unknown) await addVoteKeys(context, add);
}

/** Every vote key of every table: the database's, the documents' and the shadows'. */
export async function addVoteKeys(context: PlacementContext, add: AddKey): Promise<void> {
  const { records } = context;
  const [votes, people] = await Promise.all([records.votes(), records.allParticipants()]);
  const teams = new Map(people.map((person) => [person.id, person.teamId]));
  for (const vote of votes) {
    const target = voteTarget(vote, (id) => teams.get(id));
    if (target) add(target.teamId, roomKey('votes', target.key));
  }
  for (const [teamId, shadows] of context.shadows.tables()) for (const key of shadows.keys()) if (key.startsWith('v:')) add(teamId, key);
  for (const table of context.tables.values()) {
    for (const key of tableMaps(table.opened.doc).votes.keys()) if (isVoteKey(key)) add(table.teamId, roomKey('votes', key));
  }
}
