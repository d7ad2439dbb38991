import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { ActionPlanDocument } from '../../../shared/export/actionPlan';
import { contentWidth, ink, page, styles, type PdfWriter, type TableOptions } from './pdfLayout';

/** Page 1: what the workshop was, who took part in the partnership, and — for a team's plan — which team. */
export function writeCover(w: PdfWriter, plan: ActionPlanDocument): void {
  const { t } = w;
  w.bookmark(plan.workshop.title);
  const stripe = contentWidth / Math.max(1, plan.themes.length);
  plan.themes.forEach((theme, index) => w.box(page.left + index * stripe, w.y, stripe, 2.5, themeStyle(theme.id).colour));
  w.space(14);

  w.paragraph(t('pdf.cover.kicker'), { ...styles.h2, colour: ink.muted }, { after: 1 });
  w.paragraph(plan.workshop.title, styles.title, { after: 2 });
  w.paragraph(t('pdf.cover.plate'), { size: 11.5, colour: ink.muted }, { after: 8 });

  if (plan.team) writeTeamNotice(w, plan.team.name, plan.team.colour);

  const incomplete = plan.actions.filter((action) => action.incomplete).length;
  const figures = t('pdf.cover.figures', {
    teams: t('pdf.cover.teamCount', { count: plan.teams.length }),
    participants: t('pdf.cover.participantCount', { count: plan.participants.length }),
    actions:
      t('pdf.cover.actionCount', { count: plan.actions.length }) +
      (incomplete > 0 ? ` (${t('pdf.cover.incompleteCount', { count: incomplete })})` : ''),
  });
  const details: [string, string | undefined][] = [
    [t('pdf.cover.date'), w.texts.longDate(plan.workshop.date)],
    [t('pdf.cover.location'), plan.workshop.location],
    [t('pdf.cover.facilitator'), plan.workshop.facilitator],
    [t('pdf.cover.teams'), plan.teams.map((team) => team.name).join('\n')],
    [t('pdf.cover.inFigures'), figures],
    [t('pdf.cover.goal'), plan.workshop.goal],
  ];
  w.table({
    theme: 'plain',
    body: details.filter((row): row is [string, string] => row[1] !== undefined).map(([label, value]) => [label, value]),
    styles: { fontSize: 10, cellPadding: { top: 1.8, bottom: 1.8, left: 0, right: 3 }, lineWidth: { bottom: 0.2 } },
    columnStyles: { 0: { cellWidth: 34, fontStyle: 'bold', textColor: ink.muted }, 1: { cellWidth: contentWidth - 34 } },
    after: 8,
  });

  const partnership: TableOptions = {
    head: [[t('pdf.cover.organisation'), t('pdf.cover.kind')]],
    body: plan.workshop.organisations.map((organisation) => [organisation.name, t(`organisationKind.${organisation.kind}`)]),
    styles: { fontSize: 9.5 },
    columnStyles: { 0: { cellWidth: contentWidth - 62 }, 1: { cellWidth: 62 } },
  };
  w.heading(t('pdf.cover.partnership'), styles.h2, w.tableStart(partnership));
  if (plan.workshop.organisations.length === 0) w.paragraph(t('pdf.cover.noOrganisations'), styles.body);
  else w.table(partnership);
}

function writeTeamNotice(w: PdfWriter, teamName: string, colour: string): void {
  const style = { ...styles.h3, size: 11 };
  const lines = w.lines(w.t('pdf.cover.oneTeam', { team: teamName }), contentWidth - 12, style);
  const height = lines.length * w.lineHeight(style) + 6;
  w.box(page.left, w.y, contentWidth, height, ink.band);
  w.box(page.left, w.y, 2.5, height, colour);
  w.space(3);
  w.writeLines(lines, page.left + 7, style);
  w.space(9);
}
