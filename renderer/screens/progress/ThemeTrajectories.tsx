import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeProgress } from '../../../shared/aggregation/progress';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import { formatCalendarDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { themeLabel, useProgressFormat, type ProgressFormat } from './progressFormat';

const WIDTH = 300;
const HEIGHT = 170;
const LEFT = 24;
const RIGHT = 8;
/** The first and last point stand this far inside the plot, so that their dates, centred under them, stay in the chart. */
const INSET = 26;
const TOP = 20;
const BOTTOM = 38;
/** A date label needs about this much room across; with more sessions only some are named. */
const LABEL_ROOM = 52;
/** Up to this many points carry their value; more would crowd the line (the table has them all). */
const VALUES_UP_TO = 6;

/** Over three or more sessions, one small line chart per theme (the mean stand per session, now last), and the figures as a table. */
export function ThemeTrajectories({ themes, dates }: { themes: ThemeProgress[]; dates: string[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { template } = useOpenWorkshop();
  const format = useProgressFormat();
  const id = useId();
  const titleOf = (themeId: string) => themeLabel(template, themeId, language);
  const longDates = dates.map((date) => formatCalendarDate(date, language));

  return (
    <section className="compare-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('progress.trajectory.title', { count: dates.length })}
      </h3>
      <p className="setup-hint">{t('progress.trajectory.hint')}</p>
      <ul className="trajectory-grid">
        {themes.map((theme) => {
          const title = titleOf(theme.themeId);
          const values = theme.means.map((mean, index) => `${longDates[index]} ${format.mean(mean)}`).join('; ');
          return (
            <li
              key={theme.themeId}
              className="trajectory-card"
              style={{ '--theme-colour': themeStyle(theme.themeId).colour } as CSSProperties}
            >
              <h4 className="trajectory-title">{title}</h4>
              <TrajectoryChart
                means={theme.means}
                dates={dates}
                colour={themeStyle(theme.themeId).colour}
                label={t('progress.trajectory.chart', { theme: title, values })}
                format={format}
              />
            </li>
          );
        })}
      </ul>
      <div className="table-scroll progress-table-narrow">
        <table className="compare-table">
          <caption className="visually-hidden">{t('progress.trajectory.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.theme')}</th>
              {longDates.map((date, index) => (
                <th key={index} scope="col" className="numeric">
                  {index === dates.length - 1 ? t('progress.trajectory.nowColumn', { date }) : date}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.themeId}>
                <th scope="row">{titleOf(theme.themeId)}</th>
                {theme.means.map((mean, index) => (
                  <td key={index} className="numeric">
                    {format.mean(mean)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TrajectoryChart({
  means,
  dates,
  colour,
  label,
  format,
}: {
  means: (number | null)[];
  dates: string[];
  colour: string;
  label: string;
  format: ProgressFormat;
}) {
  const plotWidth = WIDTH - LEFT - RIGHT - 2 * INSET;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) => LEFT + INSET + (means.length === 1 ? plotWidth / 2 : (index / (means.length - 1)) * plotWidth);
  const y = (value: number) => TOP + plotHeight - ((value - 1) / 4) * plotHeight;
  const named = namedIndices(means.length, Math.max(2, Math.floor(plotWidth / LABEL_ROOM) + 1));
  // A session without scores for the theme breaks the line rather than bridging it.
  const segments = means.slice(1).flatMap((mean, index) => {
    const previous = means[index]!;
    return mean === null || previous === null ? [] : [{ from: index, to: index + 1, a: previous, b: mean }];
  });

  return (
    <svg className="trajectory-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {[1, 2, 3, 4, 5].map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={LEFT - 8} y={y(tick) + 4} className="chart-tick" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {segments.map((segment) => (
        <line
          key={segment.from}
          x1={x(segment.from)}
          x2={x(segment.to)}
          y1={y(segment.a)}
          y2={y(segment.b)}
          stroke={colour}
          className="trajectory-line"
        />
      ))}
      {means.map((mean, index) =>
        mean === null ? null : (
          <g key={index}>
            <circle cx={x(index)} cy={y(mean)} r={index === means.length - 1 ? 5 : 4} fill={colour} className="trajectory-point" />
            {means.length <= VALUES_UP_TO && (
              <text x={x(index)} y={y(mean) - 9} textAnchor="middle" className="chart-value chart-value-small">
                {format.mean(mean)}
              </text>
            )}
          </g>
        ),
      )}
      {named.map((index) => {
        const [dayMonth, year] = format.axisDate(dates[index]!);
        return (
          <text key={index} x={x(index)} y={HEIGHT - BOTTOM + 17} textAnchor="middle" className="chart-tick">
            <tspan x={x(index)}>{dayMonth}</tspan>
            <tspan x={x(index)} dy={14}>
              {year}
            </tspan>
          </text>
        );
      })}
    </svg>
  );
}

/** Which points get a date: all when they fit, else the first, the last and evenly spread ones between. */
function namedIndices(count: number, fit: number): number[] {
  if (count <= fit) return Array.from({ length: count }, (_, index) => index);
  const step = (count - 1) / (fit - 1);
  return [...new Set(Array.from({ length: fit }, (_, index) => Math.round(index * step)))];
}
