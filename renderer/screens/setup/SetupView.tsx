import { useTranslation } from 'react-i18next';
import { DetailsForm } from './DetailsForm';
import { ParticipantsEditor } from './ParticipantsEditor';
import { TeamsEditor } from './TeamsEditor';
import { TemplateEditor } from './TemplateEditor';

/** Everything a facilitator prepares: the workshop's details, teams, participants and the plate's texts. */
export function SetupView() {
  const { t } = useTranslation();
  return (
    <div className="setup-view">
      <h2 className="visually-hidden">{t('workshop.tabs.setup')}</h2>
      <DetailsForm />
      <TeamsEditor />
      <ParticipantsEditor />
      <TemplateEditor />
    </div>
  );
}
