import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { compareTeams } from '../../../shared/aggregation/compareTeams';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import { attentionLevel } from '../../../shared/scoring';
import { tally } from '../../../shared/facilitation/voting';
import { useVotes, useWorkshopAssessments } from '../../data/canvasHooks';
import { useFacilitation } from '../../facilitation/facilitationStore';
import { RoundClock } from '../../facilitation/RoundClock';
import { useWorkshop } from '../../data/hooks';
import { useHyphenation } from '../../i18n/useHyphenation';
import { useLanguage } from '../../i18n/useLanguage';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { MaturityPips } from '../workshop/ScoreSummary';
import { JoinSlide } from '../../room/JoinSlide';
import { useCommand } from '../../commands/useCommand';
import { KeyHints } from '../../components/KeyboardHelp';
import { nextFocus, type FocusCommand } from './presentationKeys';

/**
 * The plate for the projector: large type, high contrast, the whole plate or one theme, driven by the
 * keyboard or a presentation clicker. Scores (the mean over all teams) stay hidden until revealed.
 */
export function PresentationScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const number = useNumberFormat();
  const { workshopId = '' } = useParams();
  const overview = useWorkshop(workshopId);
  const assessments = useWorkshopAssessments(workshopId);
  const [{ focus, scoresShown: showScores, blank, timer, voting, joinSlide }, update] = useFacilitation(workshopId);
  const votes = useVotes(workshopId);
  const hyphenate = useHyphenation(language);

  const themeCount = overview?.template.themes.length ?? 0;
  // The presentation's keys (a keyboard or a clicker), as the registry binds them. Each step goes from the
  // focus as it is now, not as this screen last rendered it: a clicker pressed twice quickly moves twice.
  const focusTo = (command: FocusCommand) => (payload?: unknown) =>
    update((state) => {
      const next = nextFocus(command, state.focus, themeCount, (payload as { key?: string } | undefined)?.key);
      return next === undefined ? {} : { focus: next, blank: false };
    });
  useCommand('present.next', focusTo('present.next'));
  useCommand('present.previous', focusTo('present.previous'));
  useCommand('present.theme', focusTo('present.theme'));
  useCommand('present.wholePlate', focusTo('present.wholePlate'));
  useCommand('present.lastTheme', focusTo('present.lastTheme'));
  useCommand('present.scores', () => update((state) => ({ scoresShown: !state.scoresShown })));
  useCommand('present.blank', () => update((state) => ({ blank: !state.blank })));
  useCommand('present.joinSlide', () => update((state) => ({ joinSlide: !state.joinSlide, blank: false })));
  useCommand('present.leave', () => (window.opener ? window.close() : navigate(`/workshop/${workshopId}`)));

  const comparisons = useMemo(
    () => (overview ? compareTeams(overview.template, overview.teams, assessments ?? []) : []),
    [overview, assessments],
  );

  const elementOrder = overview?.template.themes.flatMap((theme) => theme.elements.map((element) => element.id)) ?? [];
  const results = voting?.revealed ? tally(votes ?? [], voting.round, elementOrder) : [];
  const dotsOn = (elementId: string) => results.find((entry) => entry.elementId === elementId)?.dots ?? 0;

  if (!overview) return <main className="presentation" aria-busy="true" />;
  const titleOf = (elementId: string) =>
    overview.template.themes.flatMap((theme) => theme.elements).find((element) => element.id === elementId)?.title[language] ?? '';
  const themes = overview.template.themes
    .map((theme, index) => ({ theme, index }))
    .filter(({ index }) => focus === 'all' || index === focus);

  return (
    <main className={`presentation${focus === 'all' ? ' presentation-all' : ' presentation-theme'}`} aria-label={t('present.label')}>
      {blank ? (
        <div className="presentation-blank" role="status">
          <span className="visually-hidden">{t('present.blanked')}</span>
        </div>
      ) : joinSlide ? (
        <JoinSlide workshopId={workshopId} teams={overview.teams} />
      ) : (
        <>
          <header className="presentation-header">
            <h1 className="presentation-title">{overview.workshop.title}</h1>
            <p className="presentation-status">
              {showScores ? t('present.scoresShown', { count: overview.teams.length }) : t('present.scoresHidden')}
            </p>
            {(timer.startedAt !== null || timer.elapsedMs > 0) && <RoundClock timer={timer} size="large" playSound />}
          </header>
          {voting && (
            <p className="presentation-voting" role="status">
              {voting.revealed
                ? `${t('voting.top', { round: voting.round })}: ${results
                    .slice(0, 3)
                    .map((entry, rank) => `${rank + 1}. ${hyphenate(titleOf(entry.elementId))} (${entry.dots})`)
                    .join(' · ')}`
                : t('voting.hidden', { round: voting.round })}
            </p>
          )}
          <div className="presentation-plate" style={{ '--theme-count': themes.length } as CSSProperties}>
            {themes.map(({ theme, index }) => (
              <section
                key={theme.id}
                className="presentation-theme-column"
                aria-labelledby={`present-${theme.id}`}
                style={{ '--theme-colour': themeStyle(theme.id).colour } as CSSProperties}
              >
                <header className="presentation-theme-header">
                  <span className="presentation-theme-number">{t('workshop.themeNumber', { number: index + 1 })}</span>
                  <h2 id={`present-${theme.id}`}>{hyphenate(theme.title[language])}</h2>
                  {focus !== 'all' && <p className="presentation-question">{hyphenate(theme.question[language])}</p>}
                </header>
                <ol className="presentation-elements">
                  {theme.elements.map((element, elementIndex) => {
                    const comparison = comparisons.find((candidate) => candidate.elementId === element.id);
                    const attention = comparison?.attention.mean ?? null;
                    const level = attentionLevel(attention === null ? null : Math.round(attention));
                    const dots = voting?.revealed ? dotsOn(element.id) : 0;
                    const scores =
                      showScores && comparison && comparison.maturity.count > 0 ? { maturity: comparison.maturity.mean } : null;
                    return (
                      <li key={element.id} className="presentation-card">
                        <h3 className="presentation-element-title">
                          <span className="presentation-label" aria-hidden>
                            {index + 1}.{elementIndex + 1}
                          </span>
                          {hyphenate(element.title[language])}
                        </h3>
                        {focus !== 'all' && element.questions[language] && (
                          <p className="presentation-element-questions">{hyphenate(element.questions[language])}</p>
                        )}
                        {(dots > 0 || scores) && (
                          <p className="presentation-scores">
                            {scores && (
                              <>
                                <MaturityPips maturity={scores.maturity === null ? null : Math.round(scores.maturity)} />
                                <span>{t('present.meanMaturity', { value: number(scores.maturity) })}</span>
                                {level && (
                                  <span className={`attention attention-${level}`}>
                                    {t('scoring.attention')} <strong>{number(attention)}</strong>
                                  </span>
                                )}
                              </>
                            )}
                            {dots > 0 && <span className="presentation-dots">{t('voting.dots', { count: dots })}</span>}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </section>
            ))}
          </div>
          <KeyHints scope="presentation" digits={themeCount} className="presentation-keys" />
        </>
      )}
    </main>
  );
}
