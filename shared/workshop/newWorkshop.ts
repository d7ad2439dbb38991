import { defaultTemplate } from '../canvas/defaultTemplate';
import { teamPalette } from '../canvas/teamColours';
import type { Language } from '../model/primitives';
import type { Organisation } from '../model/workshop';
import type { WorkshopData } from '../model/workshopData';
import { freshIds, remapIds } from './remapIds';

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

/**
 * A copy of a whole workshop under new ids, with every reference between its records remapped.
 * Element ids stay: they are the template's stable ids, not records of their own.
 */
export function copyWorkshopData(source: WorkshopData, title: string, factory: RecordFactory): WorkshopData {
  const now = factory.now();
  const fresh = (records: readonly { id: string }[]) =>
    freshIds(
      records.map((record) => record.id),
      factory,
    );
  const copy = remapIds(structuredClone(source), {
    teams: fresh(source.teams),
    participants: fresh(source.participants),
    notes: fresh(source.notes),
    actions: fresh(source.actions),
  });
  return { ...copy, workshop: { ...copy.workshop, id: factory.newId(), title, createdAt: now, updatedAt: now } };
}
