import type { CellHookData, CellInput } from 'jspdf-autotable';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { ActionPlanDocument, PlanActionSince, PlanElementChange, PlanProgress } from '../../../shared/export/actionPlan';
import { contentWidth, ink, PT, styles, type PdfWriter, type TableOptions } from './pdfLayout';

/** A rise is marked in green, a fall in the warning red; the triangle's direction and the sign say it without colour. */
const RISE = '#166534';
/** The triangle in front of a change: its width and height (mm), and the room the cell leaves for it. */
const ARROW = { width: 2.4, height: 2, room: 5.6 } as const;
/** Cell padding of the progress tables (pdfLayout's default), to place the triangle on the first line. */
const PADDING = { top: 1.4, left: 1.8 } as const;
/** Most themes side by side in the table of every session; a plate with more themes gets more tables. */
const HISTORY_THEMES = 5;

/** jsPDF's line height as a multiple of the font size, which autotable lays out cells with. */
const LINE_HEIGHT = 1.15;

/**
 * In a follow-up, right after the summary: the mean stand per theme then and now (and in every
 * session when there were more), the elements that rose or fell most, and what became of the actions
 * since the session it follows. A workshop that follows none has no such section.
 */
export function writeProgress(w: PdfWriter, plan: ActionPlanDocument): void {
  const { progress } = plan;
  if (!progress) return;
  const { t } = w;
  const title = t('pdf.progress.title', { title: progress.previous.title, date: w.texts.longDate(progress.previous.date) });
  const themes = themeTable(w, plan, progress);
  w.space(4);
  w.heading(title, styles.h1, 28 + w.tableStart(themes), { after: 2 });
  w.bookmark(title);
  w.paragraph(t('pdf.progress.intro'), { ...styles.small, size: 9 }, { after: 4 });

  w.heading(t('pdf.progress.themes'), styles.h2, 8 + w.tableStart(themes));
  w.paragraph(t(plan.teams.length === 1 ? 'pdf.progress.themesHintOneTeam' : 'pdf.progress.themesHint'), styles.small, { after: 2.5 });
  w.table({ ...themes, after: 6 });
  if (progress.sessions.length >= 2) writeHistory(w, plan, progress);
  writeMovers(w, plan, progress);
  writeActionsSince(w, plan, progress);
}

/** Per theme its mean stand then and now and the difference. */
function themeTable(w: PdfWriter, plan: ActionPlanDocument, progress: PlanProgress): TableOptions {
  const { t } = w;
  const mean = (value: number | null) => (value === null ? t('pdf.empty') : w.texts.decimal(value));
  // The difference of the means as printed (one decimal), as the Voortgang view shows it: each row adds up.
  const tenths = (value: number) => Math.round(value * 10);
  const changes = progress.themes.map((theme) =>
    theme.before === null || theme.now === null ? null : (tenths(theme.now) - tenths(theme.before)) / 10,
  );
  return {
    head: [
      [
        t('pdf.progress.theme'),
        t('pdf.progress.then', { date: w.texts.longDate(progress.previous.date) }),
        t('pdf.progress.nowDated', { date: w.texts.longDate(plan.workshop.date) }),
        t('pdf.progress.change'),
      ],
    ],
    body: progress.themes.map((theme, index) => [
      themeLabel(w, theme.ordinal, theme.themeTitle, theme.themeId),
      mean(theme.before),
      mean(theme.now),
      changeCell(w, changes[index]!, w.texts.decimal),
    ]),
    styles: { fontSize: 9 },
    columnStyles: columnWidths([56, 44, 44, null], ARROW.room),
    didDrawCell: arrowsIn(w, 3, changes),
  };
}

/** Rows of sessions, the first first and now last; a column per theme, in tables of at most `HISTORY_THEMES`. */
function writeHistory(w: PdfWriter, plan: ActionPlanDocument, progress: PlanProgress): void {
  const { t } = w;
  const mean = (value: number | null | undefined) => (value === null || value === undefined ? t('pdf.empty') : w.texts.decimal(value));
  const labels = progress.sessions.map((session) =>
    t('pdf.progress.sessionLabel', { title: session.title, date: w.texts.longDate(session.date) }),
  );
  const rows = [...labels, t('pdf.progress.nowLabel', { title: plan.workshop.title, date: w.texts.longDate(plan.workshop.date) })];
  const labelWidth = 62;
  const tables: TableOptions[] = [];
  for (let start = 0; start < progress.themes.length; start += HISTORY_THEMES) {
    const themes = progress.themes.slice(start, start + HISTORY_THEMES);
    const width = (contentWidth - labelWidth) / themes.length;
    tables.push({
      head: [[t('pdf.progress.session'), ...themes.map((theme) => themeLabel(w, theme.ordinal, theme.themeTitle, theme.themeId))]],
      body: rows.map((label, row) => [
        row === rows.length - 1 ? { content: label, styles: { fontStyle: 'bold' } } : label,
        ...themes.map((theme) => mean(theme.means[row])),
      ]),
      styles: { fontSize: 8.5 },
      columnStyles: Object.fromEntries([[0, { cellWidth: labelWidth }], ...themes.map((_, index) => [index + 1, { cellWidth: width }])]),
      after: 4,
    });
  }
  w.heading(t('pdf.progress.history'), styles.h2, 8 + w.tableStart(tables[0]!));
  w.paragraph(t('pdf.progress.historyHint'), styles.small, { after: 2.5 });
  for (const table of tables) w.table(table);
  w.space(2);
}

/** The largest rises, then the largest falls: team, element, stand then, stand now and the difference. */
function writeMovers(w: PdfWriter, plan: ActionPlanDocument, progress: PlanProgress): void {
  const { t } = w;
  const oneTeam = plan.teams.length === 1;
  const stand = (value: number) => t('pdf.theme.level', { value, label: t(`scoring.maturityLevels.${value as 1 | 2 | 3 | 4 | 5}`) });
  const table = (changes: readonly PlanElementChange[]): TableOptions => ({
    head: [
      [
        ...(oneTeam ? [] : [t('pdf.progress.team')]),
        t('pdf.progress.element'),
        t('pdf.progress.was'),
        t('pdf.progress.now'),
        t('pdf.progress.change'),
      ],
    ],
    body: changes.map((moved) => [
      ...(oneTeam ? [] : [moved.team.name]),
      `${moved.element.number}  ${moved.element.title}`,
      stand(moved.before),
      stand(moved.now),
      changeCell(w, moved.change, w.texts.number),
    ]),
    columnStyles: columnWidths(oneTeam ? [null, 38, 38, 20] : [28, null, 38, 38, 20], ARROW.room),
    didDrawCell: arrowsIn(
      w,
      oneTeam ? 3 : 4,
      changes.map((moved) => moved.change),
    ),
    after: 4,
  });
  const up = table(progress.up);
  w.heading(t('pdf.progress.movers'), styles.h2, 16 + (progress.up.length === 0 ? 8 : w.tableStart(up)));
  w.paragraph(t(oneTeam ? 'pdf.progress.moversHintOneTeam' : 'pdf.progress.moversHint'), styles.small, { after: 2.5 });
  for (const [changes, options, heading, none] of [
    [progress.up, up, 'pdf.progress.up', 'pdf.progress.noUp'],
    [progress.down, table(progress.down), 'pdf.progress.down', 'pdf.progress.noDown'],
  ] as const) {
    w.heading(t(heading), styles.h3, changes.length === 0 ? 6 : w.tableStart(options), { after: 1 });
    if (changes.length === 0) w.paragraph(t(none), { ...styles.small, size: 9 }, { after: 4 });
    else w.table(options);
  }
  w.space(2);
}

/** How many actions are in each state, then the ones done since and the ones dropped, by title. */
function writeActionsSince(w: PdfWriter, plan: ActionPlanDocument, progress: PlanProgress): void {
  const { t } = w;
  const counts = progress.actionCounts;
  const order = ['done', 'doneSince', 'inProgress', 'open', 'overdue', 'added', 'dropped'] as const;
  const figures: TableOptions = {
    head: [order.map((key) => t(`pdf.progress.${key}`))],
    body: [
      order.map((key): CellInput => ({
        content: String(counts[key]),
        styles: key === 'overdue' && counts[key] > 0 ? { textColor: ink.alert } : {},
      })),
    ],
    styles: { fontSize: 8.5 },
    bodyStyles: { fontSize: 13, fontStyle: 'bold' },
    columnStyles: Object.fromEntries(order.map((_, index) => [index, { cellWidth: contentWidth / order.length }])),
    after: 5,
  };
  w.heading(t('pdf.progress.actions'), styles.h2, w.tableStart(figures));
  w.table(figures);
  writeActionList(w, plan, progress.doneSince, 'pdf.progress.doneSinceList', 'pdf.progress.noDoneSince');
  writeActionList(w, plan, progress.dropped, 'pdf.progress.droppedList', 'pdf.progress.noDropped');
  w.space(2);
}

function writeActionList(
  w: PdfWriter,
  plan: ActionPlanDocument,
  actions: readonly PlanActionSince[],
  heading: 'pdf.progress.doneSinceList' | 'pdf.progress.droppedList',
  none: 'pdf.progress.noDoneSince' | 'pdf.progress.noDropped',
): void {
  const { t } = w;
  const oneTeam = plan.teams.length === 1;
  const table: TableOptions = {
    head: [[t('pdf.progress.action'), ...(oneTeam ? [] : [t('pdf.progress.team')]), t('pdf.progress.statusThen')]],
    body: actions.map((action) => [
      action.title,
      ...(oneTeam ? [] : [action.teamName ?? t('pdf.actions.wholeWorkshop')]),
      t(`actions.status.${action.statusThen}`),
    ]),
    styles: { fontSize: 8.5 },
    columnStyles: columnWidths(oneTeam ? [null, 30] : [null, 40, 30]),
    after: 4,
  };
  w.heading(t(heading), styles.h3, actions.length === 0 ? 6 : w.tableStart(table), { after: 1 });
  if (actions.length === 0) w.paragraph(t(none), { ...styles.small, size: 9 }, { after: 4 });
  else w.table(table);
}

/** A theme's name as the summary writes it, in the theme's colour. */
function themeLabel(w: PdfWriter, ordinal: number, title: string, themeId: string): CellInput {
  return {
    content: w.t('pdf.summary.themeLabel', { number: ordinal, title }),
    styles: { textColor: themeStyle(themeId).colour, fontStyle: 'bold' },
  };
}

/** Column widths; the one `null` takes what the others leave. The last column leaves `arrowRoom` on its left for the triangle. */
function columnWidths(widths: readonly (number | null)[], arrowRoom?: number): TableOptions['columnStyles'] {
  const rest = contentWidth - widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
  return Object.fromEntries(
    widths.map((width, index) => [
      index,
      {
        cellWidth: width ?? rest,
        ...(arrowRoom !== undefined && index === widths.length - 1
          ? { cellPadding: { ...PADDING, bottom: 1.4, right: 1.8, left: arrowRoom } }
          : {}),
      },
    ]),
  );
}

/** A difference with its sign: "+1,5", "−0,5", "0,0". */
function changeCell(w: PdfWriter, change: number | null, format: (value: number) => string): CellInput {
  if (change === null) return { content: w.t('pdf.empty'), styles: { textColor: ink.muted } };
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '';
  return { content: `${sign}${format(Math.abs(change))}`, styles: { fontStyle: 'bold' } };
}

/** Draws a triangle up (rise) or down (fall) in front of each non-zero change of `column`. */
function arrowsIn(w: PdfWriter, column: number, changes: readonly (number | null)[]) {
  return (data: CellHookData) => {
    const change = changes[data.row.index];
    if (data.section !== 'body' || data.column.index !== column || !change) return;
    const fontSize = data.cell.styles.fontSize;
    const middle = data.cell.y + PADDING.top + (fontSize * PT * LINE_HEIGHT) / 2;
    const x = data.cell.x + PADDING.left;
    const top = middle - ARROW.height / 2;
    const bottom = middle + ARROW.height / 2;
    w.doc.setFillColor(change > 0 ? RISE : ink.alert);
    if (change > 0) w.doc.triangle(x, bottom, x + ARROW.width, bottom, x + ARROW.width / 2, top, 'F');
    else w.doc.triangle(x, top, x + ARROW.width, top, x + ARROW.width / 2, bottom, 'F');
  };
}
