import type { EarlierSession } from '../model/session';
import { templateElements } from '../model/order';
import { EARLIER_SESSIONS_MAX } from '../model/vocabulary';
import type { WorkshopData } from '../model/workshopData';
import { remapSessions, type RecordFactory } from './newWorkshop';

export interface FollowUpInput {
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
}

/**
 * A follow-up session of a workshop: the same partnership, teams (in the same order), template texts
 * and participants; the actions carried over with their status; no scores, notes or dots yet. It keeps
 * the workshop's scores and action statuses as a read-only earlier session, after the earlier sessions
 * the workshop kept itself, so a follow-up of a follow-up has the whole chain. Everything gets new ids
 * (ids are keys of the whole library); the earlier sessions name the follow-up's teams and actions.
 */
export function followUpData(source: WorkshopData, input: FollowUpInput, factory: RecordFactory): WorkshopData {
  const now = factory.now();
  const fresh = (records: readonly { id: string }[]) => new Map(records.map((record) => [record.id, factory.newId()]));
  const ids = { teams: fresh(source.teams), participants: fresh(source.participants), actions: fresh(source.actions) };
  const to = (map: ReadonlyMap<string, string>, id: string) => map.get(id) ?? id;
  const optional = <K extends string>(key: K, map: ReadonlyMap<string, string>, id: string | undefined) =>
    (id === undefined ? {} : { [key]: to(map, id) }) as Partial<Record<K, string>>;

  const { agenda, ...workshop } = structuredClone(source.workshop);
  return {
    workshop: {
      ...workshop,
      id: factory.newId(),
      title: input.title.trim(),
      date: input.date,
      // The plan of phases comes along; the times it ran do not.
      ...(agenda
        ? { agenda: { ...agenda, phases: agenda.phases.map(({ startedAt: _started, endedAt: _ended, ...phase }) => phase) } }
        : {}),
      createdAt: now,
      updatedAt: now,
    },
    template: structuredClone(source.template),
    teams: source.teams.map((team) => ({ ...structuredClone(team), id: to(ids.teams, team.id) })),
    participants: source.participants.map((participant) => ({
      ...structuredClone(participant),
      id: to(ids.participants, participant.id),
      ...optional('teamId', ids.teams, participant.teamId),
    })),
    assessments: [],
    notes: [],
    actions: [...source.actions]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((action) => ({
        ...structuredClone(action),
        id: to(ids.actions, action.id),
        ...optional('teamId', ids.teams, action.teamId),
        ...optional('authorId', ids.participants, action.authorId),
      })),
    votes: [],
    earlierSessions: keptChain([...remapSessions(source.earlierSessions ?? [], ids), sessionOf(source, ids, now)]),
  };
}

/** At most `EARLIER_SESSIONS_MAX` sessions: the first (where the partnership started) and the latest. */
function keptChain(sessions: EarlierSession[]): EarlierSession[] {
  if (sessions.length <= EARLIER_SESSIONS_MAX) return sessions;
  return [sessions[0]!, ...sessions.slice(sessions.length - (EARLIER_SESSIONS_MAX - 1))];
}

/** The workshop's scores, afspraken and action statuses as an earlier session, under the follow-up's ids. */
function sessionOf(
  source: WorkshopData,
  ids: { teams: ReadonlyMap<string, string>; actions: ReadonlyMap<string, string> },
  takenAt: string,
): EarlierSession {
  const to = (map: ReadonlyMap<string, string>, id: string) => map.get(id) ?? id;
  const teams = source.teams.map((team) => team.id);
  const elements = templateElements(source.template).map((element) => element.id);
  const teamPlace = (id: string) => teams.indexOf(id);
  const elementPlace = (id: string) => elements.indexOf(id);
  return {
    workshop: { id: source.workshop.id, title: source.workshop.title, date: source.workshop.date },
    takenAt,
    teams: source.teams.map((team) => ({ id: to(ids.teams, team.id), name: team.name, ...(team.colour ? { colour: team.colour } : {}) })),
    // In the workshop's order: team by team, element by element as the template lists them.
    assessments: [...source.assessments]
      .sort((a, b) => teamPlace(a.teamId) - teamPlace(b.teamId) || elementPlace(a.elementId) - elementPlace(b.elementId))
      .filter((score) => score.maturity !== null || score.importance !== null || score.notApplicable || score.agreements.trim() !== '')
      .map((score) => ({
        teamId: to(ids.teams, score.teamId),
        elementId: score.elementId,
        maturity: score.maturity,
        importance: score.importance,
        notApplicable: score.notApplicable,
        agreements: score.agreements,
      })),
    actions: [...source.actions]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((action) => ({
        id: to(ids.actions, action.id),
        title: action.title,
        ...(action.teamId === undefined ? {} : { teamId: to(ids.teams, action.teamId) }),
        elementIds: [...action.elementIds],
        owner: action.owner ? structuredClone(action.owner) : null,
        dueDate: action.dueDate,
        status: action.status,
      })),
  };
}
