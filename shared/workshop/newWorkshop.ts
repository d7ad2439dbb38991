import { defaultTemplate } from '../canvas/defaultTemplate';
import { teamPalette } from '../canvas/teamColours';
import type { Language } from '../model/primitives';
import type { Organisation } from '../model/workshop';
import type { WorkshopData } from '../model/workshopData';

export interface NewWorkshopInput {
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
  language: Language;
  location?: string;
  organisations: Organisation[];
}

/** Where new ids and the current time come from, so that these functions stay pure and testable. */
export interface RecordFactory {
  newId(): string;
  /** ISO 8601 timestamp in UTC. */
  now(): string;
}

/** A fresh workshop: its own copy of the default template and one team to start with. */
export function createWorkshopData(input: NewWorkshopInput, firstTeamName: string, factory: RecordFactory): WorkshopData {
  const now = factory.now();
  const location = input.location?.trim();
  return {
    workshop: {
      id: factory.newId(),
      title: input.title.trim(),
      date: input.date,
      language: input.language,
      ...(location ? { location } : {}),
      organisations: input.organisations.map((organisation) => ({ ...organisation, name: organisation.name.trim() })),
      createdAt: now,
      updatedAt: now,
    },
    template: structuredClone(defaultTemplate),
    teams: [{ id: factory.newId(), name: firstTeamName, colour: teamPalette[0] }],
    participants: [],
    assessments: [],
    notes: [],
    actions: [],
    votes: [],
  };
}

/**
 * A copy of a whole workshop under new ids, with every reference between its records remapped.
 * Element ids stay: they are the template's stable ids, not records of their own.
 */
export function copyWorkshopData(source: WorkshopData, title: string, factory: RecordFactory): WorkshopData {
  const now = factory.now();
  const remap = (ids: Map<string, string>, id: string) => ids.get(id) ?? id;
  const teamIds = new Map(source.teams.map((team) => [team.id, factory.newId()]));
  const participantIds = new Map(source.participants.map((participant) => [participant.id, factory.newId()]));
  const optional = <K extends string>(key: K, ids: Map<string, string>, id: string | undefined) =>
    (id === undefined ? {} : { [key]: remap(ids, id) }) as Partial<Record<K, string>>;

  return {
    workshop: { ...structuredClone(source.workshop), id: factory.newId(), title, createdAt: now, updatedAt: now },
    template: structuredClone(source.template),
    teams: source.teams.map((team) => ({ ...structuredClone(team), id: remap(teamIds, team.id) })),
    participants: source.participants.map((participant) => ({
      ...structuredClone(participant),
      id: remap(participantIds, participant.id),
      ...optional('teamId', teamIds, participant.teamId),
    })),
    assessments: source.assessments.map((assessment) => ({
      ...structuredClone(assessment),
      teamId: remap(teamIds, assessment.teamId),
    })),
    notes: source.notes.map((note) => ({
      ...structuredClone(note),
      id: factory.newId(),
      teamId: remap(teamIds, note.teamId),
      ...optional('authorId', participantIds, note.authorId),
    })),
    actions: source.actions.map((action) => ({
      ...structuredClone(action),
      id: factory.newId(),
      ...optional('teamId', teamIds, action.teamId),
    })),
    votes: source.votes.map((vote) => ({
      ...structuredClone(vote),
      ...optional('teamId', teamIds, vote.teamId),
      ...optional('participantId', participantIds, vote.participantId),
    })),
  };
}
