import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeTeamSummary } from '../../../shared/aggregation/compareTeams';
import { teamColour } from '../../../shared/canvas/teamColours';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { StandGrid } from './StandGrid';

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 36;
const BOTTOM = 40;
const TOP = 12;

/** Mean maturity per theme, one bar per team, with the same figures as a table for screen readers and print. */
export function ThemeChart({ summaries }: { summaries: ThemeTeamSummary[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { template, sortedTeams } = useOpenWorkshop();
  const number = useNumberFormat();
  const id = useId();
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const groupWidth = (WIDTH - LEFT) / summaries.length;
  const barWidth = Math.min(28, (groupWidth - 16) / Math.max(1, sortedTeams.length));
  const y = (value: number) => TOP + plotHeight - (value / 5) * plotHeight;

  return (
    <section className="compare-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('compare.themeChart')}
      </h3>
      <svg
        className="theme-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-table`}
      >
        <StandGrid left={LEFT} right={WIDTH} y={y} />
        {summaries.map((summary, themeIndex) => {
          const theme = template.themes.find((candidate) => candidate.id === summary.themeId)!;
          const groupX = LEFT + themeIndex * groupWidth + (groupWidth - barWidth * summary.teams.length) / 2;
          return (
            <g key={summary.themeId}>
              {summary.teams.map((team, teamIndex) => {
                const mean = team.maturity.mean;
                return mean === null ? null : (
                  <rect
                    key={team.teamId}
                    x={groupX + teamIndex * barWidth + 2}
                    y={y(mean)}
                    width={barWidth - 4}
                    height={y(0) - y(mean)}
                    fill={teamColour(sortedTeams[teamIndex]!, teamIndex)}
                  />
                );
              })}
              <text x={LEFT + themeIndex * groupWidth + groupWidth / 2} y={HEIGHT - 14} textAnchor="middle" className="chart-label">
                {themeIndex + 1}. {theme.title[language]}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend" aria-hidden>
        {sortedTeams.map((team, index) => (
          <li key={team.id}>
            <span className="team-dot" style={{ background: teamColour(team, index) }} />
            {team.name}
          </li>
        ))}
      </ul>
      <table id={`${id}-table`} className="compare-table compact">
        <caption>{t('compare.themeTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.theme')}</th>
            {sortedTeams.map((team) => (
              <th key={team.id} scope="col">
                {team.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.themeId}>
              <th scope="row">{template.themes.find((theme) => theme.id === summary.themeId)?.title[language]}</th>
              {summary.teams.map((team) => (
                <td key={team.teamId} className="numeric">
                  {number(team.maturity.mean)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
