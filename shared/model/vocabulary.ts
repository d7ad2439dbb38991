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

// The limits of the records' fields: lengths in characters as a string's `length` counts them (UTF-16
// code units), counts in items. The schemas check them on every way in (a file, an edit, a phone), and the
// forms take their `maxLength` from here, so that what a form lets through is what the database stores.

/** Any record's id. */
export const ID_MAX = 200;
/** Each language's text of a theme or element of the plate: its title, question or guiding questions. */
export const LOCALIZED_TEXT_MAX = 2000;
export const WORKSHOP_TITLE_MAX = 200;
export const LOCATION_MAX = 200;
export const GOAL_MAX = 2000;
export const FACILITATOR_MAX = 200;
/** A partner organisation's name, a participant's organisation, an action owner's organisation. */
export const ORGANISATION_NAME_MAX = 200;
/** How many partner organisations a workshop names. */
export const ORGANISATIONS_MAX = 100;
export const AGENDA_PHASES_MAX = 50;
/** The longest a phase of the agenda is planned to take, in minutes: a day. */
export const PHASE_MINUTES_MAX = 24 * 60;
export const TEMPLATE_NAME_MAX = 200;
export const THEMES_MAX = 20;
/** How many elements one theme holds. */
export const THEME_ELEMENTS_MAX = 50;
export const TEAM_NAME_MAX = 100;
/** A participant's name, and the name of an action's owner. */
export const PERSON_NAME_MAX = 200;
export const ROLE_MAX = 200;
export const ACTION_TITLE_MAX = 500;
export const FIRST_STEP_MAX = 2000;
/** How many elements one action is about. */
export const ACTION_ELEMENTS_MAX = 100;
export const NOTE_TEXT_MAX = 2000;
/** A note's colour: one of `noteColours` from this app, anything this long from another tool. */
export const NOTE_COLOUR_MAX = 40;
export const AGREEMENTS_MAX = 20000;
/** The highest number of a voting round, and the most dots one vote holds. */
export const VOTE_ROUND_MAX = 1000;
export const VOTE_DOTS_MAX = 1000;
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

/**
 * A workshop's title made from another by a phrase around it ("Zorg en techniek (kopie)", "… (reservekopie
 * 22 nov 2026, 15:03)"), the other title shortened where needed so that the whole stays within `max`.
 */
export function phrasedTitle(title: string, phrase: (title: string) => string, max: number = WORKSHOP_TITLE_MAX): string {
  const characters = Array.from(title);
  let candidate = phrase(title);
  for (let kept = characters.length - 1; candidate.length > max && kept > 0; kept -= 1) {
    candidate = phrase(`${characters.slice(0, kept).join('').trimEnd()}…`);
  }
  return candidate;
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
