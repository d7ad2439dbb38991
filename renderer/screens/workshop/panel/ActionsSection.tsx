import { Plus } from 'lucide-react';
import { memo, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/model/action';
import { ACTION_TITLE_MAX, isActionIncomplete } from '../../../../shared/model/vocabulary';
import type { Team } from '../../../../shared/model/team';
import type { CanvasElement } from '../../../../shared/model/template';
import { useActionManager } from '../../../actions/ActionManagerContext';
import { useParticipants } from '../../../data/canvasHooks';
import { useOpenWorkshop } from '../WorkshopContext';
import {
  AuthorLine,
  ActionDueDateField,
  ActionFirstStepField,
  ActionOwnerFields,
  ActionStatusField,
  ActionTitleField,
  DeleteActionButton,
  IncompleteFlag,
} from '../../../components/actions/ActionFields';

interface Props {
  team: Team;
  element: CanvasElement;
  actions: Action[];
}

/** "Wie staat er aan de lat?": the team's actions on this element, and a quick way to add one. */
export function ActionsSection({ team, element, actions }: Props) {
  const { t } = useTranslation();
  const { workshop } = useOpenWorkshop();
  const participants = useParticipants(workshop.id);
  const authorName = (action: Action) => participants?.find((participant) => participant.id === action.authorId)?.name;
  const manager = useActionManager();
  const id = useId();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string>();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('actions.titleRequired'));
      return;
    }
    setError(undefined);
    await manager.execute('addAction', {
      title: title.trim(),
      teamId: team.id,
      elementIds: [element.id],
      owner: owner.trim() ? { name: owner.trim() } : null,
      dueDate: dueDate || null,
      status: 'open',
    });
    setTitle('');
    setOwner('');
    setDueDate('');
  };

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="section-title">
        {t('panel.actions')} <span className="section-count">{actions.length}</span>
      </h3>
      {actions.length > 0 && (
        <ul className="action-cards">
          {actions.map((action) => (
            <ActionCard key={action.id} action={action} authorName={authorName(action)} />
          ))}
        </ul>
      )}
      <form className="action-form" onSubmit={add} noValidate aria-labelledby={`${id}-new`}>
        <p id={`${id}-new`} className="form-caption">
          {t('actions.new')}
        </p>
        <div className="field field-compact">
          <label htmlFor={`${id}-what`}>{t('actions.title')}</label>
          <input
            id={`${id}-what`}
            value={title}
            maxLength={ACTION_TITLE_MAX}
            placeholder={t('actions.titlePlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="field-row">
          <div className="field field-compact">
            <label htmlFor={`${id}-who`}>{t('actions.owner')}</label>
            <input
              id={`${id}-who`}
              value={owner}
              placeholder={t('actions.ownerPlaceholder')}
              onChange={(event) => setOwner(event.target.value)}
            />
          </div>
          <div className="field field-compact">
            <label htmlFor={`${id}-when`}>{t('actions.dueDate')}</label>
            <input id={`${id}-when`} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
          </div>
        </div>
        <button type="submit" className="button button-secondary">
          <Plus aria-hidden size={16} />
          {t('actions.add')}
        </button>
      </form>
    </section>
  );
}

/** An action re-renders when it changes, not when another one does. */
const ActionCard = memo(
  function ActionCard({ action, authorName }: { action: Action; authorName: string | undefined }) {
    const { t } = useTranslation();
    const id = useId();
    return (
      <li className={`action-card${isActionIncomplete(action) ? ' action-card-incomplete' : ''}`} aria-label={action.title}>
        <div className="action-card-head">
          <IncompleteFlag action={action} />
          <AuthorLine name={authorName} kind="wrote" />
          <DeleteActionButton action={action} />
        </div>
        <ActionTitleField action={action} id={`${id}-title`} label={t('actions.title')} />
        <div className="field-row">
          <ActionOwnerFields action={action} idPrefix={id} />
        </div>
        <div className="field-row">
          <ActionDueDateField action={action} id={`${id}-due`} label={t('actions.dueDate')} />
          <ActionStatusField action={action} id={`${id}-status`} label={t('actions.statusLabel')} />
        </div>
        <ActionFirstStepField action={action} id={`${id}-step`} label={t('actions.firstStep')} />
      </li>
    );
  },
  (a, b) => a.action.id === b.action.id && a.action.updatedAt === b.action.updatedAt && a.authorName === b.authorName,
);
