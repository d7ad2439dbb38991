import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENTS_MAX } from '../../../../shared/model/vocabulary';
import { editRequest } from '../../../commands/editRequest';
import { RemoteTextNotice } from '../../../components/RemoteTextNotice';
import { useCommittedText } from '../../../components/useCommittedText';

/** Afspraken: what the team agreed on this element, free text, saved while typing. */
export function AgreementsField({ teamId, elementId, stored }: { teamId: string; elementId: string; stored: string }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useCommittedText(stored, (agreements) => editRequest('editAgreements', { teamId, elementId, agreements }));
  return (
    <div className="panel-section field">
      <label htmlFor={id} className="section-title">
        {t('panel.agreements')}
      </label>
      <textarea
        id={id}
        rows={4}
        maxLength={AGREEMENTS_MAX}
        value={field.value}
        placeholder={t('panel.agreementsPlaceholder')}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
      />
      <RemoteTextNotice notice={field.notice} />
    </div>
  );
}
