import Papa from 'papaparse';
import type { Action } from '../model/action';
import { templateElements } from '../model/template';
import { isActionIncomplete, type ActionStatus, type Language } from '../model/vocabulary';
import type { WorkshopData } from '../model/workshopData';

/** The words of the CSV, in the workshop's language (the renderer takes them from the catalog). */
export interface ActionsCsvTexts {
  headers: {
    title: string;
    owner: string;
    organisation: string;
    dueDate: string;
    firstStep: string;
    status: string;
    team: string;
    elements: string;
    missing: string;
    updatedAt: string;
  };
  status: Record<ActionStatus, string>;
  missingOwner: string;
  missingDate: string;
}

/** Spreadsheets run a cell that starts like a formula; such text gets a leading apostrophe (OWASP "CSV injection"). */
function inert(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-[^\s\d]/.test(text) ? `'${text}` : text;
}

/** By due date (undated last), then by title: the order of the action plan. */
export function byDueDate(a: Action, b: Action): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return a.title.localeCompare(b.title);
}

/**
 * The workshop's actions as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas,
 * quotes or line breaks quoted), starting with a UTF-8 byte order mark so that Excel shows accents.
 * Dates stay `YYYY-MM-DD`, which every spreadsheet reads as a date.
 */
export function actionsCsv(data: WorkshopData, language: Language, texts: ActionsCsvTexts, teamId?: string): string {
  const teams = new Map(data.teams.map((team) => [team.id, team.name]));
  // The same action of several tables (same date, same title) in the workshop's team order, teamless last.
  const order = new Map(data.teams.map((team, index) => [team.id, index]));
  const rank = (action: Action) => (action.teamId === undefined ? data.teams.length : (order.get(action.teamId) ?? data.teams.length));
  const elements = new Map(templateElements(data.template).map((element) => [element.id, element.title[language] || element.title.nl]));
  const rows = data.actions
    .filter((action) => teamId === undefined || action.teamId === teamId)
    .sort((a, b) => byDueDate(a, b) || rank(a) - rank(b))
    .map((action) => {
      const missing = isActionIncomplete(action)
        ? [action.owner === null ? texts.missingOwner : '', action.dueDate === null ? texts.missingDate : ''].filter(Boolean).join('; ')
        : '';
      return [
        action.title,
        action.owner?.name ?? '',
        action.owner?.organisation ?? '',
        action.dueDate ?? '',
        action.firstStep ?? '',
        texts.status[action.status],
        action.teamId === undefined ? '' : (teams.get(action.teamId) ?? ''),
        action.elementIds.map((id) => elements.get(id) ?? id).join('; '),
        missing,
        action.updatedAt.slice(0, 10),
      ].map(inert);
    });
  const { headers } = texts;
  const fields = [
    headers.title,
    headers.owner,
    headers.organisation,
    headers.dueDate,
    headers.firstStep,
    headers.status,
    headers.team,
    headers.elements,
    headers.missing,
    headers.updatedAt,
  ];
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: '\r\n', quotes: false, header: true })}\r\n`;
}
