import { Plus, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FACILITATOR_MAX,
  languages,
  LOCATION_MAX,
  ORGANISATION_NAME_MAX,
  ORGANISATIONS_MAX,
  WORKSHOP_TITLE_MAX,
  type Language,
} from '../../../shared/model/vocabulary';
import type { Organisation } from '../../../shared/model/workshop';
import type { NewWorkshopInput } from '../../../shared/workshop/newWorkshop';
import { validateNewWorkshop, type NewWorkshopProblem } from '../../../shared/workshop/validateNewWorkshop';
import { OrganisationKindSelect } from '../../components/Choices';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { todayAsCalendarDate } from '../../i18n/format';
import { NewTeamsFieldset } from './NewTeamsFieldset';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  defaultLanguage: Language;
  onCreate(input: NewWorkshopInput): Promise<void>;
}

export function CreateWorkshopDialog({ open, onOpenChange, defaultLanguage, onCreate }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayAsCalendarDate);
  const [location, setLocation] = useState('');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [facilitator, setFacilitator] = useState('');
  const firstTeams = () => [t('setup.teamN', { number: 1 })];
  const [teamNames, setTeamNames] = useState<string[]>(firstTeams);
  // A new key starts the tables' fields afresh (their typed count included) when the form is reset.
  const [teamsKey, setTeamsKey] = useState(0);
  const [problems, setProblems] = useState<NewWorkshopProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setTitle('');
    setDate(todayAsCalendarDate());
    setLocation('');
    setLanguage(defaultLanguage);
    setOrganisations([]);
    setFacilitator('');
    setTeamNames(firstTeams());
    setTeamsKey((key) => key + 1);
    setProblems([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: NewWorkshopInput = { title, date, location, facilitator, language, organisations, teamNames };
    const found = validateNewWorkshop(input);
    setProblems(found);
    const first = found[0];
    if (first) {
      document.getElementById(first.field === 'teams' ? `${formId}-teams-${first.index}` : `${formId}-${first.field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onCreate(input);
      reset();
    } finally {
      setBusy(false);
    }
  };

  const problemText = (field: NewWorkshopProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    if (!problem) return undefined;
    return t(`workshopForm.errors.${problem.code}`, { max: WORKSHOP_TITLE_MAX });
  };
  const titleError = problemText('title');
  const dateError = problemText('date');
  const organisationsError = problemText('organisations');
  const updateOrganisation = (index: number, change: Partial<Organisation>) =>
    setOrganisations((current) => current.map((organisation, i) => (i === index ? { ...organisation, ...change } : organisation)));

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={t('workshopForm.createTitle')}
      description={t('workshopForm.createDescription')}
      wide
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${formId}-title`}>{t('workshopForm.title')}</label>
          <input
            id={`${formId}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder={t('workshopForm.titlePlaceholder')}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${formId}-title-error` : undefined}
            autoComplete="off"
            autoFocus
          />
          {titleError && (
            <p id={`${formId}-title-error`} className="field-error">
              {titleError}
            </p>
          )}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${formId}-date`}>{t('workshopForm.date')}</label>
            <input
              id={`${formId}-date`}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${formId}-date-error` : undefined}
            />
            {dateError && (
              <p id={`${formId}-date-error`} className="field-error">
                {dateError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${formId}-location`}>
              {t('workshopForm.location')} <span className="field-optional">({t('common.optional')})</span>
            </label>
            <input
              id={`${formId}-location`}
              value={location}
              maxLength={LOCATION_MAX}
              onChange={(event) => setLocation(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-language`}>{t('workshopForm.language')}</label>
            <select id={`${formId}-language`} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              {languages.map((option) => (
                <option key={option} value={option}>
                  {t(`app.languages.${option}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${formId}-facilitator`}>
            {t('workshopForm.facilitator')} <span className="field-optional">({t('common.optional')})</span>
          </label>
          <input
            id={`${formId}-facilitator`}
            value={facilitator}
            maxLength={FACILITATOR_MAX}
            onChange={(event) => setFacilitator(event.target.value)}
            autoComplete="off"
          />
        </div>
        <NewTeamsFieldset key={teamsKey} idPrefix={formId} names={teamNames} onNamesChange={setTeamNames} problems={problems} />
        <fieldset className="fieldset" aria-describedby={organisationsError ? `${formId}-organisations-error` : undefined}>
          <legend>
            {t('workshopForm.organisations')} <span className="field-optional">({t('common.optional')})</span>
          </legend>
          {organisations.map((organisation, index) => (
            <div key={index} className="organisation-row">
              <input
                id={index === 0 ? `${formId}-organisations` : undefined}
                aria-label={t('workshopForm.organisationName')}
                value={organisation.name}
                maxLength={ORGANISATION_NAME_MAX}
                onChange={(event) => updateOrganisation(index, { name: event.target.value })}
                aria-invalid={problems.some((p) => p.field === 'organisations' && p.index === index) ? true : undefined}
              />
              <OrganisationKindSelect value={organisation.kind} onKindChange={(kind) => updateOrganisation(index, { kind })} />
              <button
                type="button"
                className="icon-button"
                aria-label={t('workshopForm.removeOrganisation', { name: organisation.name || t('workshopForm.organisationName') })}
                onClick={() => setOrganisations((current) => current.filter((_, i) => i !== index))}
              >
                <Trash2 aria-hidden size={18} />
              </button>
            </div>
          ))}
          {organisationsError && (
            <p id={`${formId}-organisations-error`} className="field-error">
              {organisationsError}
            </p>
          )}
          <button
            type="button"
            className="button button-subtle"
            disabled={organisations.length >= ORGANISATIONS_MAX}
            onClick={() => setOrganisations((current) => [...current, { name: '', kind: 'regulier' }])}
          >
            <Plus aria-hidden size={18} />
            {t('workshopForm.addOrganisation')}
          </button>
        </fieldset>
        <DialogButtons submitLabel={t('workshopForm.create')} busy={busy} />
      </form>
    </FormDialog>
  );
}
