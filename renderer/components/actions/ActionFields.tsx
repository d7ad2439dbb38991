import { AlertTriangle, CalendarX, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/model/action';
import { organisationForOwner } from '../../../shared/model/owners';
import {
  ACTION_TITLE_MAX,
  actionStatuses,
  FIRST_STEP_MAX,
  isActionIncomplete,
  isActionOverdue,
  isCalendarDate,
  ORGANISATION_NAME_MAX,
  PERSON_NAME_MAX,
  type ActionStatus,
} from '../../../shared/model/vocabulary';
import { useCommandManager } from '../../commands/CommandManagerContext';
import { editRequest } from '../../commands/editRequest';
import type { ActionPatch } from '../../data/edits';
import { useToast } from '../Toasts';
import { RemoteTextNotice } from '../RemoteTextNotice';
import { useCommittedText } from '../useCommittedText';
import { useToday } from '../useToday';
import type { OwnerChoices } from './OwnerSuggestions';

/** An edit of one field of the action, as data (text fields hand it over after the typing delay). */
const actionEdit = (action: Action) => (patch: ActionPatch) => editRequest('editAction', { id: action.id, patch });

/** Stores an edit of one field at once (dates, status). */
function useActionEdit(action: Action) {
  const manager = useCommandManager();
  return (patch: ActionPatch) => void manager.submit(actionEdit(action)(patch));
}

interface FieldProps {
  action: Action;
  /** Visible label, or only for screen readers in a table row. */
  label: string;
  hideLabel?: boolean;
  id: string;
}

function Labelled({ id, label, hideLabel, children }: { id: string; label: string; hideLabel?: boolean; children: ReactNode }) {
  return (
    <div className="field field-compact">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children}
    </div>
  );
}

export function ActionTitleField({ action, label, hideLabel, id }: FieldProps) {
  const edit = actionEdit(action);
  const field = useCommittedText(action.title, (title) => title.trim() && edit({ title: title.trim() }));
  return (
    <Labelled id={id} label={label} hideLabel={hideLabel}>
      <input
        id={id}
        value={field.value}
        maxLength={ACTION_TITLE_MAX}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
      />
      <RemoteTextNotice notice={field.notice} />
    </Labelled>
  );
}

/**
 * Owner's name (suggesting the workshop's participants; a suggested name brings its organisation) and
 * organisation. In a table row (`hideLabels`) the column says "Wie"; the organisation's field says what it is by its placeholder.
 */
export function ActionOwnerFields({
  action,
  idPrefix,
  owners,
  hideLabels,
}: {
  action: Action;
  idPrefix: string;
  owners: OwnerChoices;
  hideLabels?: boolean;
}) {
  const { t } = useTranslation();
  const edit = actionEdit(action);
  const organisation = action.owner?.organisation ?? '';
  const name = useCommittedText(action.owner?.name ?? '', (value) => {
    const owner = value.trim();
    const withOrganisation = organisationForOwner(owners.suggestions, action.owner?.name ?? '', owner, organisation).trim();
    return edit({ owner: owner ? { name: owner, ...(withOrganisation ? { organisation: withOrganisation } : {}) } : null });
  });
  const org = useCommittedText(organisation, (value) =>
    action.owner ? edit({ owner: { name: action.owner.name, ...(value.trim() ? { organisation: value.trim() } : {}) } }) : undefined,
  );
  return (
    <>
      <Labelled id={`${idPrefix}-owner`} label={t('actions.owner')} hideLabel={hideLabels}>
        <input
          id={`${idPrefix}-owner`}
          value={name.value}
          list={owners.listId}
          maxLength={PERSON_NAME_MAX}
          autoComplete="off"
          placeholder={t('actions.ownerPlaceholder')}
          aria-invalid={action.owner === null ? true : undefined}
          onChange={(event) => name.onChange(event.target.value)}
          onBlur={name.onBlur}
        />
      </Labelled>
      <Labelled id={`${idPrefix}-organisation`} label={t('actions.ownerOrganisation')} hideLabel={hideLabels}>
        <input
          id={`${idPrefix}-organisation`}
          value={org.value}
          maxLength={ORGANISATION_NAME_MAX}
          placeholder={hideLabels ? t('actions.ownerOrganisation') : undefined}
          disabled={action.owner === null}
          onChange={(event) => org.onChange(event.target.value)}
          onBlur={org.onBlur}
        />
      </Labelled>
    </>
  );
}

export function ActionDueDateField({ action, label, hideLabel, id }: FieldProps) {
  const edit = useActionEdit(action);
  return (
    <Labelled id={id} label={label} hideLabel={hideLabel}>
      <input
        id={id}
        type="date"
        value={action.dueDate ?? ''}
        aria-invalid={action.dueDate === null ? true : undefined}
        onChange={(event) => {
          const value = event.target.value;
          if (value === '') edit({ dueDate: null });
          else if (isCalendarDate(value)) edit({ dueDate: value });
        }}
      />
    </Labelled>
  );
}

export function ActionFirstStepField({ action, label, hideLabel, id }: FieldProps) {
  const edit = actionEdit(action);
  const field = useCommittedText(action.firstStep ?? '', (firstStep) => edit({ firstStep: firstStep.trim() || undefined }));
  return (
    <Labelled id={id} label={label} hideLabel={hideLabel}>
      <input
        id={id}
        value={field.value}
        maxLength={FIRST_STEP_MAX}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
      />
      <RemoteTextNotice notice={field.notice} />
    </Labelled>
  );
}

export function ActionStatusField({ action, label, hideLabel, id }: FieldProps) {
  const { t } = useTranslation();
  const edit = useActionEdit(action);
  return (
    <Labelled id={id} label={label} hideLabel={hideLabel}>
      <select
        id={id}
        value={action.status}
        className={`status-select status-${action.status}`}
        onChange={(event) => edit({ status: event.target.value as ActionStatus })}
      >
        {actionStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`actions.status.${status}`)}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** Whether an action needs attention: it is incomplete, or past its date and not done. */
export function useNeedsAttention(action: Pick<Action, 'owner' | 'dueDate' | 'status'>): boolean {
  const today = useToday();
  return isActionIncomplete(action) || isActionOverdue(action, today);
}

/**
 * "Eigenaar ontbreekt" / "Datum ontbreekt": an action without owner or date is visibly incomplete;
 * "Verlopen": one past its date and not done is flagged the same way.
 */
export function ActionFlag({ action }: { action: Pick<Action, 'owner' | 'dueDate' | 'status'> }) {
  const { t } = useTranslation();
  const overdue = isActionOverdue(action, useToday());
  const missing = [action.owner === null && t('actions.missingOwner'), action.dueDate === null && t('actions.missingDate')].filter(Boolean);
  if (missing.length === 0 && !overdue) return null;
  return (
    <span className="incomplete-flag">
      {overdue ? <CalendarX aria-hidden size={14} /> : <AlertTriangle aria-hidden size={14} />}
      {[...missing, overdue && t('actions.overdue')].filter(Boolean).join(' · ')}
    </span>
  );
}

/** Deletes the action at once (no question asked: the toast and the toolbar offer undo). */
export function DeleteActionButton({ action }: { action: Action }) {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const toast = useToast();
  const remove = async () => {
    await manager.execute('deleteAction', { id: action.id });
    toast({
      message: t('actions.deleted', { title: action.title }),
      undo: () => void manager.run('undo'),
    });
  };
  return (
    <button
      type="button"
      className="icon-button icon-button-small"
      aria-label={t('actions.delete', { title: action.title })}
      onClick={() => void remove()}
    >
      <Trash2 aria-hidden size={16} />
    </button>
  );
}

/** Who wrote or last scored something from their phone in the live room, when known. */
export function AuthorLine({ name, kind }: { name: string | undefined; kind: 'wrote' | 'scored' }) {
  const { t } = useTranslation();
  if (!name) return null;
  return <span className="author-line">{kind === 'wrote' ? t('actions.writtenBy', { name }) : t('scoring.scoredBy', { name })}</span>;
}
