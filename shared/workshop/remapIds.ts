import type { Action } from '../model/action';
import type { Assessment } from '../model/assessment';
import type { Note } from '../model/note';
import type { Participant } from '../model/participant';
import type { EarlierSession } from '../model/session';
import type { Team } from '../model/team';
import type { Vote } from '../model/vote';
import type { WorkshopData } from '../model/workshopData';

/**
 * Giving a workshop's records new ids: every record's own id and every reference between records, in one
 * place. Copying, following up, importing and merging teams all go through here, so that a new reference
 * field is remapped once. Element ids never change: they are the template's stable ids, not records.
 * Every function is pure: it returns new records and leaves its input as it was.
 */

/** Old id → new id, per kind of record. A kind without a map, or an id not in its map, keeps its id. */
export interface IdMaps {
  teams?: ReadonlyMap<string, string>;
  participants?: ReadonlyMap<string, string>;
  notes?: ReadonlyMap<string, string>;
  actions?: ReadonlyMap<string, string>;
}

/** A new id for each of `ids`, made by `factory` in their order. */
export function freshIds(ids: Iterable<string>, factory: { newId(): string }): Map<string, string> {
  return new Map([...ids].map((id) => [id, factory.newId()]));
}

const to = (map: ReadonlyMap<string, string> | undefined, id: string) => map?.get(id) ?? id;

/** `{ [key]: new id }` for an optional reference; nothing when the record has none. */
const optional = <K extends string>(key: K, map: ReadonlyMap<string, string> | undefined, id: string | undefined) =>
  (id === undefined ? {} : { [key]: to(map, id) }) as Partial<Record<K, string>>;

export function remapTeam(team: Team, ids: IdMaps): Team {
  return { ...team, id: to(ids.teams, team.id) };
}

export function remapParticipant(participant: Participant, ids: IdMaps): Participant {
  return { ...participant, id: to(ids.participants, participant.id), ...optional('teamId', ids.teams, participant.teamId) };
}

export function remapAssessment(assessment: Assessment, ids: IdMaps): Assessment {
  return { ...assessment, teamId: to(ids.teams, assessment.teamId) };
}

export function remapNote(note: Note, ids: IdMaps): Note {
  return {
    ...note,
    id: to(ids.notes, note.id),
    teamId: to(ids.teams, note.teamId),
    ...optional('authorId', ids.participants, note.authorId),
  };
}

export function remapAction(action: Action, ids: IdMaps): Action {
  return {
    ...action,
    id: to(ids.actions, action.id),
    ...optional('teamId', ids.teams, action.teamId),
    ...optional('authorId', ids.participants, action.authorId),
  };
}

export function remapVote(vote: Vote, ids: IdMaps): Vote {
  return { ...vote, ...optional('teamId', ids.teams, vote.teamId), ...optional('participantId', ids.participants, vote.participantId) };
}

/**
 * An earlier session under the team and action ids the maps give: its teams and actions name the
 * follow-up's. Its workshop's id stays: it is a link to the earlier workshop, not a reference.
 */
export function remapSession(session: EarlierSession, ids: IdMaps): EarlierSession {
  return {
    ...session,
    teams: session.teams.map((team) => ({ ...team, id: to(ids.teams, team.id) })),
    assessments: session.assessments.map((score) => ({ ...score, teamId: to(ids.teams, score.teamId) })),
    actions: session.actions.map((action) => ({
      ...action,
      id: to(ids.actions, action.id),
      ...optional('teamId', ids.teams, action.teamId),
    })),
  };
}

/**
 * The workshop's records under the ids the maps give, with every reference between them following.
 * The workshop's own id and its template stay; unchanged nested values are shared with `data`.
 */
export function remapIds(data: WorkshopData, ids: IdMaps): WorkshopData {
  return {
    ...data,
    teams: data.teams.map((team) => remapTeam(team, ids)),
    participants: data.participants.map((participant) => remapParticipant(participant, ids)),
    assessments: data.assessments.map((assessment) => remapAssessment(assessment, ids)),
    notes: data.notes.map((note) => remapNote(note, ids)),
    actions: data.actions.map((action) => remapAction(action, ids)),
    votes: data.votes.map((vote) => remapVote(vote, ids)),
    ...(data.earlierSessions ? { earlierSessions: data.earlierSessions.map((session) => remapSession(session, ids)) } : {}),
  };
}
