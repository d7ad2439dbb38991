import { isCalendarDate } from '../model/vocabulary';
import { WORKSHOP_TITLE_MAX } from '../model/vocabulary';
import type { NewWorkshopInput } from './newWorkshop';

/** At most this many tables are named in the new-workshop form; Voorbereiding adds more. */
export const NEW_WORKSHOP_TEAMS_MAX = 20;

export type NewWorkshopProblem =
  | { field: 'title'; code: 'titleRequired' }
  | { field: 'title'; code: 'titleTooLong'; max: number }
  | { field: 'date'; code: 'dateInvalid' }
  | { field: 'organisations'; code: 'organisationNameRequired'; index: number }
  | { field: 'teams'; code: 'teamNameRequired' | 'teamNameTaken'; index: number };

/** What is wrong with a new workshop's form, as codes the interface words in the user's language. */
export function validateNewWorkshop(input: NewWorkshopInput): NewWorkshopProblem[] {
  const problems: NewWorkshopProblem[] = [];
  const title = input.title.trim();
  if (!title) problems.push({ field: 'title', code: 'titleRequired' });
  else if (title.length > WORKSHOP_TITLE_MAX) problems.push({ field: 'title', code: 'titleTooLong', max: WORKSHOP_TITLE_MAX });
  if (!isCalendarDate(input.date)) problems.push({ field: 'date', code: 'dateInvalid' });
  input.organisations.forEach((organisation, index) => {
    if (!organisation.name.trim()) problems.push({ field: 'organisations', code: 'organisationNameRequired', index });
  });
  const named = new Set<string>();
  (input.teamNames ?? []).forEach((name, index) => {
    const key = name.trim().toLocaleLowerCase();
    if (!key) problems.push({ field: 'teams', code: 'teamNameRequired', index });
    else if (named.has(key)) problems.push({ field: 'teams', code: 'teamNameTaken', index });
    named.add(key);
  });
  return problems;
}
