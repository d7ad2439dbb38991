import { AlertTriangle, Pencil, Plus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_TITLE_MAX, FIRST_STEP_MAX, isCalendarDate, ORGANISATION_NAME_MAX, PERSON_NAME_MAX } from '../../shared/model/vocabulary';
import { writeRecord, type RoomAction } from '../../shared/room/tableDoc';
import { organisationForOwner } from '../../shared/model/owners';
import { ActionEditor, OwnerOptions } from './ActionEditor';
import { stamp, useTable } from './tableContext';
import type { ActionView } from './tableView';
import { uuidV4 } from './uuid';
import { formatShortDate } from '../i18n/format';

/** The element's actions (wat, wie, wanneer, status at a glance; edited on demand) and a form for a new one. */
export function ActionsSection({ elementId, actions }: { elementId: string; actions: readonly ActionView[] }) {
  const { t } = useTranslation();
  const id = useId();
  const ownersId = `${id}-owners`;
  return (
    <section className="pp-section" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="pp-section-title">
        {t('panel.actions')} <span className="pp-count">{actions.length}</span>
      </h4>
      <OwnerOptions id={ownersId} />
      {actions.length === 0 ? (
        <p className="pp-hint">{t('participant.actions.empty')}</p>
      ) : (
        <ul className="pp-actions">
          {actions.map((action) => (
            <li key={action.id}>
              <ActionItem action={action} ownersId={ownersId} />
            </li>
          ))}
        </ul>
      )}
      <NewAction elementId={elementId} ownersId={ownersId} />
    </section>
  );
}

function ActionItem({ action, ownersId }: { action: ActionView; ownersId: string }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const id = useId();
  const title = action.title.trim() || t('participant.actions.untitled');
  const due = action.dueDate ? formatShortDate(action.dueDate, i18n.resolvedLanguage === 'en' ? 'en' : 'nl') : null;
  return (
    <div className={`pp-action pp-action-${action.status}`} data-testid="action">
      <p className="pp-action-title">{title}</p>
      <dl className="pp-action-facts">
        <div>
          <dt>{t('actions.owner')}</dt>
          <dd>
            {action.owner ? (
              `${action.owner.name}${action.owner.organisation ? ` (${action.owner.organisation})` : ''}`
            ) : (
              <span className="pp-missing">
                <AlertTriangle aria-hidden size={16} />
                {t('actions.missingOwner')}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('actions.dueDate')}</dt>
          <dd>
            {due ?? (
              <span className="pp-missing">
                <AlertTriangle aria-hidden size={16} />
                {t('actions.missingDate')}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('actions.statusLabel')}</dt>
          <dd>
            <span className={`pp-status pp-status-${action.status}`}>{t(`actions.status.${action.status}`)}</span>
          </dd>
        </div>
      </dl>
      <button
        type="button"
        className="button button-secondary pp-full"
        aria-expanded={editing}
        aria-controls={`${id}-editor`}
        aria-label={editing ? t('participant.actions.close') : t('participant.actions.editTitle', { title })}
        onClick={() => setEditing(!editing)}
      >
        <Pencil aria-hidden size={18} />
        {editing ? t('participant.actions.close') : t('participant.actions.edit')}
      </button>
      <div id={`${id}-editor`} hidden={!editing}>
        {editing && <ActionEditor action={action} ownersId={ownersId} />}
      </div>
    </div>
  );
}

function NewAction({ elementId, ownersId }: { elementId: string; ownersId: string }) {
  const { t } = useTranslation();
  const { doc, participantId, owners } = useTable();
  const id = useId();
  const blank = { title: '', owner: '', organisation: '', dueDate: '', firstStep: '' };
  const [fields, setFields] = useState(blank);
  const [titleMissing, setTitleMissing] = useState(false);
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<typeof blank>) => setFields((current) => ({ ...current, ...patch }));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const title = fields.title.trim();
    if (!title) return setTitleMissing(true);
    const owner = fields.owner.trim();
    const organisation = fields.organisation.trim();
    const now = stamp();
    const action: RoomAction = {
      id: uuidV4(),
      title,
      elementIds: [elementId],
      owner: owner ? { name: owner, ...(organisation ? { organisation } : {}) } : null,
      dueDate: isCalendarDate(fields.dueDate) ? fields.dueDate : null,
      firstStep: fields.firstStep.trim() || undefined,
      status: 'open',
      authorId: participantId,
      createdAt: now,
      updatedAt: now,
    };
    writeRecord(doc, 'actions', action);
    setFields(blank);
    setTitleMissing(false);
    setOpen(false);
  };

  if (!open)
    return (
      <button type="button" className="button button-secondary pp-full" aria-expanded={false} onClick={() => setOpen(true)}>
        <Plus aria-hidden size={18} />
        {t('actions.new')}
      </button>
    );
  return (
    <form className="pp-new-action" onSubmit={add} noValidate aria-labelledby={`${id}-legend`}>
      <h5 id={`${id}-legend`} className="pp-subtitle">
        {t('actions.new')}
      </h5>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('actions.title')}</label>
        <input
          id={`${id}-title`}
          // The form opens on a tap on "Nieuwe actie": typing starts here.
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
          <p id={`${id}-missing`} className="pp-error" role="alert">
            {t('actions.titleRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('actions.owner')}</label>
        <input
          id={`${id}-owner`}
          value={fields.owner}
          list={ownersId}
          maxLength={PERSON_NAME_MAX}
          autoComplete="off"
          placeholder={t('actions.ownerPlaceholder')}
          aria-describedby={`${id}-owner-hint`}
          onChange={(event) => {
            const owner = event.target.value;
            set({ owner, organisation: organisationForOwner(owners, fields.owner, owner, fields.organisation) });
          }}
        />
        <p id={`${id}-owner-hint`} className="pp-hint">
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
      <div className="field">
        <label htmlFor={`${id}-due`}>{t('actions.dueDate')}</label>
        <input id={`${id}-due`} type="date" value={fields.dueDate} onChange={(event) => set({ dueDate: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-step`}>{t('actions.firstStep')}</label>
        <textarea
          id={`${id}-step`}
          rows={2}
          maxLength={FIRST_STEP_MAX}
          value={fields.firstStep}
          onChange={(event) => set({ firstStep: event.target.value })}
        />
      </div>
      <div className="pp-row">
        <button type="button" className="button button-secondary pp-grow" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary pp-grow">
          <Plus aria-hidden size={18} />
          {t('actions.add')}
        </button>
      </div>
    </form>
  );
}
