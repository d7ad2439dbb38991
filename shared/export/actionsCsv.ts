import Papa from 'papaparse';
import type { Language } from '../model/vocabulary';
import type { WorkshopData } from '../model/workshopData';
import { actionSheetColumns, actionSheetRows, type ActionSheetTexts } from './actionSheet';

/**
 * Cells a spreadsheet could run as a formula (OWASP "CSV injection"): starting with `=`, `+`, `-` or `@`
 * (after any whitespace: Excel skips it), or with a TAB or CR; a cell that is a plain number
 * ("-5", "+3", "1,5") is left as it is. Papa Parse's `escapeFormulae` puts an apostrophe before them,
 * which the spreadsheet shows as text, and quotes the cell.
 */
export const FORMULA_LIKE = /^(?!\s*[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*$)(?:[\t\r]|\s*[=+\-@])/;

/**
 * The workshop's actions as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas,
 * quotes or line breaks quoted), starting with a UTF-8 byte order mark so that Excel shows accents.
 * Dates stay `YYYY-MM-DD`, which every spreadsheet reads as a date.
 */
export function actionsCsv(data: WorkshopData, language: Language, texts: ActionSheetTexts, teamId?: string): string {
  const rows = actionSheetRows(data, language, texts, teamId).map((row) => actionSheetColumns.map((column) => row[column] ?? ''));
  const fields = actionSheetColumns.map((column) => texts.headers[column]);
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: '\r\n', quotes: false, header: true, escapeFormulae: FORMULA_LIKE })}\r\n`;
}
