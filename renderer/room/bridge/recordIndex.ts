import type { Action } from '../../../shared/model/action';
import type { Assessment } from '../../../shared/model/assessment';
import type { Note } from '../../../shared/model/note';
import type { Participant } from '../../../shared/model/participant';
import { voteKey } from '../../../shared/room/tableDoc';
import type { Stored, StoredVote } from '../../data/db';
import type { RoomRecords } from '../../data/roomRecords';
import { actionForm, noteForm, parseRoomKey, personForm, roomKey, scoreForm, voteForm, type Fields, type RoomKey } from './roomForms';

/** A record of one table as the database holds it: its room form and the stored record(s) behind it. */
export interface Entry {
  fields: Fields;
  /** One record, or for votes every stored vote of that voter on that element in that round. */
  records: object[];
}

/** Each table's entries, by team. */
export type TableIndex = Map<string, Map<RoomKey, Entry>>;

export interface IndexableRecords {
  participants: readonly Stored<Participant>[];
  assessments: readonly Stored<Assessment>[];
  notes: readonly Stored<Note>[];
  actions: readonly Stored<Action>[];
  votes: readonly StoredVote[];
}

/** Which table document a stored vote belongs in, and under which key; `null` when it stays out of the room. */
export function voteTarget(
  vote: StoredVote,
  teamOfParticipant: (id: string) => string | undefined,
): { teamId: string; key: string } | null {
  if (vote.participantId !== undefined) {
    const teamId = vote.teamId ?? teamOfParticipant(vote.participantId);
    if (!teamId) return null;
    return { teamId, key: voteKey({ round: vote.round, voter: 'participant', voterId: vote.participantId, elementId: vote.elementId }) };
  }
  if (vote.teamId === undefined) return null;
  return { teamId: vote.teamId, key: voteKey({ round: vote.round, voter: 'team', voterId: vote.teamId, elementId: vote.elementId }) };
}

/** The room forms of a workshop's records, by table: what every table document should hold. */
export function indexRecords(records: IndexableRecords): TableIndex {
  const index: TableIndex = new Map();
  const add = (teamId: string, key: RoomKey, fields: Fields, record: object) => {
    let table = index.get(teamId);
    if (!table) index.set(teamId, (table = new Map()));
    table.set(key, { fields, records: [record] });
  };
  for (const participant of records.participants) {
    if (participant.teamId !== undefined) add(participant.teamId, roomKey('people', participant.id), personForm(participant), participant);
  }
  for (const note of records.notes) add(note.teamId, roomKey('notes', note.id), noteForm(note), note);
  for (const action of records.actions) {
    if (action.teamId !== undefined) add(action.teamId, roomKey('actions', action.id), actionForm(action), action);
  }
  for (const assessment of records.assessments) {
    add(assessment.teamId, roomKey('scores', assessment.elementId), scoreForm(assessment), assessment);
  }
  const teams = new Map(records.participants.map((participant) => [participant.id, participant.teamId]));
  for (const vote of records.votes) {
    const target = voteTarget(vote, (id) => teams.get(id));
    if (!target) continue;
    const key = roomKey('votes', target.key);
    const table = index.get(target.teamId);
    const entry = table?.get(key);
    if (entry) {
      entry.fields = voteForm((entry.fields['dots'] as number) + vote.dots);
      entry.records.push(vote);
    } else add(target.teamId, key, voteForm(vote.dots), vote);
  }
  return index;
}

/** The entries of some keys of one table, read from the database now (inside a transaction, if in one). */
export async function loadEntries(records: RoomRecords, teamId: string, keys: Iterable<RoomKey>): Promise<Map<RoomKey, Entry>> {
  const ids: Record<'notes' | 'actions' | 'scores' | 'people', string[]> = { notes: [], actions: [], scores: [], people: [] };
  const voteKeys = new Set<RoomKey>();
  for (const key of keys) {
    const { collection, id } = parseRoomKey(key);
    if (collection === 'votes') voteKeys.add(key);
    else ids[collection].push(id);
  }
  const workshopId = records.workshopId;
  const mine = <T extends { workshopId: string }>(rows: readonly (T | undefined)[]): T[] =>
    rows.filter((row): row is T => row?.workshopId === workshopId);
  const [notes, actions, assessments, participants, votes] = await Promise.all([
    ids.notes.length ? records.notes(ids.notes) : [],
    ids.actions.length ? records.actions(ids.actions) : [],
    ids.scores.length ? records.assessments(teamId, ids.scores) : [],
    ids.people.length ? records.participants(ids.people) : [],
    voteKeys.size ? records.votes() : [],
  ]);
  // Votes of participants the vote does not say the table of: their participant's table.
  const unplaced = [
    ...new Set(votes.flatMap((vote) => (vote.participantId !== undefined && vote.teamId === undefined ? [vote.participantId] : []))),
  ];
  const placed = unplaced.length ? await records.participants(unplaced) : [];
  const index = indexRecords({
    notes: mine(notes),
    actions: mine(actions),
    assessments: mine(assessments),
    participants: mine([...participants, ...placed]),
    votes,
  });
  const table = index.get(teamId) ?? new Map<RoomKey, Entry>();
  const result = new Map<RoomKey, Entry>();
  for (const key of keys) {
    const entry = table.get(key);
    if (entry) result.set(key, entry);
  }
  return result;
}
