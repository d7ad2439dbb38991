import type { CellInput } from 'jspdf-autotable';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { ActionPlanDocument, PlanElement, PlanScore, PlanTheme } from '../../../shared/export/actionPlan';
import { attentionLevel, importanceLevel } from '../../../shared/scoring';
import { attentionFill, textOn } from './attentionColours';
import { contentWidth, ink, page, styles, type PdfWriter, type TableOptions, type TextStyle } from './pdfLayout';

/**
 * The most (mm) of an element's start that is moved to a new page as a whole: with a theme's band
 * above it, still less than half a page, so no page is left more than half empty.
 */
const MAX_KEPT_TOGETHER = 90;

/**
 * Per theme, per element the scores of every team, the afspraken and the notes. The part starts on a
 * new page; a theme then follows the one before on the same page. Elements nobody touched are named
 * in one line under their theme's question instead of each getting an empty table.
 */
export function writeThemes(w: PdfWriter, plan: ActionPlanDocument): void {
  w.newPage();
  for (const theme of plan.themes) {
    const shown = theme.elements.filter((element) => !element.untouched);
    writeThemeBand(w, plan, theme, shown[0] === undefined ? 0 : elementLayout(w, shown[0]).keep);
    for (const element of shown) writeElement(w, plan, element, themeStyle(theme.id).colour);
  }
}

function writeThemeBand(w: PdfWriter, plan: ActionPlanDocument, theme: PlanTheme, keepWith: number): void {
  const colour = themeStyle(theme.id).colour;
  const style: TextStyle = { ...styles.h1, colour: '#FFFFFF' };
  const question: TextStyle = { size: 11, bold: true, colour };
  const unscoredStyle: TextStyle = { ...styles.small, size: 9 };
  const title = w.t('pdf.theme.heading', { number: theme.ordinal, title: theme.title });
  const lines = w.lines(title, contentWidth - 10, style);
  const height = lines.length * w.lineHeight(style) + 7;
  const untouched = theme.elements.filter((element) => element.untouched);
  const unscored =
    untouched.length === 0
      ? ''
      : w.t(plan.teams.length === 1 ? 'pdf.theme.unscoredElementsOneTeam' : 'pdf.theme.unscoredElements', {
          elements: untouched.map((element) => `${element.ref.number} ${element.ref.title}`).join(' · '),
        });
  const textHeight = (text: string, textStyle: TextStyle, after: number) =>
    text ? w.lines(text, contentWidth, textStyle).length * w.lineHeight(textStyle) + after : 0;
  if (w.y > page.top) w.space(4);
  w.ensureSpace(height + 6.5 + textHeight(theme.question, question, 6) + textHeight(unscored, unscoredStyle, 5) + keepWith);
  w.bookmark(title);
  w.box(page.left, w.y, contentWidth, height, colour);
  w.space(3.5);
  w.writeLines(lines, page.left + 5, style);
  w.space(6.5);
  if (theme.question) w.paragraph(theme.question, question, { after: 6 });
  if (unscored) w.paragraph(unscored, unscoredStyle, { after: 5 });
}

/** An element's heading lines and tables, and how much of its start is kept together on one page. */
function elementLayout(w: PdfWriter, element: PlanElement) {
  const { t } = w;
  const heading = styles.h2;
  const lines = w.lines(t('pdf.theme.elementHeading', { number: element.ref.number, title: element.ref.title }), contentWidth - 5, heading);
  const height = lines.length * w.lineHeight(heading);
  const unscored = element.scores.filter((score) => score.unscored);
  const scores: TableOptions = {
    head: [[t('pdf.theme.team'), t('pdf.theme.maturity'), t('pdf.theme.importance'), t('pdf.theme.attention')]],
    body: [
      ...element.scores.filter((score) => !score.unscored).map((score) => scoreRow(w, score)),
      // The teams that left it open share one row.
      ...(unscored.length === 0
        ? []
        : [
            [
              unscored.map((score) => score.team.name).join(', '),
              { content: t('pdf.theme.notScored'), colSpan: 3, styles: { textColor: ink.muted } },
            ] satisfies CellInput[],
          ]),
    ],
    columnStyles: { 0: { cellWidth: 52 }, 1: { cellWidth: 48 }, 2: { cellWidth: 34 }, 3: { cellWidth: contentWidth - 134 } },
    after: 3,
  };
  const agreements: TableOptions = {
    body: element.agreements.map((agreement) => [agreement.team.name, agreement.text]),
    styles: { fontSize: 9 },
    columnStyles: { 0: { cellWidth: 40, fontStyle: 'bold' }, 1: { cellWidth: contentWidth - 40 } },
    after: 3,
  };
  const agreementsStart = element.agreements.length === 0 ? 5 : w.tableStart(agreements);
  // Keep heading, scores and the start of the afspraken on one page when they fit in MAX_KEPT_TOGETHER.
  const block = height + 10 + w.tableHeight(scores) + 8 + agreementsStart;
  return { lines, height, scores, agreements, agreementsStart, keep: block <= MAX_KEPT_TOGETHER ? block : height + 28 };
}

function writeElement(w: PdfWriter, plan: ActionPlanDocument, element: PlanElement, colour: string): void {
  const { t } = w;
  const heading = styles.h2;
  const { lines, height, scores, agreements, agreementsStart, keep } = elementLayout(w, element);
  w.ensureSpace(keep);
  w.box(page.left, w.y + 0.6, 1.6, height - 1.2, colour);
  w.writeLines(lines, page.left + 4.5, heading);
  if (element.source === 'eigen') w.paragraph(t('pdf.theme.ownElement'), styles.small, { x: page.left + 4.5, after: 0.5 });
  writeMeans(w, plan, element);
  w.space(1.5);
  w.table(scores);

  w.heading(t('pdf.theme.agreements'), styles.h3, agreementsStart, { after: 1 });
  if (element.agreements.length === 0) w.paragraph(t('pdf.theme.noAgreements'), styles.small, { after: 3 });
  else w.table(agreements);

  if (plan.includeNotes && element.notes.length > 0) {
    const notes: TableOptions = {
      head: [[t('pdf.theme.team'), t('pdf.theme.note'), t('pdf.theme.author')]],
      body: element.notes.map((note) => [note.team.name, note.text, note.authorName ?? '']),
      styles: { fontSize: 8 },
      columnStyles: { 0: { cellWidth: 36 }, 1: { cellWidth: contentWidth - 36 - 36 }, 2: { cellWidth: 36 } },
      after: 3,
    };
    w.heading(t('pdf.theme.notes', { count: element.notes.length }), styles.h3, w.tableStart(notes), { after: 1 });
    w.table(notes);
  }
  w.space(5);
}

function writeMeans(w: PdfWriter, plan: ActionPlanDocument, element: PlanElement): void {
  const count = Math.max(element.maturity.count, element.importance.count);
  if (plan.teams.length < 2 || count === 0) return;
  const value = (mean: number | null) => (mean === null ? w.t('pdf.empty') : w.texts.decimal(mean));
  w.paragraph(
    w.t('pdf.theme.mean', {
      count,
      maturity: value(element.maturity.mean),
      importance:
        element.importance.mean === null
          ? w.t('pdf.empty')
          : w.t('pdf.theme.importanceMean', {
              label: w.t(`scoring.importanceLevels.${importanceLevel(element.importance.mean)!}`).toLowerCase(),
              value: w.texts.decimal(element.importance.mean),
            }),
      attention: value(element.attention.mean),
    }),
    { ...styles.small, size: 8.5 },
    { x: page.left + 4.5, after: 0.5 },
  );
}

function scoreRow(w: PdfWriter, score: PlanScore): CellInput[] {
  const { t } = w;
  const muted = { textColor: ink.muted };
  if (score.notApplicable) return [score.team.name, { content: t('scoring.notApplicable'), colSpan: 3, styles: muted }];
  const level = attentionLevel(score.attention);
  const fill = attentionFill(score.attention);
  return [
    score.team.name,
    score.maturity === null
      ? { content: t('scoring.maturityMissing'), styles: muted }
      : t('pdf.theme.level', { value: score.maturity, label: t(`scoring.maturityLevels.${score.maturity as 1 | 2 | 3 | 4 | 5}`) }),
    score.importance === null
      ? { content: t('pdf.empty'), styles: muted }
      : t(`scoring.importanceLevels.${importanceLevel(score.importance)!}`),
    score.attention === null || level === null
      ? { content: t('pdf.empty'), styles: muted }
      : {
          content: t('pdf.theme.level', { value: score.attention, label: t(`scoring.attentionLevels.${level}`) }),
          styles: { fillColor: fill, textColor: textOn(fill), fontStyle: 'bold' },
        },
  ];
}
