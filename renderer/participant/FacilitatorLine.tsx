import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/facilitation/timer';
import { useNow } from '../facilitation/useNow';
import { roundRemaining } from './clock';
import { inLanguage, type PlenaryView } from './plenaryView';

const phaseKinds = ['welkom', 'thema', 'prioriteren', 'acties', 'afsluiting'] as const;

/** Where the facilitator is (phase and theme) and the round timer, counting on the host's clock. */
export function FacilitatorLine({ plenary, clockOffset }: { plenary: PlenaryView; clockOffset: number }) {
  const { t } = useTranslation();
  const { phase, timer } = plenary.facilitation;
  const running = timer.startedAt !== null;
  const now = useNow(running);
  const shown = timer.durationMs > 0 && (running || timer.elapsedMs > 0);
  if (!phase && !shown) return null;

  const kind =
    phase && (phaseKinds as readonly string[]).includes(phase.kind)
      ? t(`agenda.kinds.${phase.kind as (typeof phaseKinds)[number]}`)
      : phase?.kind;
  const theme = phase?.themeId ? plenary.themes.find((candidate) => candidate.id === phase.themeId) : undefined;
  const themeTitle = theme ? inLanguage(theme.title, plenary.language) : '';
  const left = roundRemaining(timer, now, clockOffset);
  return (
    <div className="pp-facilitation" data-testid="facilitation">
      {phase && (
        <p className="pp-phase">
          {themeTitle && themeTitle !== kind
            ? t('participant.header.phaseTheme', { phase: kind, theme: themeTitle })
            : t('participant.header.phase', { phase: kind })}
        </p>
      )}
      {shown && (
        <p className={`pp-timer${left < 0 ? ' pp-timer-over' : ''}`} role="timer" aria-label={t('timer.label')}>
          <span className="pp-timer-time">{formatClock(left)}</span>
          {!running && <span className="pp-timer-paused">{t('participant.header.paused')}</span>}
        </p>
      )}
    </div>
  );
}
