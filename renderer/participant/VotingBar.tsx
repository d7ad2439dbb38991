import { useTranslation } from 'react-i18next';
import type { TableContextValue } from './tableContext';
import type { VotingRound } from './voting';

/** The voting round under way: how many dots this phone (or its table) has left, or why it cannot vote. */
export function VotingBar({ round, voting }: { round: VotingRound; voting: TableContextValue['voting'] }) {
  const { t } = useTranslation();
  const budget = voting?.budget;
  return (
    <div className="pp-voting" role="status" data-testid="voting-bar">
      <p>
        <span className="pp-voting-title">{t('participant.voting.title', { round: round.round })}</span>
        {' · '}
        {!voting || !budget ? (
          t('participant.voting.anonymous')
        ) : (
          <span className="pp-voting-left" data-testid="dots-left">
            {t(voting.voter.voter === 'team' ? 'participant.voting.teamLeft' : 'participant.voting.left', {
              left: budget.left,
              total: budget.total,
            })}
          </span>
        )}
      </p>
      {budget && budget.used > budget.total && <p className="pp-voting-over">{t('participant.voting.over')}</p>}
    </div>
  );
}
