import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Workshop } from '../../shared/model/workshop';
import { WORKSHOP_TITLE_MAX } from '../../shared/model/vocabulary';
import { validateNewWorkshop, type NewWorkshopProblem } from '../../shared/workshop/validateNewWorkshop';
import { DialogButtons, FormDialog } from '../components/FormDialog';
import { useToast } from '../components/Toasts';
import { workshopRepository } from '../data';
import { todayAsCalendarDate } from '../i18n/format';

interface Props {
  workshop: Workshop;
  onClose(): void;
}

/**
 * Starts a follow-up session of a workshop, months later: its title and day, then the new workshop
 * opens with the same teams, participants, template and actions, and this session kept to compare with.
 */
export function StartFollowUpDialog({ workshop, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const [title, setTitle] = useState(() => followUpTitle(workshop.title, t('followUp.titleSuffix')));
  const [date, setDate] = useState(todayAsCalendarDate);
  const [problems, setProblems] = useState<NewWorkshopProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewWorkshop({ ...workshop, title, date, organisations: [] }).filter(
      (problem) => problem.field === 'title' || problem.field === 'date',
    );
    setProblems(found);
    if (found[0]) {
      document.getElementById(`${id}-${found[0].field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await workshopRepository.followUp(workshop.id, { title, date });
      toast({ message: t('followUp.started', { title: created.title }) });
      onClose();
      navigate(`/workshop/${created.id}`);
    } finally {
      setBusy(false);
    }
  };

  const problemText = (field: 'title' | 'date') => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem && t(`workshopForm.errors.${problem.code}`, { max: WORKSHOP_TITLE_MAX });
  };
  const titleError = problemText('title');
  const dateError = problemText('date');

  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('followUp.dialogTitle')}
      description={t('followUp.dialogDescription', { title: workshop.title })}
    >
      <form className="form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
        <ul className="follow-up-carries">
          <li>{t('followUp.carries.same')}</li>
          <li>{t('followUp.carries.actions')}</li>
          <li>{t('followUp.carries.scores')}</li>
        </ul>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('followUp.titleLabel')}</label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={WORKSHOP_TITLE_MAX + 50}
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
            autoFocus
          />
          {titleError && (
            <p id={`${id}-title-error`} className="field-error">
              {titleError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('followUp.dateLabel')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
          />
          {dateError && (
            <p id={`${id}-date-error`} className="field-error">
              {dateError}
            </p>
          )}
        </div>
        <DialogButtons submitLabel={t('followUp.submit')} busy={busy} />
      </form>
    </FormDialog>
  );
}

/** "Zorgreserve (vervolg)", also for a follow-up of a follow-up (not "… (vervolg) (vervolg)"). */
export function followUpTitle(title: string, suffix: string): string {
  const marked = ` (${suffix})`;
  const base = title.endsWith(marked) ? title.slice(0, -marked.length) : title;
  return `${base}${marked}`.slice(0, WORKSHOP_TITLE_MAX);
}
