import type { Action } from '../model/action';
import type { EarlierSession } from '../model/session';
import { templateElements } from '../model/order';
import { EARLIER_SESSIONS_MAX } from '../model/vocabulary';
import type { WorkshopData } from '../model/workshopData';
import type { RecordFactory } from './newWorkshop';
import { freshIds, remapIds } from './remapIds';

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
  const fresh = (records: readonly { id: string }[]) =>
    freshIds(
      records.map((record) => record.id),
      factory,
    );
  const ids = { teams: fresh(source.teams), participants: fresh(source.participants), actions: fresh(source.actions) };
  const actions = [...source.actions].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  // What carries over, built under the workshop's ids and then remapped in one go.
  const carried = remapIds(
    structuredClone({
      ...source,
      assessments: [],
      notes: [],
      actions,
      votes: [],
      earlierSessions: [...(source.earlierSessions ?? []), sessionOf(source, actions, now)],
    }),
    ids,
  );
  const { agenda, ...workshop } = carried.workshop;
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
    template: carried.template,
    teams: carried.teams,
    participants: carried.participants,
    assessments: [],
    notes: [],
    actions: carried.actions,
    votes: [],
    earlierSessions: keptChain(carried.earlierSessions ?? []),
  };
}

/** At most `EARLIER_SESSIONS_MAX` sessions: the first (where the partnership started) and the latest. */
function keptChain(sessions: EarlierSession[]): EarlierSession[] {
  if (sessions.length <= EARLIER_SESSIONS_MAX) return sessions;
  return [sessions[0]!, ...sessions.slice(sessions.length - (EARLIER_SESSIONS_MAX - 1))];
}

/** The workshop's scores, afspraken and action statuses (`actions`, oldest first) as an earlier session, under its own ids. */
function sessionOf(source: WorkshopData, actions: readonly Action[], takenAt: string): EarlierSession {
  const teams = source.teams.map((team) => team.id);
  const elements = templateElements(source.template).map((element) => element.id);
  const teamPlace = (id: string) => teams.indexOf(id);
  const elementPlace = (id: string) => elements.indexOf(id);
  return {
    workshop: { id: source.workshop.id, title: source.workshop.title, date: source.workshop.date },
    takenAt,
    teams: source.teams.map((team) => ({ id: team.id, name: team.name, ...(team.colour ? { colour: team.colour } : {}) })),
    // In the workshop's order: team by team, element by element as the template lists them.
    assessments: [...source.assessments]
      .sort((a, b) => teamPlace(a.teamId) - teamPlace(b.teamId) || elementPlace(a.elementId) - elementPlace(b.elementId))
      .filter((score) => score.maturity !== null || score.importance !== null || score.notApplicable || score.agreements.trim() !== '')
      .map((score) => ({
        teamId: score.teamId,
        elementId: score.elementId,
        maturity: score.maturity,
        importance: score.importance,
        notApplicable: score.notApplicable,
        agreements: score.agreements,
      })),
    actions: actions.map((action) => ({
      id: action.id,
      title: action.title,
      ...(action.teamId === undefined ? {} : { teamId: action.teamId }),
      elementIds: action.elementIds,
      owner: action.owner,
      dueDate: action.dueDate,
      status: action.status,
    })),
  };
}
