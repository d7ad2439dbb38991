import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeProgress } from '../../../shared/aggregation/progress';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { themeLabel, useProgressFormat } from './progressFormat';
import { StandGrid } from '../compare/StandGrid';

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 32;
const TOP = 22;
/** Room under the bars for "toen"/"nu" and the theme's name. */
const BOTTOM = 54;
const BAR = 46;
const BAR_GAP = 10;

/**
 * Per theme the mean stand then and now, as bars and as the same figures in a table beside them.
 * "Toen" and "nu" differ in fill (outline against solid) and are named under every bar: never colour alone.
 */
export function ThemeThenNow({ themes }: { themes: ThemeProgress[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { template } = useOpenWorkshop();
  const format = useProgressFormat();
  const id = useId();
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const groupWidth = (WIDTH - LEFT) / Math.max(1, themes.length);
  const y = (value: number) => TOP + plotHeight - (value / 5) * plotHeight;
  const titleOf = (themeId: string) => themeLabel(template, themeId, language);

  return (
    <section className="compare-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('progress.themes.title')}
      </h3>
      <p className="setup-hint">{t('progress.themes.hint')}</p>
      <div className="progress-chart-and-table">
        <svg
          className="progress-chart"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-table`}
        >
          <StandGrid left={LEFT} right={WIDTH} y={y} />
          {themes.map((theme, index) => {
            const colour = themeStyle(theme.themeId).colour;
            const centre = LEFT + index * groupWidth + groupWidth / 2;
            const bars = [
              { key: 'then', value: theme.before, x: centre - BAR - BAR_GAP / 2, label: t('progress.thenShort') },
              { key: 'now', value: theme.now, x: centre + BAR_GAP / 2, label: t('progress.nowShort') },
            ];
            return (
              <g key={theme.themeId}>
                {bars.map((bar) => (
                  <g key={bar.key}>
                    {bar.value !== null && (
                      <rect
                        x={bar.x}
                        y={y(bar.value)}
                        width={BAR}
                        height={y(0) - y(bar.value)}
                        className={`progress-bar progress-bar-${bar.key}`}
                        style={{ fill: bar.key === 'now' ? colour : undefined, stroke: colour }}
                      />
                    )}
                    <text x={bar.x + BAR / 2} y={y(bar.value ?? 0) - 6} textAnchor="middle" className="chart-value">
                      {format.mean(bar.value)}
                    </text>
                    <text x={bar.x + BAR / 2} y={y(0) + 16} textAnchor="middle" className="chart-tick">
                      {bar.label}
                    </text>
                  </g>
                ))}
                <text x={centre} y={HEIGHT - 12} textAnchor="middle" className="chart-label chart-theme">
                  {titleOf(theme.themeId)}
                </text>
              </g>
            );
          })}
        </svg>
        <table id={`${id}-table`} className="compare-table progress-theme-table">
          <caption className="visually-hidden">{t('progress.themes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.theme')}</th>
              <th scope="col" className="numeric">
                {t('progress.then')}
              </th>
              <th scope="col" className="numeric">
                {t('progress.now')}
              </th>
              <th scope="col" className="numeric">
                {t('progress.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.themeId}>
                <th scope="row">{titleOf(theme.themeId)}</th>
                <td className="numeric">{format.mean(theme.before)}</td>
                <td className="numeric">{format.mean(theme.now)}</td>
                <td className="numeric progress-difference">{format.meanChange(theme.before, theme.now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
