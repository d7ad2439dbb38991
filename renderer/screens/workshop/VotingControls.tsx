import { Vote } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tally, type VoterKind } from '../../../shared/facilitation/voting';
import { dispatchCommand } from '../../commands/useCommand';
import { useVotes } from '../../data/canvasHooks';
import { useFacilitation } from '../../facilitation/facilitationStore';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from './WorkshopContext';

/** Starts a dot-voting round, reveals its result, closes it; the result stays with the workshop. */
export function VotingControls() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshop, template } = useOpenWorkshop();
  const [{ voting }] = useFacilitation(workshop.id);
  const votes = useVotes(workshop.id) ?? [];
  const [dots, setDots] = useState(3);
  const [voters, setVoters] = useState<VoterKind>('team');
  const elements = template.themes.flatMap((theme) => theme.elements);
  const ranking = voting?.revealed
    ? tally(
        votes,
        voting.round,
        elements.map((element) => element.id),
      )
    : [];

  if (!voting) {
    return (
      <div className="facilitator-group" role="group" aria-label={t('voting.label')}>
        {/* Short on the screen (the choice beside it says per what); whole for the screen reader. */}
        <span className="facilitator-caption" aria-hidden>
          {t('voting.dotsShort')}
        </span>
        <input
          aria-label={t('voting.dotsPerVoter')}
          className="timer-minutes"
          type="number"
          min={1}
          max={20}
          value={dots}
          onChange={(event) => setDots(Math.min(20, Math.max(1, Number(event.target.value) || 1)))}
        />
        <select
          aria-label={t('voting.voters')}
          value={voters}
          onChange={(event) => setVoters(event.target.value === 'participant' ? 'participant' : 'team')}
        >
          <option value="team">{t('voting.perTeam')}</option>
          <option value="participant">{t('voting.perParticipant')}</option>
        </select>
        <button
          type="button"
          className="button button-secondary button-compact"
          onClick={() => dispatchCommand('voting.start', { voters, dotsPerVoter: dots })}
        >
          <Vote aria-hidden size={18} />
          {t('voting.start')}
        </button>
      </div>
    );
  }
  return (
    <div className="facilitator-group voting-active" role="group" aria-label={t('voting.label')}>
      <span className="facilitator-caption">
        {t('voting.running', {
          round: voting.round,
          count: voting.dotsPerVoter,
          per: t(voting.voters === 'participant' ? 'voting.participantWord' : 'voting.teamWord'),
        })}
      </span>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={voting.revealed}
          onChange={(event) => dispatchCommand('voting.reveal', { on: event.target.checked })}
        />
        {t('voting.reveal')}
      </label>
      <button type="button" className="button button-secondary button-compact" onClick={() => dispatchCommand('voting.close')}>
        {t('voting.close')}
      </button>
      {voting.revealed && (
        <ol className="vote-ranking" aria-label={t('voting.result', { round: voting.round })}>
          {ranking.length === 0 && <li>{t('voting.noDots')}</li>}
          {ranking.map((entry) => (
            <li key={entry.elementId}>
              {elements.find((element) => element.id === entry.elementId)?.title[language]}{' '}
              <strong>{t('voting.dots', { count: entry.dots })}</strong>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
