import { ArrowDown, ArrowRight, ArrowUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/**
 * On a card scored again in a follow-up: the stand at the earlier session beside the new one, with an
 * arrow and the difference, so the change reads without colour ("was 2 ↑ +2").
 */
export function EarlierStand({ before, now }: { before: number; now: number }) {
  const { t } = useTranslation();
  const change = now - before;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const Arrow = change > 0 ? ArrowUp : change < 0 ? ArrowDown : ArrowRight;
  const signed = change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0';
  return (
    <p className={`score-line score-earlier score-earlier-${direction}`} title={t('followUp.changeHint', { before, now })}>
      <span aria-hidden>
        {t('followUp.was', { value: before })}
        <span className="score-earlier-change">
          <Arrow size={14} />
          {signed}
        </span>
      </span>
      <span className="visually-hidden">{t(`followUp.changeSpoken.${direction}`, { before, count: Math.abs(change) })}</span>
    </p>
  );
}
