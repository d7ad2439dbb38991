import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { importanceLevels, maturityLevels } from '../../shared/model/vocabulary';
import { writeScores, type ScoreField } from '../../shared/room/tableDoc';
import { stamp, useTable } from './tableContext';
import type { ScoreView } from './tableView';

/**
 * Stand van zaken 1–5 and belang laag/midden/hoog as radio groups, "niet van toepassing" as a switch.
 * N.v.t. leaves the levels as they are: the app reads it as overriding them, and unticking brings them back.
 */
export function ScoreFields({ elementId, score }: { elementId: string; score: ScoreView }) {
  const { t } = useTranslation();
  const { doc, participantId } = useTable();
  const id = useId();
  const write = (fields: Partial<Record<ScoreField, unknown>>) =>
    writeScores(doc, elementId, { ...fields, updatedAt: stamp(), updatedBy: participantId });

  return (
    <div className="pp-section pp-scores">
      <fieldset className="pp-fieldset" disabled={score.notApplicable}>
        <legend>{t('scoring.maturity')}</legend>
        <div className="pp-maturity">
          {maturityLevels.map((level) => (
            <label key={level} className="pp-radio">
              <input
                type="radio"
                name={`${id}-maturity`}
                value={level}
                checked={score.maturity === level}
                onChange={() => write({ maturity: level })}
              />
              <span className="pp-radio-number" aria-hidden>
                {level}
              </span>
              <span className="pp-radio-text">
                <span className="visually-hidden">{level} </span>
                {t(`scoring.maturityLevels.${level}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="pp-fieldset" disabled={score.notApplicable}>
        <legend>{t('scoring.importance')}</legend>
        <div className="pp-importance">
          {importanceLevels.map((level) => (
            <label key={level} className="pp-radio pp-radio-compact">
              <input
                type="radio"
                name={`${id}-importance`}
                value={level}
                checked={score.importance === level}
                onChange={() => write({ importance: level })}
              />
              <span className="pp-radio-text">{t(`scoring.importanceLevels.${level}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="pp-switch">
        <input
          type="checkbox"
          role="switch"
          checked={score.notApplicable}
          onChange={(event) => write({ notApplicable: event.target.checked })}
        />
        <span className="pp-switch-track" aria-hidden />
        <span>{t('scoring.notApplicable')}</span>
      </label>
    </div>
  );
}
