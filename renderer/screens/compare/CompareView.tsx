import { useId, useMemo, type CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  compareTeams,
  disagreementRanking,
  themeSummaries,
  type ElementComparison,
  type Statistic,
} from '../../../shared/aggregation/compareTeams';
import { teamColour } from '../../../shared/canvas/teamColours';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { Importance } from '../../../shared/model/assessment';
import { attentionLevel, importanceLevel } from '../../../shared/scoring';
import { useWorkshopAssessments } from '../../data/canvasHooks';
import { useLanguage } from '../../i18n/useLanguage';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { ThemeChart } from './ThemeChart';

const RANKING_LENGTH = 6;

/** All teams side by side: a heat map of attention, where they disagree most, every score, and per theme. */
export function CompareView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshop, template, sortedTeams } = useOpenWorkshop();
  const assessments = useWorkshopAssessments(workshop.id);
  const number = useNumberFormat();
  const id = useId();
  const comparisons = useMemo(() => compareTeams(template, sortedTeams, assessments ?? []), [template, sortedTeams, assessments]);
  const ranking = useMemo(() => disagreementRanking(comparisons).slice(0, RANKING_LENGTH), [comparisons]);
  const summaries = useMemo(() => themeSummaries(comparisons, template, sortedTeams), [comparisons, template, sortedTeams]);
  const elements = new Map(template.themes.flatMap((theme) => theme.elements.map((element) => [element.id, element] as const)));
  const titleOf = (elementId: string) => elements.get(elementId)?.title[language] ?? elementId;
  const spreadText = (value: Statistic) => (value.count >= 2 ? number(value.spread) : '–');
  const meanImportanceText = (value: Statistic) =>
    value.mean === null
      ? '–'
      : t('compare.meanImportanceValue', { label: importanceWord(importanceLevel(value.mean), t), value: number(value.mean) });

  if (!assessments) return null;
  return (
    <div className="compare-view">
      <div className="view-heading">
        <h2>{t('compare.title')}</h2>
        <p className="lead">{t('compare.lead', { count: sortedTeams.length })}</p>
      </div>

      <section className="compare-section" aria-labelledby={`${id}-heat`}>
        <h3 id={`${id}-heat`} className="setup-title">
          {t('compare.heatMap')}
        </h3>
        <p className="setup-hint">{t('compare.heatMapHint')}</p>
        <div className="heat-map" style={{ '--theme-count': template.themes.length } as CSSProperties}>
          {template.themes.map((theme, themeIndex) => (
            <div key={theme.id} className="heat-column" style={{ '--theme-colour': themeStyle(theme.id).colour } as CSSProperties}>
              <p className="heat-theme">
                {themeIndex + 1}. {theme.title[language]}
              </p>
              <ol className="heat-cells">
                {theme.elements.map((element, elementIndex) => {
                  const comparison = comparisons.find((candidate) => candidate.elementId === element.id)!;
                  const level = attentionLevel(comparison.attention.mean === null ? null : Math.round(comparison.attention.mean));
                  return (
                    <li key={element.id} className={`heat-cell heat-${level ?? 'empty'}`}>
                      <span className="heat-label">
                        {themeIndex + 1}.{elementIndex + 1} {element.title[language]}
                      </span>
                      <span className="heat-value">
                        <span className="visually-hidden">{t('compare.meanAttention')}: </span>
                        {number(comparison.attention.mean)}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </div>
      </section>

      <section className="compare-section" aria-labelledby={`${id}-ranking`}>
        <h3 id={`${id}-ranking`} className="setup-title">
          {t('compare.disagreement')}
        </h3>
        <p className="setup-hint">{t('compare.spreadHint')}</p>
        {ranking.length === 0 ? (
          <p className="setup-hint">{sortedTeams.length < 2 ? t('compare.oneTeam') : t('compare.noDisagreement')}</p>
        ) : (
          <ol className="ranking">
            {ranking.map((comparison) => (
              <li key={comparison.elementId} className="ranking-item">
                <span className="ranking-title">{titleOf(comparison.elementId)}</span>
                <span className="ranking-detail">
                  {t('compare.spreadLine', { maturity: spreadText(comparison.maturity), importance: spreadText(comparison.importance) })}
                </span>
                <span className="ranking-teams">
                  {comparison.teams.map((score, index) => (
                    <span key={score.teamId} className="ranking-team">
                      <span className="team-dot" style={{ background: teamColour(sortedTeams[index]!, index) }} aria-hidden />
                      {sortedTeams[index]!.name}: {scoreText(score, t)}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="compare-section" aria-labelledby={`${id}-table`}>
        <h3 id={`${id}-table`} className="setup-title">
          {t('compare.perElement')}
        </h3>
        <div className="table-scroll">
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.element')}</th>
                {sortedTeams.map((team) => (
                  <th key={team.id} scope="col">
                    {team.name}
                  </th>
                ))}
                <th scope="col">{t('compare.meanMaturity')}</th>
                <th scope="col">{t('compare.spreadMaturity')}</th>
                <th scope="col">{t('compare.meanImportance')}</th>
                <th scope="col">{t('compare.spreadImportance')}</th>
              </tr>
            </thead>
            <tbody>
              {comparisons.map((comparison: ElementComparison) => (
                <tr key={comparison.elementId}>
                  <th scope="row">{titleOf(comparison.elementId)}</th>
                  {comparison.teams.map((score) => (
                    <td key={score.teamId}>{scoreText(score, t)}</td>
                  ))}
                  <td className="numeric">{number(comparison.maturity.mean)}</td>
                  <td className="numeric">{spreadText(comparison.maturity)}</td>
                  <td className="numeric">{meanImportanceText(comparison.importance)}</td>
                  <td className="numeric">{spreadText(comparison.importance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <ThemeChart summaries={summaries} />
    </div>
  );
}

function scoreText(score: ElementComparison['teams'][number], t: TFunction): string {
  if (score.notApplicable) return t('compare.notApplicable');
  if (score.maturity === null && score.importance === null) return '–';
  return t('compare.score', { maturity: score.maturity ?? '–', importance: importanceWord(importanceLevel(score.importance), t) });
}

/** Belang in words, as the canvas shows it: "hoog", not 3. */
function importanceWord(level: Importance | null, t: TFunction): string {
  return level === null ? '–' : t(`scoring.importanceLevels.${level}`).toLowerCase();
}
