import { History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { EarlierSession, SessionScore } from '../../shared/model/session';
import { formatCalendarDate } from '../i18n/format';
import { useLanguage } from '../i18n/useLanguage';

/**
 * In a follow-up's element panel: what the team scored and agreed on the element at the earlier session,
 * read-only, for reference while they score and agree again.
 */
export function EarlierAgreements({ session, score }: { session: EarlierSession; score: SessionScore | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const when = t('followUp.earlierSession', { title: session.workshop.title, date: formatCalendarDate(session.workshop.date, language) });
  const agreements = score?.agreements.trim() ?? '';
  const stand = !score
    ? t('followUp.notScoredThen')
    : score.notApplicable
      ? t('scoring.notApplicableShort')
      : [
          score.maturity === null
            ? t('scoring.maturityMissing')
            : `${t('scoring.maturity')} ${score.maturity} · ${t(`scoring.maturityLevels.${score.maturity}`)}`,
          score.importance === null ? null : `${t('scoring.importance')}: ${t(`scoring.importanceLevels.${score.importance}`)}`,
        ]
          .filter(Boolean)
          .join('; ');
  return (
    <aside className="panel-section earlier-session" aria-label={when}>
      <p className="section-title earlier-session-title">
        <History aria-hidden size={16} />
        {when}
      </p>
      <p className="earlier-session-score">{stand}</p>
      <p className="earlier-session-label">{t('followUp.agreementsThen')}</p>
      {agreements ? <p className="earlier-session-agreements">{agreements}</p> : <p className="muted">{t('followUp.noAgreementsThen')}</p>}
    </aside>
  );
}
