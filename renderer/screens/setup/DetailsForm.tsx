import { Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FACILITATOR_MAX,
  GOAL_MAX,
  isCalendarDate,
  languages,
  LOCATION_MAX,
  ORGANISATION_NAME_MAX,
  ORGANISATIONS_MAX,
  WORKSHOP_TITLE_MAX,
  type Language,
} from '../../../shared/model/vocabulary';
import type { Organisation } from '../../../shared/model/workshop';
import { useCommandManager } from '../../commands/CommandManagerContext';
import { editRequest } from '../../commands/editRequest';
import type { WorkshopDetails } from '../../data/edits';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { OrganisationKindSelect } from '../../components/Choices';
import { CommittedInput, CommittedTextarea } from './CommittedInput';

/** Title, date, place, goal, facilitator, language of the plan, and the partner organisations. */
export function DetailsForm() {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const { workshop } = useOpenWorkshop();
  const id = useId();
  const request = (patch: WorkshopDetails) => editRequest('editDetails', patch);
  const edit = (patch: WorkshopDetails) => void manager.submit(request(patch));
  const optional = (value: string) => value.trim() || undefined;
  const setOrganisations = (organisations: Organisation[]) => edit({ organisations });

  return (
    <section className="setup-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('setup.details')}
      </h3>
      <div className="setup-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('workshopForm.title')}</label>
          <CommittedInput
            id={`${id}-name`}
            maxLength={WORKSHOP_TITLE_MAX}
            stored={workshop.title}
            onCommit={(title) => title.trim() && request({ title: title.trim() })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('workshopForm.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={workshop.date}
            onChange={(event) => isCalendarDate(event.target.value) && edit({ date: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-location`}>{t('workshopForm.location')}</label>
          <CommittedInput
            id={`${id}-location`}
            maxLength={LOCATION_MAX}
            stored={workshop.location ?? ''}
            onCommit={(location) => request({ location: optional(location) })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-facilitator`}>{t('setup.facilitator')}</label>
          <CommittedInput
            id={`${id}-facilitator`}
            maxLength={FACILITATOR_MAX}
            stored={workshop.facilitator ?? ''}
            onCommit={(facilitator) => request({ facilitator: optional(facilitator) })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('workshopForm.language')}</label>
          <select id={`${id}-language`} value={workshop.language} onChange={(event) => edit({ language: event.target.value as Language })}>
            {languages.map((language) => (
              <option key={language} value={language}>
                {t(`app.languages.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-goal`}>{t('setup.goal')}</label>
          <CommittedTextarea
            id={`${id}-goal`}
            rows={3}
            maxLength={GOAL_MAX}
            stored={workshop.goal ?? ''}
            onCommit={(goal) => request({ goal: optional(goal) })}
          />
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>{t('workshopForm.organisations')}</legend>
        {workshop.organisations.map((organisation, index) => (
          <div key={index} className="organisation-row">
            <CommittedInput
              aria-label={t('workshopForm.organisationName')}
              stored={organisation.name}
              maxLength={ORGANISATION_NAME_MAX}
              onCommit={(name) =>
                name.trim() &&
                request({ organisations: workshop.organisations.map((o, i) => (i === index ? { ...o, name: name.trim() } : o)) })
              }
            />
            <OrganisationKindSelect
              value={organisation.kind}
              onKindChange={(kind) => setOrganisations(workshop.organisations.map((o, i) => (i === index ? { ...o, kind } : o)))}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('workshopForm.removeOrganisation', { name: organisation.name })}
              onClick={() => setOrganisations(workshop.organisations.filter((_, i) => i !== index))}
            >
              <Trash2 aria-hidden size={18} />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-subtle"
          disabled={workshop.organisations.length >= ORGANISATIONS_MAX}
          onClick={() => setOrganisations([...workshop.organisations, { name: t('setup.newOrganisation'), kind: 'regulier' }])}
        >
          <Plus aria-hidden size={18} />
          {t('workshopForm.addOrganisation')}
        </button>
      </fieldset>
    </section>
  );
}
