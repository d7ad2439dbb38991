import { ArrowDown, ArrowUp, Play, SkipForward, Square } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currentPhase,
  defaultAgenda,
  elapsedMinutes,
  nextPhase,
  plannedTotal,
  type Agenda,
  type AgendaPhase,
} from '../../../shared/facilitation/agenda';
import { PHASE_MINUTES_MAX } from '../../../shared/model/vocabulary';
import { dispatchCommand } from '../../commands/useCommand';
import { DisclosureButton, useRememberedOpen } from '../../components/Disclosure';
import { useNow } from '../../facilitation/useNow';
import { useLanguage } from '../../i18n/useLanguage';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { useOpenWorkshop } from './WorkshopContext';

/**
 * The workshop's phases with planned minutes: reorder and adjust them, and start one, which puts its
 * theme on the projector and sets the round timer to its minutes. Planned and real times side by side.
 * The phases fold away; the next step stays in reach on the agenda's first line. Open, the eight phases
 * of the usual agenda take one row on a laptop: each its name over its minutes and tools.
 */
export function AgendaPanel() {
  const { t } = useTranslation();
  const id = useId();
  const [open, toggle] = useRememberedOpen('actieplaat.agendaOpen', true);
  const [language] = useLanguage();
  const number = useNumberFormat();
  const { workshop, template } = useOpenWorkshop();
  const agenda: Agenda = workshop.agenda ?? defaultAgenda();
  const running = currentPhase(agenda);
  const now = useNow(running !== undefined, 5000);

  const phaseName = (phase: AgendaPhase) => {
    if (phase.kind === 'thema')
      return template.themes.find((theme) => theme.id === phase.themeId)?.title[language] ?? t('agenda.kinds.thema');
    return t(`agenda.kinds.${phase.kind}`);
  };

  // One edit: the agenda, the projector's theme and the round timer, undone as one step.
  const begin = (phase: AgendaPhase) => {
    const themeIndex = template.themes.findIndex((theme) => theme.id === phase.themeId);
    dispatchCommand('agenda.startPhase', {
      phaseId: phase.id,
      focus: themeIndex >= 0 ? themeIndex : 'all',
      minutes: phase.plannedMinutes,
    });
  };
  const upcoming = nextPhase(agenda);
  const spent = agenda.phases.reduce((sum, phase) => sum + (elapsedMinutes(phase, now) ?? 0), 0);

  return (
    <section className="agenda-panel" aria-labelledby={`${id}-toggle`}>
      <div className="agenda-head">
        <h3 id={`${id}-toggle`} className="agenda-title">
          <DisclosureButton open={open} controls={`${id}-phases`} onToggle={toggle}>
            {t('agenda.title')}
          </DisclosureButton>
        </h3>
        <span className="agenda-totals">{t('agenda.totals', { planned: plannedTotal(agenda), spent: number(Math.round(spent)) })}</span>
        {upcoming && (
          <button type="button" className="button button-primary button-compact" onClick={() => begin(upcoming)}>
            <SkipForward aria-hidden size={16} />
            {running ? t('agenda.next', { phase: phaseName(upcoming) }) : t('agenda.begin', { phase: phaseName(upcoming) })}
          </button>
        )}
        {running && (
          <button
            type="button"
            className="button button-secondary button-compact"
            onClick={() => dispatchCommand('agenda.stop', { at: new Date().toISOString() })}
          >
            <Square aria-hidden size={16} />
            {t('agenda.stop')}
          </button>
        )}
      </div>
      <ol id={`${id}-phases`} className="agenda-phases" hidden={!open}>
        {agenda.phases.map((phase, index) => {
          const elapsed = elapsedMinutes(phase, now);
          const state = phase === running ? 'running' : phase.endedAt ? 'done' : 'planned';
          const over = elapsed !== null && elapsed > phase.plannedMinutes;
          return (
            <li key={phase.id} className={`agenda-phase agenda-${state}`} aria-current={state === 'running' ? 'step' : undefined}>
              <span className="agenda-name">
                {index + 1}. {phaseName(phase)}
              </span>
              <span className={`agenda-elapsed${over ? ' agenda-over' : ''}`}>
                {elapsed === null ? '' : t('agenda.elapsed', { minutes: number(Math.round(elapsed)) })}
              </span>
              <span className="agenda-controls">
                <input
                  className="agenda-minutes"
                  type="number"
                  min={0}
                  max={PHASE_MINUTES_MAX}
                  value={phase.plannedMinutes}
                  aria-label={t('agenda.planned', { phase: phaseName(phase) })}
                  onChange={(event) => {
                    const minutes = Number(event.target.value);
                    if (Number.isInteger(minutes) && minutes >= 0 && minutes <= PHASE_MINUTES_MAX)
                      dispatchCommand('agenda.planMinutes', { phaseId: phase.id, minutes });
                  }}
                />
                <span className="agenda-tools">
                  <button
                    type="button"
                    className="icon-button icon-button-small"
                    disabled={index === 0}
                    aria-label={t('agenda.moveUp', { phase: phaseName(phase) })}
                    onClick={() => dispatchCommand('agenda.movePhase', { phaseId: phase.id, offset: -1 })}
                  >
                    <ArrowUp aria-hidden size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button-small"
                    disabled={index === agenda.phases.length - 1}
                    aria-label={t('agenda.moveDown', { phase: phaseName(phase) })}
                    onClick={() => dispatchCommand('agenda.movePhase', { phaseId: phase.id, offset: 1 })}
                  >
                    <ArrowDown aria-hidden size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button-small"
                    aria-label={t('agenda.start', { phase: phaseName(phase) })}
                    onClick={() => begin(phase)}
                  >
                    <Play aria-hidden size={16} />
                  </button>
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
