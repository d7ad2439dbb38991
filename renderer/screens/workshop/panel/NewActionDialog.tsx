import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationForOwner, type OwnerSuggestion } from '../../../../shared/model/owners';
import {
  ACTION_TITLE_MAX,
  FIRST_STEP_MAX,
  isCalendarDate,
  ORGANISATION_NAME_MAX,
  PERSON_NAME_MAX,
} from '../../../../shared/model/vocabulary';
import { useCommandManager } from '../../../commands/CommandManagerContext';
import { DialogButtons, FormDialog } from '../../../components/FormDialog';
import { OwnerSuggestionList } from '../../../components/actions/OwnerSuggestions';

interface Props {
  teamId: string;
  elementId: string;
  /** The element's and team's names, to say where the action goes. */
  elementTitle: string;
  teamName: string;
  owners: readonly OwnerSuggestion[];
  onClose(): void;
}

const blank = { title: '', owner: '', organisation: '', dueDate: '', firstStep: '' };

/**
 * A whole action in one form (wat, wie with the workshop's participants suggested, organisatie,
 * wanneer, eerste stap): typing starts in "Wat", Tab goes from field to field, Enter adds it.
 */
export function NewActionDialog({ teamId, elementId, elementTitle, teamName, owners, onClose }: Props) {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const id = useId();
  const [fields, setFields] = useState(blank);
  const [titleMissing, setTitleMissing] = useState(false);
  // What had the focus before the form opened (the button, or the panel for the "A" key) gets it back.
  const [opener] = useState(() => document.activeElement);
  const set = (patch: Partial<typeof blank>) => setFields((current) => ({ ...current, ...patch }));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const title = fields.title.trim();
    if (!title) return setTitleMissing(true);
    const owner = fields.owner.trim();
    const organisation = fields.organisation.trim();
    const firstStep = fields.firstStep.trim();
    onClose();
    await manager.execute('addAction', {
      title,
      teamId,
      elementIds: [elementId],
      owner: owner ? { name: owner, ...(organisation ? { organisation } : {}) } : null,
      dueDate: isCalendarDate(fields.dueDate) ? fields.dueDate : null,
      ...(firstStep ? { firstStep } : {}),
      status: 'open',
    });
  };

  return (
    <FormDialog
      open
      wide
      onCloseAutoFocus={(event) => {
        if (!(opener instanceof HTMLElement) || !opener.isConnected) return;
        event.preventDefault();
        opener.focus();
      }}
      onOpenChange={(open) => !open && onClose()}
      title={t('actions.new')}
      description={t('actions.newFor', { element: elementTitle, team: teamName })}
    >
      <form className="new-action-form" onSubmit={(event) => void add(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('actions.title')}</label>
          <input
            id={`${id}-title`}
            // The dialog opens to be typed in: typing starts with what is to be done.
            autoFocus
            value={fields.title}
            maxLength={ACTION_TITLE_MAX}
            placeholder={t('actions.titlePlaceholder')}
            aria-invalid={titleMissing ? true : undefined}
            aria-describedby={titleMissing ? `${id}-missing` : undefined}
            onChange={(event) => {
              set({ title: event.target.value });
              setTitleMissing(false);
            }}
          />
          {titleMissing && (
            <p id={`${id}-missing`} className="field-error" role="alert">
              {t('actions.titleRequired')}
            </p>
          )}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t('actions.owner')}</label>
            <input
              id={`${id}-owner`}
              value={fields.owner}
              list={`${id}-owners`}
              maxLength={PERSON_NAME_MAX}
              autoComplete="off"
              placeholder={t('actions.ownerPlaceholder')}
              aria-describedby={`${id}-owner-hint`}
              onChange={(event) =>
                set({
                  owner: event.target.value,
                  organisation: organisationForOwner(owners, fields.owner, event.target.value, fields.organisation),
                })
              }
            />
            <OwnerSuggestionList id={`${id}-owners`} suggestions={owners} />
            <p id={`${id}-owner-hint`} className="field-hint">
              {t('actions.ownerHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-organisation`}>{t('actions.ownerOrganisation')}</label>
            <input
              id={`${id}-organisation`}
              value={fields.organisation}
              maxLength={ORGANISATION_NAME_MAX}
              onChange={(event) => set({ organisation: event.target.value })}
            />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('actions.dueDate')}</label>
            <input id={`${id}-due`} type="date" value={fields.dueDate} onChange={(event) => set({ dueDate: event.target.value })} />
          </div>
          <div className="field new-action-step">
            <label htmlFor={`${id}-step`}>{t('actions.firstStep')}</label>
            <input
              id={`${id}-step`}
              value={fields.firstStep}
              maxLength={FIRST_STEP_MAX}
              onChange={(event) => set({ firstStep: event.target.value })}
            />
          </div>
        </div>
        <DialogButtons submitLabel={t('actions.add')} />
      </form>
    </FormDialog>
  );
}
