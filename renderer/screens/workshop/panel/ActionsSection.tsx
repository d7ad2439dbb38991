import { Plus } from 'lucide-react';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/model/action';
import { useParticipants } from '../../../data/canvasHooks';
import { useOpenWorkshop } from '../WorkshopContext';
import {
  AuthorLine,
  ActionDueDateField,
  ActionFirstStepField,
  ActionFlag,
  ActionOwnerFields,
  ActionStatusField,
  ActionTitleField,
  DeleteActionButton,
  useNeedsAttention,
} from '../../../components/actions/ActionFields';
import { OwnerSuggestionList, type OwnerChoices } from '../../../components/actions/OwnerSuggestions';

interface Props {
  actions: Action[];
  owners: OwnerChoices['suggestions'];
  /** Opens the form for a new action on this element. */
  onNew(): void;
}

/** "Wie staat er aan de lat?": the team's actions on this element, each editable, and the way to add one. */
export function ActionsSection({ actions, owners, onNew }: Props) {
  const { t } = useTranslation();
  const { workshop } = useOpenWorkshop();
  const participants = useParticipants(workshop.id);
  const authorName = (action: Action) => participants?.find((participant) => participant.id === action.authorId)?.name;
  const id = useId();
  const choices: OwnerChoices = { listId: `${id}-owners`, suggestions: owners };

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="section-title">
        {t('panel.actions')} <span className="section-count">{actions.length}</span>
      </h3>
      <OwnerSuggestionList id={choices.listId} suggestions={owners} />
      {actions.length > 0 && (
        <ul className="action-cards">
          {actions.map((action) => (
            <ActionCard key={action.id} action={action} authorName={authorName(action)} owners={choices} />
          ))}
        </ul>
      )}
      <button type="button" className="button button-secondary new-action-button" onClick={onNew}>
        <Plus aria-hidden size={16} />
        {t('actions.new')}
      </button>
    </section>
  );
}

/** An action re-renders when it changes, not when another one does. */
const ActionCard = memo(
  function ActionCard({ action, authorName, owners }: { action: Action; authorName: string | undefined; owners: OwnerChoices }) {
    const { t } = useTranslation();
    const id = useId();
    return (
      <li className={`action-card${useNeedsAttention(action) ? ' action-card-incomplete' : ''}`} aria-label={action.title}>
        <div className="action-card-head">
          <ActionFlag action={action} />
          <AuthorLine name={authorName} kind="wrote" />
          <DeleteActionButton action={action} />
        </div>
        <ActionTitleField action={action} id={`${id}-title`} label={t('actions.title')} />
        <div className="field-row">
          <ActionOwnerFields action={action} idPrefix={id} owners={owners} />
        </div>
        <div className="field-row">
          <ActionDueDateField action={action} id={`${id}-due`} label={t('actions.dueDate')} />
          <ActionStatusField action={action} id={`${id}-status`} label={t('actions.statusLabel')} />
        </div>
        <ActionFirstStepField action={action} id={`${id}-step`} label={t('actions.firstStep')} />
      </li>
    );
  },
  (a, b) =>
    a.action.id === b.action.id &&
    a.action.updatedAt === b.action.updatedAt &&
    a.authorName === b.authorName &&
    a.owners.suggestions === b.owners.suggestions,
);
