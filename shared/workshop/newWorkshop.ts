import { defaultTemplate } from '../canvas/defaultTemplate';
import { teamPalette } from '../canvas/teamColours';
import type { Language } from '../model/primitives';
import type { EarlierSession } from '../model/session';
import type { Organisation } from '../model/workshop';
import type { WorkshopData } from '../model/workshopData';

export interface NewWorkshopInput {
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
  language: Language;
  location?: string;
  facilitator?: string;
  organisations: Organisation[];
  /** The tables' names, in the workshop's order; one team, named as the caller says, when absent or empty. */
  teamNames?: readonly string[];
}

/** Where new ids and the current time come from, so that these functions stay pure and testable. */
export interface RecordFactory {
  newId(): string;
  /** ISO 8601 timestamp in UTC. */
  now(): string;
}

/** A fresh workshop: its own copy of the default template and its tables (one, `firstTeamName`, unless named). */
export function createWorkshopData(input: NewWorkshopInput, firstTeamName: string, factory: RecordFactory): WorkshopData {
  const now = factory.now();
  const location = input.location?.trim();
  const facilitator = input.facilitator?.trim();
  const teamNames = input.teamNames?.length ? input.teamNames.map((name) => name.trim()) : [firstTeamName];
  return {
    workshop: {
      id: factory.newId(),
      title: input.title.trim(),
      date: input.date,
      language: input.language,
      ...(location ? { location } : {}),
      ...(facilitator ? { facilitator } : {}),
      organisations: input.organisations.map((organisation) => ({ ...organisation, name: organisation.name.trim() })),
      createdAt: now,
      updatedAt: now,
    },
    template: structuredClone(defaultTemplate),
    teams: teamNames.map((name, index) => ({ id: factory.newId(), name, colour: teamPalette[index % teamPalette.length] })),
    participants: [],
    assessments: [],
    notes: [],
    actions: [],
    votes: [],
  };
}

/** Old id → new id, per kind of record; an id not in its map stays as it is. */
export interface IdMaps {
  teams: ReadonlyMap<string, string>;
  participants: ReadonlyMap<string, string>;
  notes: ReadonlyMap<string, string>;
  actions: ReadonlyMap<string, string>;
}

/** The workshop's records under the ids the maps give, with every reference between them following. */
export function remapIds(data: WorkshopData, ids: IdMaps): WorkshopData {
  const to = (map: ReadonlyMap<string, string>, id: string) => map.get(id) ?? id;
  const optional = <K extends string>(key: K, map: ReadonlyMap<string, string>, id: string | undefined) =>
    (id === undefined ? {} : { [key]: to(map, id) }) as Partial<Record<K, string>>;
  return {
    ...data,
    teams: data.teams.map((team) => ({ ...team, id: to(ids.teams, team.id) })),
    participants: data.participants.map((participant) => ({
      ...participant,
      id: to(ids.participants, participant.id),
      ...optional('teamId', ids.teams, participant.teamId),
    })),
    assessments: data.assessments.map((assessment) => ({ ...assessment, teamId: to(ids.teams, assessment.teamId) })),
    notes: data.notes.map((note) => ({
      ...note,
      id: to(ids.notes, note.id),
      teamId: to(ids.teams, note.teamId),
      ...optional('authorId', ids.participants, note.authorId),
    })),
    actions: data.actions.map((action) => ({ ...action, id: to(ids.actions, action.id), ...optional('teamId', ids.teams, action.teamId) })),
    votes: data.votes.map((vote) => ({
      ...vote,
      ...optional('teamId', ids.teams, vote.teamId),
      ...optional('participantId', ids.participants, vote.participantId),
    })),
    ...(data.earlierSessions ? { earlierSessions: remapSessions(data.earlierSessions, ids) } : {}),
  };
}

/** Earlier sessions under the team and action ids the maps give (they name the follow-up's teams and actions). */
export function remapSessions(sessions: readonly EarlierSession[], ids: Pick<IdMaps, 'teams' | 'actions'>): EarlierSession[] {
  const to = (map: ReadonlyMap<string, string>, id: string) => map.get(id) ?? id;
  return sessions.map((session) => ({
    ...session,
    teams: session.teams.map((team) => ({ ...team, id: to(ids.teams, team.id) })),
    assessments: session.assessments.map((score) => ({ ...score, teamId: to(ids.teams, score.teamId) })),
    actions: session.actions.map((action) => ({
      ...action,
      id: to(ids.actions, action.id),
      ...(action.teamId === undefined ? {} : { teamId: to(ids.teams, action.teamId) }),
    })),
  }));
}

/**
 * A copy of a whole workshop under new ids, with every reference between its records remapped.
 * Element ids stay: they are the template's stable ids, not records of their own.
 */
export function copyWorkshopData(source: WorkshopData, title: string, factory: RecordFactory): WorkshopData {
  const now = factory.now();
  const fresh = (records: readonly { id: string }[]) => new Map(records.map((record) => [record.id, factory.newId()]));
  const copy = remapIds(structuredClone(source), {
    teams: fresh(source.teams),
    participants: fresh(source.participants),
    notes: fresh(source.notes),
    actions: fresh(source.actions),
  });
  return { ...copy, workshop: { ...copy.workshop, id: factory.newId(), title, createdAt: now, updatedAt: now } };
}
