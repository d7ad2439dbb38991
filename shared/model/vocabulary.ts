// The closed vocabularies and limits of the model, free of the validation library: the interface
// uses these, and only importing a file (which needs the validators) loads zod.

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
/** The app's language until the user picks another. */
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Regular employer, socially crucial sector (care, education, defence, safety), or something else. */
export const organisationKinds = ['regulier', 'cruciaal', 'anders'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const actionStatuses = ['open', 'bezig', 'klaar'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Stand van zaken: 1 nog niet besproken · 2 verkend · 3 in voorbereiding · 4 afgesproken · 5 werkt in de praktijk. */
export const maturityLevels = [1, 2, 3, 4, 5] as const;
export type Maturity = (typeof maturityLevels)[number];

/** Belang: 1 laag · 2 midden · 3 hoog. */
export const importanceLevels = [1, 2, 3] as const;
export type Importance = (typeof importanceLevels)[number];

export const noteColours = ['geel', 'roze', 'blauw', 'groen', 'oranje', 'paars'] as const;
export type NoteColour = (typeof noteColours)[number];

export const WORKSHOP_TITLE_MAX = 200;
export const ACTION_TITLE_MAX = 500;
export const NOTE_TEXT_MAX = 2000;
export const AGREEMENTS_MAX = 20000;
/** How many earlier sessions a follow-up keeps: a partnership meeting every quarter for twelve years. */
export const EARLIER_SESSIONS_MAX = 50;

/**
 * How many records one workshop may hold. Far above a real afternoon (the benchmark has 2,000 notes;
 * the scale test 10,000), low enough that a hostile file is refused before it is read in full.
 */
export const workshopLimits = { teams: 100, participants: 2000, assessments: 20000, notes: 20000, actions: 5000, votes: 20000 } as const;
export type WorkshopCollection = keyof typeof workshopLimits;
/** A workshop is worked on in teams: it has one at least. */
export const MIN_TEAMS = 1;

/** Why a record refers wrongly to another, as the file importer names it to the facilitator. */
export const referenceProblems = [
  'duplicate-id',
  'duplicate-element',
  'duplicate-assessment',
  'unknown-team',
  'unknown-element',
  'unknown-participant',
] as const;
export type ReferenceProblem = (typeof referenceProblems)[number];

function isOneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isLanguage = isOneOf(languages);
export const isOrganisationKind = isOneOf(organisationKinds);
export const isActionStatus = isOneOf(actionStatuses);

/** `YYYY-MM-DD` of a day that exists in the calendar (no 30 February). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An action nobody owns or that has no date is the gap a workshop must close. */
export function isActionIncomplete(action: { owner: unknown; dueDate: unknown }): boolean {
  return action.owner === null || action.dueDate === null;
}

/**
 * "Verlopen": its date has passed and it is not done. `today` is the day as the user's calendar has it
 * (`YYYY-MM-DD`, see `calendarDay`), given by the caller so that the clock can be set in tests.
 */
export function isActionOverdue(action: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return action.dueDate !== null && action.status !== 'klaar' && action.dueDate < today;
}

/** The local calendar day of a moment, as `YYYY-MM-DD`. */
export function calendarDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
