import { AlertTriangle, CalendarX, Handshake, ListChecks, StickyNote } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/model/assessment';
import { attentionLevel, attentionScore } from '../../../shared/scoring';
import type { CellSummary } from '../../data/canvasHooks';
import { EarlierStand } from '../../followUp/EarlierStand';

/** Maturity as five pips, filled up to the score: readable without colour. */
export function MaturityPips({ maturity }: { maturity: number | null }) {
  return (
    <span className="pips" aria-hidden>
      {[1, 2, 3, 4, 5].map((level) => (
        <span key={level} className={maturity !== null && level <= maturity ? 'pip pip-on' : 'pip'} />
      ))}
    </span>
  );
}

export function AttentionBadge({ assessment }: { assessment: Assessment | undefined }) {
  const { t } = useTranslation();
  const score = attentionScore(assessment);
  const level = attentionLevel(score);
  if (level === null) return null;
  return (
    <span className={`attention attention-${level}`} title={t('scoring.attentionHint')}>
      <span className="attention-label">{t('scoring.attention')}</span> <strong>{score}</strong>
      <span className="visually-hidden"> ({t(`scoring.attentionLevels.${level}`)})</span>
    </span>
  );
}

interface SummaryProps {
  assessment: Assessment | undefined;
  summary: CellSummary;
  /** In a follow-up: the team's stand on the element at the earlier session, when it had one. */
  earlier?: number | null;
}

/** What a card says about one team's work on an element: scores, attention, notes and actions. */
export function ScoreSummary({ assessment, summary, earlier = null }: SummaryProps) {
  const { t } = useTranslation();
  const maturity = assessment?.maturity ?? null;
  const importance = assessment?.importance ?? null;
  return (
    <div className="score-summary">
      {assessment?.notApplicable ? (
        <p className="score-line score-na">{t('scoring.notApplicableShort')}</p>
      ) : maturity === null && importance === null ? (
        <p className="score-line score-empty">{t('workshop.notScored')}</p>
      ) : (
        <>
          <p className="score-line">
            <MaturityPips maturity={maturity} />
            <span>
              <span className="visually-hidden">{t('scoring.maturity')}: </span>
              {maturity === null ? t('scoring.maturityMissing') : `${maturity} · ${t(`scoring.maturityLevels.${maturity}`)}`}
            </span>
          </p>
          {earlier !== null && maturity !== null && <EarlierStand before={earlier} now={maturity} />}
          <p className="score-line">
            <span className="score-key">{t('scoring.importance')}:</span>{' '}
            {importance === null ? t('scoring.importanceMissing') : t(`scoring.importanceLevels.${importance}`)}
          </p>
        </>
      )}
      <div className="card-footer">
        <AttentionBadge assessment={assessment} />
        <span className="counts">
          {assessment?.agreements.trim() && (
            <span className="count" title={t('workshop.hasAgreements')}>
              <Handshake aria-hidden size={15} />
              <span className="visually-hidden">{t('workshop.hasAgreements')}</span>
            </span>
          )}
          {summary.notes > 0 && (
            <span className="count" title={t('workshop.noteCount', { count: summary.notes })}>
              <StickyNote aria-hidden size={15} />
              {summary.notes}
              <span className="visually-hidden"> {t('workshop.notesWord', { count: summary.notes })}</span>
            </span>
          )}
          {summary.actions > 0 && (
            <span className="count" title={t('workshop.actionCount', { count: summary.actions })}>
              <ListChecks aria-hidden size={15} />
              {summary.actions}
              <span className="visually-hidden"> {t('workshop.actionsWord', { count: summary.actions })}</span>
            </span>
          )}
          {summary.incompleteActions > 0 && (
            <span className="count count-warning" title={t('actions.incompleteCount', { count: summary.incompleteActions })}>
              <AlertTriangle aria-hidden size={15} />
              {summary.incompleteActions}
              <span className="visually-hidden"> {t('actions.incompleteWord', { count: summary.incompleteActions })}</span>
            </span>
          )}
          {summary.overdueActions > 0 && (
            <span className="count count-warning" title={t('actions.overdueCount', { count: summary.overdueActions })}>
              <CalendarX aria-hidden size={15} />
              {summary.overdueActions}
              <span className="visually-hidden"> {t('actions.overdueWord', { count: summary.overdueActions })}</span>
            </span>
          )}
        </span>
      </div>
    </div>
  );
}
