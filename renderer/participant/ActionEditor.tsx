import { Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_TITLE_MAX,
  actionStatuses,
  FIRST_STEP_MAX,
  isCalendarDate,
  ORGANISATION_NAME_MAX,
  PERSON_NAME_MAX,
} from '../../shared/model/vocabulary';
import { deleteRecord, patchRecord, readRecord, writeRecord } from '../../shared/room/tableDoc';
import { ownerOrganisation } from '../../shared/model/owners';
import { OwnerSuggestionList } from '../components/actions/OwnerSuggestions';
import { useToast } from '../components/Toasts';
import { useDraftText } from './hooks';
import { stamp, useTable } from './tableContext';
import type { ActionView } from './tableView';

/** The names an owner can be picked from (the workshop's participants and this table's people). */
export function OwnerOptions({ id }: { id: string }) {
  const { owners } = useTable();
  return <OwnerSuggestionList id={id} suggestions={owners} />;
}

/** Every field of an existing action; typed text is written after a pause, choices at once. */
export function ActionEditor({ action, ownersId }: { action: ActionView; ownersId: string }) {
  const { t } = useTranslation();
  const { doc, owners } = useTable();
  const toast = useToast();
  const id = useId();
  const patch = (fields: object) => patchRecord(doc, 'actions', action.id, { ...fields, updatedAt: stamp() });

  const title = useDraftText(action.title, (value) => value.trim() !== '' && patch({ title: value.trim() }));
  const owner = useDraftText(action.owner?.name ?? '', (value) => {
    const name = value.trim();
    const organisation = action.owner?.organisation || ownerOrganisation(owners, name);
    patch({ owner: name ? { name, ...(organisation ? { organisation } : {}) } : null });
  });
  const organisation = useDraftText(action.owner?.organisation ?? '', (value) => {
    if (!action.owner) return false;
    patch({ owner: { name: action.owner.name, ...(value.trim() ? { organisation: value.trim() } : {}) } });
  });
  const firstStep = useDraftText(action.firstStep, (value) => patch({ firstStep: value.trim() ? value : undefined }));

  const restore = (fields: Record<string, unknown>) => {
    const record = { ...fields, id: action.id, updatedAt: stamp() };
    writeRecord(doc, 'actions', record);
  };
  const remove = () => {
    const before = readRecord(doc, 'actions', action.id);
    deleteRecord(doc, 'actions', action.id);
    toast({
      message: t('actions.deleted', { title: action.title }),
      undo: before && (() => restore(before)),
    });
  };

  return (
    <div className="pp-action-editor">
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('actions.title')}</label>
        <input
          id={`${id}-title`}
          value={title.value}
          maxLength={ACTION_TITLE_MAX}
          onChange={(event) => title.onChange(event.target.value)}
          onFocus={title.onFocus}
          onBlur={title.onBlur}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('actions.owner')}</label>
        <input
          id={`${id}-owner`}
          value={owner.value}
          list={ownersId}
          maxLength={PERSON_NAME_MAX}
          autoComplete="off"
          placeholder={t('actions.ownerPlaceholder')}
          aria-invalid={action.owner === null ? true : undefined}
          onChange={(event) => owner.onChange(event.target.value)}
          onFocus={owner.onFocus}
          onBlur={owner.onBlur}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-organisation`}>{t('actions.ownerOrganisation')}</label>
        <input
          id={`${id}-organisation`}
          value={organisation.value}
          maxLength={ORGANISATION_NAME_MAX}
          disabled={action.owner === null}
          onChange={(event) => organisation.onChange(event.target.value)}
          onFocus={organisation.onFocus}
          onBlur={organisation.onBlur}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>{t('actions.dueDate')}</label>
        <input
          id={`${id}-due`}
          type="date"
          value={action.dueDate ?? ''}
          aria-invalid={action.dueDate === null ? true : undefined}
          onChange={(event) => patch({ dueDate: isCalendarDate(event.target.value) ? event.target.value : null })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-step`}>{t('actions.firstStep')}</label>
        <textarea
          id={`${id}-step`}
          rows={2}
          maxLength={FIRST_STEP_MAX}
          value={firstStep.value}
          onChange={(event) => firstStep.onChange(event.target.value)}
          onFocus={firstStep.onFocus}
          onBlur={firstStep.onBlur}
        />
      </div>
      <fieldset className="pp-fieldset">
        <legend>{t('actions.statusLabel')}</legend>
        <div className="pp-importance">
          {actionStatuses.map((status) => (
            <label key={status} className="pp-radio pp-radio-compact">
              <input
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={action.status === status}
                onChange={() => patch({ status })}
              />
              <span className="pp-radio-text">{t(`actions.status.${status}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="button" className="button button-secondary pp-full pp-danger-text" onClick={remove}>
        <Trash2 aria-hidden size={18} />
        {t('actions.delete', { title: action.title })}
      </button>
    </div>
  );
}
