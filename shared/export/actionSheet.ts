import { catalogs } from '../i18n';
import type { Action } from '../model/action';
import { templateElements } from '../model/order';
import { isActionIncomplete, type ActionStatus, type Language } from '../model/vocabulary';
import type { WorkshopData } from '../model/workshopData';

/** The columns of the actions as a spreadsheet (the CSV and the Excel workbook), in order. */
export const actionSheetColumns = [
  'title',
  'owner',
  'organisation',
  'dueDate',
  'firstStep',
  'status',
  'team',
  'elements',
  'missing',
  'updatedAt',
] as const;
export type ActionSheetColumn = (typeof actionSheetColumns)[number];

/** The words of the sheet, in the workshop's language (the renderer takes them from the catalog). */
export interface ActionSheetTexts {
  headers: Record<ActionSheetColumn, string>;
  status: Record<ActionStatus, string>;
  missingOwner: string;
  missingDate: string;
}

/** The sheet's words in a language, from its catalog. */
export function actionSheetTexts(language: Language): ActionSheetTexts {
  const catalog = catalogs[language];
  const { headers, missingOwner, missingDate } = catalog.exportCsv;
  return { headers, status: catalog.actions.status, missingOwner, missingDate };
}

/** One action as a row: text as typed, dates as `YYYY-MM-DD` (`dueDate` null when there is none). */
export type ActionSheetRow = Record<Exclude<ActionSheetColumn, 'dueDate'>, string> & { dueDate: string | null };

/** By due date (undated last), then by title: the order of the action plan. */
export function byDueDate(a: Action, b: Action): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return a.title.localeCompare(b.title);
}

/** The workshop's actions (or one team's), by due date, as the rows of a spreadsheet. */
export function actionSheetRows(data: WorkshopData, language: Language, texts: ActionSheetTexts, teamId?: string): ActionSheetRow[] {
  const teams = new Map(data.teams.map((team) => [team.id, team.name]));
  // The same action of several tables (same date, same title) in the workshop's team order, teamless last.
  const order = new Map(data.teams.map((team, index) => [team.id, index]));
  const rank = (action: Action) => (action.teamId === undefined ? data.teams.length : (order.get(action.teamId) ?? data.teams.length));
  const elements = new Map(templateElements(data.template).map((element) => [element.id, element.title[language] || element.title.nl]));
  return data.actions
    .filter((action) => teamId === undefined || action.teamId === teamId)
    .sort((a, b) => byDueDate(a, b) || rank(a) - rank(b))
    .map((action) => ({
      title: action.title,
      owner: action.owner?.name ?? '',
      organisation: action.owner?.organisation ?? '',
      dueDate: action.dueDate,
      firstStep: action.firstStep ?? '',
      status: texts.status[action.status],
      team: action.teamId === undefined ? '' : (teams.get(action.teamId) ?? ''),
      elements: action.elementIds.map((id) => elements.get(id) ?? id).join('; '),
      missing: isActionIncomplete(action)
        ? [action.owner === null ? texts.missingOwner : '', action.dueDate === null ? texts.missingDate : ''].filter(Boolean).join('; ')
        : '',
      updatedAt: action.updatedAt.slice(0, 10),
    }));
}
