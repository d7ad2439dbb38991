import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { ActionPlanDocument, PlanHeatRow } from '../../../shared/export/actionPlan';
import { attentionFill, attentionFills, attentionLevels, noScoreFill, textOn } from './attentionColours';
import { contentWidth, ink, page, styles, type PdfWriter, type TextStyle } from './pdfLayout';

const HEAT = { label: 30, gap: 1.2, cellHeight: 19, maxColumns: 6 } as const;
const cellTitle: TextStyle = { size: 6.6, leading: 1.2 };
const cellNumber: TextStyle = { size: 13, bold: true, leading: 1 };

/**
 * The plate as a grid: a row per theme, a cell per element, filled by (mean) attention, the number
 * written in every cell. Drawn with vector primitives; a theme with more than six elements wraps.
 */
export function writeHeatMap(w: PdfWriter, plan: ActionPlanDocument): void {
  const { t } = w;
  const columns = Math.min(HEAT.maxColumns, Math.max(1, ...plan.heatMap.map((row) => row.cells.length)));
  const cellWidth = (contentWidth - HEAT.label - HEAT.gap * columns) / columns;
  w.heading(t('pdf.summary.heatMap'), styles.h2, 34);
  w.paragraph(t(plan.teams.length === 1 ? 'pdf.summary.heatMapHintOneTeam' : 'pdf.summary.heatMapHint'), styles.small, { after: 2.5 });
  for (const row of plan.heatMap) writeHeatRow(w, plan, row, columns, cellWidth);
  writeLegend(w);
}

function writeHeatRow(w: PdfWriter, plan: ActionPlanDocument, row: PlanHeatRow, columns: number, cellWidth: number): void {
  const chunks = Math.max(1, Math.ceil(row.cells.length / columns));
  const height = chunks * HEAT.cellHeight + (chunks - 1) * HEAT.gap;
  w.ensureSpace(height);
  const top = w.y;
  const colour = themeStyle(row.themeId).colour;
  w.box(page.left, top, HEAT.label, height, colour);
  const labelStyle: TextStyle = { size: 8.5, bold: true, colour: '#FFFFFF', leading: 1.2 };
  const maxLines = Math.max(1, Math.floor((height - 3) / w.lineHeight(labelStyle)));
  w.y = top + 1.5;
  w.writeLines(w.clipped(`${row.ordinal}  ${row.themeTitle}`, HEAT.label - 4, labelStyle, maxLines), page.left + 2, labelStyle);

  row.cells.forEach((cell, index) => {
    const x = page.left + HEAT.label + HEAT.gap + (index % columns) * (cellWidth + HEAT.gap);
    const y = top + Math.floor(index / columns) * (HEAT.cellHeight + HEAT.gap);
    const fill = attentionFill(cell.meanAttention);
    const text = textOn(fill);
    w.box(x, y, cellWidth, HEAT.cellHeight, fill, ink.rule);
    w.y = y + 1.2;
    w.writeLines(w.clipped(`${cell.element.number} ${cell.element.title}`, cellWidth - 3, { ...cellTitle, colour: text }, 3), x + 1.5, {
      ...cellTitle,
      colour: text,
    });
    const value =
      cell.meanAttention === null
        ? w.t('pdf.summary.noScore')
        : plan.teams.length === 1
          ? w.texts.number(cell.meanAttention)
          : w.texts.decimal(cell.meanAttention);
    w.use({ ...cellNumber, colour: text, size: cell.meanAttention === null ? 7.5 : cellNumber.size });
    w.doc.text(w.clean(value), x + cellWidth - 1.8, y + HEAT.cellHeight - 2, { align: 'right' });
  });
  w.y = top + height + HEAT.gap;
}

function writeLegend(w: PdfWriter): void {
  const style: TextStyle = { size: 7.5, colour: ink.muted };
  const labels = {
    none: w.t('pdf.summary.legendNone', { label: w.t('scoring.attentionLevels.none') }),
    low: w.t('pdf.summary.legendLow', { label: w.t('scoring.attentionLevels.low') }),
    medium: w.t('pdf.summary.legendMedium', { label: w.t('scoring.attentionLevels.medium') }),
    high: w.t('pdf.summary.legendHigh', { label: w.t('scoring.attentionLevels.high') }),
  };
  const entries = [
    ...attentionLevels.map((level) => ({ fill: attentionFills[level], label: labels[level] })),
    { fill: noScoreFill, label: w.t('pdf.summary.noScore') },
  ];
  w.ensureSpace(6);
  w.y += 1.5;
  let x = page.left + HEAT.label + HEAT.gap;
  w.use({ ...style, bold: true });
  w.doc.text(w.clean(w.t('pdf.summary.legend')), page.left, w.y + 3);
  for (const entry of entries) {
    w.use(style);
    const label = w.clean(entry.label);
    const width = 6 + w.doc.getTextWidth(label) + 5;
    if (x + width > page.left + contentWidth) {
      x = page.left + HEAT.label + HEAT.gap;
      w.y += 5.5;
      w.ensureSpace(5);
    }
    w.box(x, w.y + 0.6, 4.5, 3.2, entry.fill, ink.muted);
    w.use(style);
    w.doc.text(label, x + 6, w.y + 3);
    x += width;
  }
  w.y += 11;
}

const BAR = { label: 50, value: 16, row: 5, height: 3.4, header: 7 } as const;

/** Per theme, a bar per team: its mean state of affairs (1–5), the value written at the end of the bar. */
export function writeThemeChart(w: PdfWriter, plan: ActionPlanDocument): void {
  const { t } = w;
  const area = contentWidth - BAR.label - BAR.value;
  const x0 = page.left + BAR.label;
  const at = (value: number) => x0 + (value / 5) * area;
  w.heading(t('pdf.summary.themeChart'), styles.h2, 30);
  w.paragraph(t('pdf.summary.themeChartHint'), styles.small, { after: 3 });

  for (const group of plan.themeBars) {
    w.ensureSpace(BAR.header + Math.min(group.teams.length, 3) * BAR.row);
    const colour = themeStyle(group.themeId).colour;
    const header: TextStyle = { size: 9, bold: true, colour };
    const label = w.clipped(t('pdf.summary.themeLabel', { number: group.ordinal, title: group.themeTitle }), BAR.label - 3, header, 1)[0]!;
    w.use(header);
    w.doc.text(label, page.left, w.y + 4.2);
    w.use({ size: 7, colour: ink.muted });
    for (let tick = 1; tick <= 5; tick += 1) w.doc.text(String(tick), at(tick), w.y + 4.2, { align: 'center' });
    w.y += BAR.header;

    for (const entry of group.teams) {
      w.ensureSpace(BAR.row);
      const top = w.y;
      w.doc.setDrawColor(ink.rule);
      w.doc.setLineWidth(0.15);
      for (let tick = 1; tick <= 5; tick += 1) w.doc.line(at(tick), top, at(tick), top + BAR.row);
      w.doc.setDrawColor(ink.muted);
      w.doc.setLineWidth(0.25);
      w.doc.line(x0, top, x0, top + BAR.row);
      const name = w.clipped(entry.team.name, BAR.label - 4, { size: 8 }, 1)[0]!;
      w.use({ size: 8 });
      w.doc.text(name, page.left + 2, top + BAR.row / 2 + 1.1);
      if (entry.meanMaturity === null) {
        w.use({ size: 7.5, colour: ink.muted });
        w.doc.text(w.clean(t('pdf.summary.noScore')), x0 + 1, top + BAR.row / 2 + 1.1);
      } else {
        const end = at(entry.meanMaturity);
        w.box(x0, top + (BAR.row - BAR.height) / 2, end - x0, BAR.height, entry.team.colour, ink.text);
        w.use({ size: 8, bold: true });
        const value = plan.teams.length === 1 ? w.texts.number(entry.meanMaturity) : w.texts.decimal(entry.meanMaturity);
        w.doc.text(w.clean(value), end + 1.5, top + BAR.row / 2 + 1.1);
      }
      w.y += BAR.row;
    }
    w.y += 3;
  }
}
