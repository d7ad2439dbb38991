// The actions as an Excel workbook. Loaded only when someone exports (dynamic import): exceljs stays
// out of the start-up bundle, so nothing on the start-up path may import this file.
import ExcelJS from 'exceljs';
import { catalogs } from '../../../shared/i18n';
import {
  actionSheetColumns,
  actionSheetRows,
  actionSheetTexts,
  type ActionSheetColumn,
  type ActionSheetRow,
} from '../../../shared/export/actionSheet';
import type { Language } from '../../../shared/model/vocabulary';
import type { WorkshopData } from '../../../shared/model/workshopData';

/** How dates show: as a Dutch reader writes them; in English with the month in words, which no reader misreads. */
export const workbookDateFormats: Record<Language, string> = { nl: 'dd-mm-yyyy', en: 'd mmm yyyy' };

const dateColumns: ReadonlySet<ActionSheetColumn> = new Set(['dueDate', 'updatedAt']);
/** Column widths in characters: at least a short header's, at most what a screen shows beside the others. */
const WIDTH_MIN = 8;
const WIDTH_MAX = 60;
const DATE_WIDTH = 12;

export interface ActionsWorkbookOptions {
  /** Only this team's actions; `undefined` for the whole workshop. */
  teamId?: string;
  /** The workbook's creation date. */
  exportedAt: Date;
}

/**
 * The workshop's actions, by due date, in one sheet of an `.xlsx` workbook in the workshop's language:
 * a header row that stays in view and filters, dates as dates, every text as text (a title that starts
 * with "=" is shown as typed, never run as a formula), columns as wide as their content.
 */
export async function buildActionsWorkbook(data: WorkshopData, options: ActionsWorkbookOptions): Promise<Uint8Array<ArrayBuffer>> {
  const language = data.workshop.language;
  const texts = actionSheetTexts(language);
  const rows = actionSheetRows(data, language, texts, options.teamId);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Actieplaat';
  workbook.created = options.exportedAt;
  workbook.title = data.workshop.title;
  const sheet = workbook.addWorksheet(catalogs[language].exportXlsx.sheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = actionSheetColumns.map((column) => ({
    key: column,
    header: texts.headers[column],
    width: columnWidth(texts.headers[column], column, rows),
    style: dateColumns.has(column)
      ? { numFmt: workbookDateFormats[language], alignment: { vertical: 'top', horizontal: 'left' } }
      : { alignment: { vertical: 'top', wrapText: true } },
  }));
  for (const row of rows) sheet.addRow(cellValues(row));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF1F5' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: actionSheetColumns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Text as text (a string cell is never a formula), dates as the day itself (midnight UTC, as Excel counts days). */
function cellValues(row: ActionSheetRow): Record<ActionSheetColumn, string | Date | null> {
  const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);
  return { ...row, dueDate: day(row.dueDate), updatedAt: day(row.updatedAt) };
}

function columnWidth(header: string, column: ActionSheetColumn, rows: readonly ActionSheetRow[]): number {
  if (dateColumns.has(column)) return Math.max(DATE_WIDTH, header.length + 2);
  const longestLine = (text: string) => Math.max(0, ...text.split('\n').map((line) => line.length));
  const widest = Math.max(longestLine(header), ...rows.map((row) => longestLine(row[column] ?? '')));
  return Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, widest + 2));
}
