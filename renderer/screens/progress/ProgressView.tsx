import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf } from '../../../shared/aggregation/progress';
import { useToday } from '../../components/useToday';
import { useActions, useWorkshopAssessments } from '../../data/canvasHooks';
import { formatCalendarDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { ActionsSinceThen } from './ActionsSinceThen';
import { ElementChanges } from './ElementChanges';
import { Movers } from './Movers';
import { ThemeThenNow } from './ThemeThenNow';
import { ThemeTrajectories } from './ThemeTrajectories';

/** A line chart needs three points to show a course; two are the then-and-now bars already. */
const TRAJECTORY_FROM_SESSIONS = 3;

/** Progress since the earlier sessions of a follow-up: themes then and now, their course, what moved, every score, the actions. */
export function ProgressView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshop, template, sortedTeams, earlierSessions } = useOpenWorkshop();
  const assessments = useWorkshopAssessments(workshop.id);
  const actions = useActions(workshop.id);
  const today = useToday();
  const progress = useMemo(
    () => (assessments && actions ? progressOf({ template, teams: sortedTeams, assessments, actions, earlierSessions }, today) : undefined),
    [template, sortedTeams, assessments, actions, earlierSessions, today],
  );

  if (!assessments || !actions) return null;
  if (!progress)
    return (
      <section className="progress-view">
        <h2>{t('progress.title')}</h2>
        <p className="empty-note">{t('progress.notFollowUp')}</p>
      </section>
    );
  const previous = progress.previous.workshop;
  const dates = [...progress.sessions.map((session) => session.workshop.date), workshop.date];
  return (
    <div className="compare-view progress-view">
      <div className="view-heading">
        <h2>{t('progress.heading', { title: previous.title, date: formatCalendarDate(previous.date, language) })}</h2>
        <p className="lead">
          {t('progress.lead', {
            then: previous.title,
            thenDate: formatCalendarDate(previous.date, language),
            nowDate: formatCalendarDate(workshop.date, language),
          })}
        </p>
      </div>
      <ThemeThenNow themes={progress.themes} />
      {dates.length >= TRAJECTORY_FROM_SESSIONS && <ThemeTrajectories themes={progress.themes} dates={dates} />}
      <Movers up={progress.up} down={progress.down} />
      <ElementChanges elements={progress.elements} />
      <ActionsSinceThen actions={progress.actions} />
    </div>
  );
}
