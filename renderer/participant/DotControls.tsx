import { Minus, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { writeVote } from '../../shared/room/tableDoc';
import { useTable } from './tableContext';
import { changeDots } from './voting';

/** − dots + on one element, within this phone's (or its table's) budget. */
export function DotControls({ elementId, elementTitle }: { elementId: string; elementTitle: string }) {
  const { t } = useTranslation();
  const { doc, voting } = useTable();
  if (!voting) return null;
  const { round, voter, budget } = voting;
  const dots = budget.perElement.get(elementId) ?? 0;
  const step = (direction: 1 | -1) => {
    const vote = changeDots(budget, round, voter, elementId, direction);
    if (vote) writeVote(doc, vote);
  };
  return (
    <div role="group" aria-label={t('participant.voting.on', { element: elementTitle })} className="pp-dots" data-testid="dot-controls">
      <button
        type="button"
        className="pp-dot-button"
        aria-label={t('voting.remove', { element: elementTitle })}
        disabled={dots <= 0}
        onClick={() => step(-1)}
      >
        <Minus aria-hidden size={20} />
      </button>
      <span className="pp-dot-count" data-testid="dot-count">
        <span className="pp-dot-marks" aria-hidden>
          {Array.from({ length: Math.min(dots, 10) }, (_, index) => (
            <span key={index} className="pp-dot-mark" />
          ))}
        </span>
        {t('voting.dots', { count: dots })}
      </span>
      <button
        type="button"
        className="pp-dot-button"
        aria-label={t('voting.add', { element: elementTitle })}
        disabled={budget.left <= 0}
        onClick={() => step(1)}
      >
        <Plus aria-hidden size={20} />
      </button>
    </div>
  );
}
