import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { ActionPlanDocument } from '../../../shared/export/actionPlan';
import { attentionLevel } from '../../../shared/scoring';
import { attentionFill, textOn } from './attentionColours';
import { writeHeatMap, writeThemeChart } from './summaryCharts';
import { contentWidth, styles, type PdfWriter } from './pdfLayout';

/** The summary: top priorities, the heat map of all elements and the per-theme chart, on a new page. */
export function writeSummary(w: PdfWriter, plan: ActionPlanDocument): void {
  const { t } = w;
  const oneTeam = plan.teams.length === 1;
  w.newPage();
  w.bookmark(t('pdf.summary.title'));
  w.heading(t('pdf.summary.title'), styles.h1, 40, { after: 4 });

  w.heading(t('pdf.summary.priorities'), styles.h2, 30);
  w.paragraph(t(oneTeam ? 'pdf.summary.prioritiesHintOneTeam' : 'pdf.summary.prioritiesHint'), styles.small, { after: 2.5 });
  if (plan.priorities.length === 0) {
    w.paragraph(t('pdf.summary.noPriorities'), styles.body, { after: 6 });
  } else {
    const mean = oneTeam ? w.texts.number : w.texts.decimal;
    w.table({
      head: [
        [
          t('pdf.summary.rank'),
          t('pdf.summary.element'),
          t('pdf.summary.theme'),
          t('pdf.summary.meanAttention'),
          ...(oneTeam ? [] : [t('pdf.summary.teamsScored')]),
        ],
      ],
      body: plan.priorities.map((priority, index) => {
        const fill = attentionFill(priority.meanAttention);
        const level = attentionLevel(Math.ceil(Math.round(priority.meanAttention * 10) / 10));
        return [
          String(index + 1),
          `${priority.element.number}  ${priority.element.title}`,
          { content: priority.element.themeTitle, styles: { textColor: themeStyle(priority.element.themeId).colour, fontStyle: 'bold' } },
          {
            content: t('pdf.theme.level', {
              value: mean(priority.meanAttention),
              label: level ? t(`scoring.attentionLevels.${level}`) : '',
            }),
            styles: { fillColor: fill, textColor: textOn(fill), fontStyle: 'bold' },
          },
          ...(oneTeam ? [] : [t('pdf.summary.teamsScoredValue', { count: priority.teamsScored, total: plan.teams.length })]),
        ];
      }),
      styles: { fontSize: 9 },
      columnStyles: oneTeam
        ? { 0: { cellWidth: 11 }, 1: { cellWidth: contentWidth - 11 - 36 - 36 }, 2: { cellWidth: 36 }, 3: { cellWidth: 36 } }
        : {
            0: { cellWidth: 11 },
            1: { cellWidth: contentWidth - 11 - 34 - 34 - 24 },
            2: { cellWidth: 34 },
            3: { cellWidth: 34 },
            4: { cellWidth: 24 },
          },
      after: 7,
    });
  }

  writeHeatMap(w, plan);
  writeThemeChart(w, plan);
}
