import { MonitorUp, Pause, Play, Plus, RotateCcw, Volume2, VolumeX } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isRunning, MINUTE_MS } from '../../../shared/facilitation/timer';
import { dispatchCommand } from '../../commands/useCommand';
import { useFacilitation } from '../../facilitation/facilitationStore';
import { RoundClock } from '../../facilitation/RoundClock';
import { useLanguage } from '../../i18n/useLanguage';
import { VotingControls } from './VotingControls';
import { useOpenWorkshop } from './WorkshopContext';

/** The facilitator's controls for the projector: what it shows, the scores, black screen, the round timer; each a command of the registry. */
export function FacilitatorBar() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshop, template } = useOpenWorkshop();
  const [state] = useFacilitation(workshop.id);
  const id = useId();
  const running = isRunning(state.timer);

  return (
    <section className="facilitator-bar" aria-label={t('facilitation.label')}>
      <div className="facilitator-group" role="group" aria-label={t('facilitation.projectorShows')}>
        <span className="facilitator-caption" aria-hidden>
          {t('facilitation.projectorShows')}
        </span>
        <button
          type="button"
          className="chip-button"
          aria-pressed={state.focus === 'all'}
          onClick={() => dispatchCommand('present.wholePlate')}
        >
          {t('facilitation.wholePlate')}
        </button>
        {template.themes.map((theme, index) => (
          <button
            key={theme.id}
            type="button"
            className="chip-button"
            aria-pressed={state.focus === index}
            title={theme.title[language]}
            onClick={() => dispatchCommand('present.theme', { theme: index })}
          >
            {index + 1}. {theme.title[language]}
          </button>
        ))}
      </div>
      <div className="facilitator-group">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.scoresShown}
            onChange={(event) => dispatchCommand('present.scores', { on: event.target.checked })}
          />
          {t('facilitation.revealScores')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.blank}
            onChange={(event) => dispatchCommand('present.blank', { on: event.target.checked })}
          />
          {t('facilitation.blank')}
        </label>
      </div>
      <div className="facilitator-group" role="group" aria-label={t('timer.label')}>
        <RoundClock timer={state.timer} size="small" playSound />
        <label htmlFor={`${id}-minutes`} className="visually-hidden">
          {t('timer.minutes')}
        </label>
        <input
          id={`${id}-minutes`}
          className="timer-minutes"
          type="number"
          min={1}
          max={180}
          disabled={running}
          value={Math.round(state.timer.durationMs / MINUTE_MS)}
          onChange={(event) => {
            const minutes = Number(event.target.value);
            if (Number.isFinite(minutes) && minutes >= 1 && minutes <= 180) dispatchCommand('timer.setMinutes', { minutes });
          }}
        />
        <span aria-hidden>{t('timer.min')}</span>
        <button
          type="button"
          className="button button-secondary button-compact timer-start"
          aria-label={running ? t('timer.pause') : t('timer.start')}
          onClick={() => dispatchCommand('timer.startPause')}
        >
          {running ? <Pause aria-hidden size={18} /> : <Play aria-hidden size={18} />}
          {running ? t('timer.pauseShort') : t('timer.startShort')}
        </button>
        <button
          type="button"
          className="icon-button icon-button-small"
          aria-label={t('timer.addMinute')}
          title={t('timer.addMinute')}
          onClick={() => dispatchCommand('timer.addMinute')}
        >
          <Plus aria-hidden size={18} />
        </button>
        <button
          type="button"
          className="icon-button icon-button-small"
          aria-label={t('timer.reset')}
          title={t('timer.reset')}
          onClick={() => dispatchCommand('timer.reset')}
        >
          <RotateCcw aria-hidden size={18} />
        </button>
        <button
          type="button"
          className="icon-button icon-button-small"
          aria-pressed={state.timer.sound}
          aria-label={t('timer.sound')}
          title={t('timer.sound')}
          onClick={() => dispatchCommand('timer.sound')}
        >
          {state.timer.sound ? <Volume2 aria-hidden size={18} /> : <VolumeX aria-hidden size={18} />}
        </button>
      </div>
      <VotingControls />
      <button type="button" className="button button-secondary button-compact" onClick={() => dispatchCommand('view.projector')}>
        <MonitorUp aria-hidden size={18} />
        {t('facilitation.openProjector')}
      </button>
    </section>
  );
}
