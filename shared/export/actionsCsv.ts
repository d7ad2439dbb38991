import Papa from 'papaparse';
import type { Language } from '../model/vocabulary';
import type { WorkshopData } from '../model/workshopData';
import { actionSheetColumns, actionSheetRows, type ActionSheetTexts } from './actionSheet';

/** Spreadsheets run a cell that starts like a formula; such text gets a leading apostrophe (OWASP "CSV injection"). */
function inert(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-[^\s\d]/.test(text) ? `'${text}` : text;
}

/**
 * The workshop's actions as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas,
 * quotes or line breaks quoted), starting with a UTF-8 byte order mark so that Excel shows accents.
 * Dates stay `YYYY-MM-DD`, which every spreadsheet reads as a date.
 */
export function actionsCsv(data: WorkshopData, language: Language, texts: ActionSheetTexts, teamId?: string): string {
  const rows = actionSheetRows(data, language, texts, teamId).map((row) => actionSheetColumns.map((column) => inert(row[column] ?? '')));
  const fields = actionSheetColumns.map((column) => texts.headers[column]);
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: '\r\n', quotes: false, header: true })}\r\n`;
}
