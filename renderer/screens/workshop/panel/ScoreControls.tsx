import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/model/assessment';
import { importanceLevels, maturityLevels } from '../../../../shared/model/vocabulary';
import { useCommandManager } from '../../../commands/CommandManagerContext';
import { AuthorLine } from '../../../components/actions/ActionFields';
import { useParticipants } from '../../../data/canvasHooks';
import { AttentionBadge } from '../ScoreSummary';
import { useOpenWorkshop } from '../WorkshopContext';

interface Props {
  teamId: string;
  elementId: string;
  assessment: Assessment | undefined;
}

/** Stand van zaken 1–5, belang 1–3 and "niet van toepassing", as native radio groups and a checkbox. */
export function ScoreControls({ teamId, elementId, assessment }: Props) {
  const { workshop } = useOpenWorkshop();
  const participants = useParticipants(workshop.id);
  const { t } = useTranslation();
  const manager = useCommandManager();
  const id = useId();
  const score = (patch: Partial<Pick<Assessment, 'maturity' | 'importance' | 'notApplicable'>>) =>
    void manager.execute('scoreElement', { teamId, elementId, patch });
  const notApplicable = assessment?.notApplicable ?? false;

  return (
    <div className="panel-section score-controls">
      <fieldset className="choice-group" disabled={notApplicable}>
        <legend>{t('scoring.maturity')}</legend>
        <div className="choices choices-5">
          {maturityLevels.map((level) => (
            <label key={level} className="choice">
              <input
                type="radio"
                name={`${id}-maturity`}
                value={level}
                checked={assessment?.maturity === level}
                onChange={() => score({ maturity: level })}
              />
              <span className="choice-number">{level}</span>
              <span className="choice-text">{t(`scoring.maturityLevels.${level}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="choice-group" disabled={notApplicable}>
        <legend>{t('scoring.importance')}</legend>
        <div className="choices choices-3">
          {importanceLevels.map((level) => (
            <label key={level} className="choice">
              <input
                type="radio"
                name={`${id}-importance`}
                value={level}
                checked={assessment?.importance === level}
                onChange={() => score({ importance: level })}
              />
              <span className="choice-text">{t(`scoring.importanceLevels.${level}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="score-controls-footer">
        <label className="checkbox">
          <input type="checkbox" checked={notApplicable} onChange={(event) => score({ notApplicable: event.target.checked })} />
          {t('scoring.notApplicable')}
        </label>
        <AttentionBadge assessment={assessment} />
      </div>
      <AuthorLine name={participants?.find((participant) => participant.id === assessment?.updatedBy)?.name} kind="scored" />
    </div>
  );
}
