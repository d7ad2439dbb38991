import { isCalendarDate } from '../model/vocabulary';
import { WORKSHOP_TITLE_MAX } from '../model/vocabulary';
import type { NewWorkshopInput } from './newWorkshop';

export type NewWorkshopProblem =
  | { field: 'title'; code: 'titleRequired' }
  | { field: 'title'; code: 'titleTooLong'; max: number }
  | { field: 'date'; code: 'dateInvalid' }
  | { field: 'organisations'; code: 'organisationNameRequired'; index: number };

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
  return problems;
}
