import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENTS_MAX } from '../../shared/model/vocabulary';
import { writeScores } from '../../shared/room/tableDoc';
import { useDraftText } from './hooks';
import { stamp, useTable } from './tableContext';

/** Afspraken: what the table agreed on this element, one text that any phone of the table may edit. */
export function AgreementsField({ elementId, agreements }: { elementId: string; agreements: string }) {
  const { t } = useTranslation();
  const { doc, participantId } = useTable();
  const id = useId();
  const field = useDraftText(agreements, (text) =>
    writeScores(doc, elementId, { agreements: text, updatedAt: stamp(), updatedBy: participantId }),
  );
  return (
    <div className="pp-section field">
      <label htmlFor={`${id}-agreements`} className="pp-section-title">
        {t('panel.agreements')}
      </label>
      <textarea
        id={`${id}-agreements`}
        rows={3}
        maxLength={AGREEMENTS_MAX}
        placeholder={t('panel.agreementsPlaceholder')}
        value={field.value}
        onChange={(event) => field.onChange(event.target.value)}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
      />
    </div>
  );
}
