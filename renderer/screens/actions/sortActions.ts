import type { Action } from '../../../shared/model/action';
import { isActionIncomplete, type ActionStatus } from '../../../shared/model/vocabulary';
import type { Template } from '../../../shared/model/template';

export interface ActionFilter {
  teamId: string;
  /** An owner's name, `NO_OWNER`, or empty for everyone. */
  owner: string;
  status: ActionStatus | '';
  themeId: string;
}

export const NO_OWNER = '\u0000none';
export const emptyFilter: ActionFilter = { teamId: '', owner: '', status: '', themeId: '' };

/** Incomplete actions first (they need someone), then by due date (undated last), then by title. */
export function compareActions(a: Action, b: Action): number {
  const incomplete = Number(isActionIncomplete(b)) - Number(isActionIncomplete(a));
  if (incomplete !== 0) return incomplete;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return a.title.localeCompare(b.title);
}

export function filterActions(actions: readonly Action[], filter: ActionFilter, template: Template): Action[] {
  const themeElements = filter.themeId
    ? new Set(template.themes.find((theme) => theme.id === filter.themeId)?.elements.map((element) => element.id))
    : undefined;
  return actions
    .filter((action) => !filter.teamId || action.teamId === filter.teamId)
    .filter((action) => !filter.owner || (filter.owner === NO_OWNER ? action.owner === null : action.owner?.name === filter.owner))
    .filter((action) => !filter.status || action.status === filter.status)
    .filter((action) => !themeElements || action.elementIds.some((elementId) => themeElements.has(elementId)))
    .sort(compareActions);
}

/** Every owner's name once, in alphabetical order, for the owner filter. */
export function ownerNames(actions: readonly Action[]): string[] {
  return [...new Set(actions.flatMap((action) => (action.owner ? [action.owner.name] : [])))].sort((a, b) => a.localeCompare(b));
}
