import type { CellHookData, CellInput } from 'jspdf-autotable';
import type { ActionPlanDocument, PlanAction } from '../../../shared/export/actionPlan';
import { contentWidth, ink, styles, type PdfWriter, type TableOptions } from './pdfLayout';

const columns = { what: 43, who: 29, when: 22.5, firstStep: 24, status: 19 } as const;

/**
 * The action plan: wat, wie, wanneer, eerste stap, status, team and elements; by due date. An action
 * without owner or date says so in words where the owner or date would be, on a tinted row with a
 * bar in front, so the gap shows in colour and in greyscale alike; an overdue one ("verlopen") the
 * same, with the word under its date.
 */
export function writeActions(w: PdfWriter, plan: ActionPlanDocument): void {
  const { t } = w;
  // Straight under the summary when the heading, the counts and the table's first rows fit there.
  w.space(4);
  w.heading(t('pdf.actions.title'), styles.h1, 40, { after: 2 });
  w.bookmark(t('pdf.actions.title'));
  if (plan.actions.length === 0) {
    w.paragraph(t('pdf.actions.none'), styles.body, { after: 8 });
    return;
  }
  w.paragraph(t('pdf.actions.count', { count: plan.actions.length }), { ...styles.small, size: 9 }, { after: 0.5 });
  const incomplete = plan.actions.filter((action) => action.incomplete).length;
  if (incomplete > 0)
    w.paragraph(t('pdf.actions.incomplete', { count: incomplete }), { size: 9, bold: true, colour: ink.alert }, { after: 0.5 });
  const overdue = plan.actions.filter((action) => action.overdue).length;
  if (overdue > 0)
    w.paragraph(t('pdf.actions.overdueCount', { count: overdue }), { size: 9, bold: true, colour: ink.alert }, { after: 0.5 });
  const flagged = (row: number) => plan.actions[row]?.incomplete || plan.actions[row]?.overdue;
  w.space(2.5);

  w.table({
    head: [
      [
        t('pdf.actions.what'),
        t('pdf.actions.who'),
        t('pdf.actions.when'),
        t('pdf.actions.firstStep'),
        t('pdf.actions.status'),
        t('pdf.actions.context'),
      ],
    ],
    body: plan.actions.map((action) => actionRow(w, action)),
    styles: { fontSize: 8 },
    columnStyles: {
      0: { cellWidth: columns.what, cellPadding: { top: 1.4, bottom: 1.4, left: 2.8, right: 1.8 } },
      1: { cellWidth: columns.who },
      2: { cellWidth: columns.when },
      3: { cellWidth: columns.firstStep },
      4: { cellWidth: columns.status },
      5: { cellWidth: contentWidth - Object.values(columns).reduce((sum, width) => sum + width, 0) },
    },
    didParseCell: (data: CellHookData) => {
      if (data.section === 'body' && flagged(data.row.index)) data.cell.styles.fillColor = ink.alertTint;
    },
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body' || data.column.index !== 0 || !flagged(data.row.index)) return;
      w.box(data.cell.x, data.cell.y, 1.2, data.cell.height, ink.alert);
    },
    after: 8,
  });
}

function actionRow(w: PdfWriter, action: PlanAction): CellInput[] {
  const { t } = w;
  const missing = (text: string): CellInput => ({ content: text, styles: { textColor: ink.alert, fontStyle: 'bold' } });
  const context = [
    action.team?.name ?? t('pdf.actions.wholeWorkshop'),
    ...action.elements.map((element) => `${element.number} ${element.title}`),
  ];
  return [
    action.title,
    action.owner ? [action.owner.name, action.owner.organisation].filter(Boolean).join('\n') : missing(t('pdf.actions.missingOwner')),
    !action.dueDate
      ? missing(t('pdf.actions.missingDate'))
      : action.overdue
        ? missing(`${w.texts.longDate(action.dueDate)}\n${t('pdf.actions.overdue')}`)
        : w.texts.longDate(action.dueDate),
    action.firstStep ?? '',
    t(`actions.status.${action.status}`),
    context.join('\n'),
  ];
}

/** Who took part: name, organisation, role and team, grouped by team (people without a team last). */
export function writeParticipants(w: PdfWriter, plan: ActionPlanDocument): void {
  const { t } = w;
  const table: TableOptions = {
    head: [[t('pdf.participants.name'), t('pdf.participants.organisation'), t('pdf.participants.role'), t('pdf.participants.team')]],
    body: plan.participants.map((participant) => [
      participant.name,
      participant.organisation ?? '',
      participant.role ?? '',
      participant.team?.name ?? t('pdf.participants.noTeam'),
    ]),
    styles: { fontSize: 8.5 },
    columnStyles: { 0: { cellWidth: 44 }, 1: { cellWidth: 50 }, 2: { cellWidth: 40 }, 3: { cellWidth: contentWidth - 134 } },
  };
  w.heading(t('pdf.participants.title'), styles.h1, plan.participants.length === 0 ? 8 : w.tableStart(table), { after: 2 });
  w.bookmark(t('pdf.participants.title'));
  if (plan.participants.length === 0) w.paragraph(t('pdf.participants.none'), styles.body);
  else w.table(table);
}
