import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/model/action';
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
} from '../../components/actions/ActionFields';
import type { OwnerChoices } from '../../components/actions/OwnerSuggestions';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { EarlierStatusNote, type EarlierStatus } from './EarlierStatus';

/** Wat · wie (name and organisation) · wanneer · eerste stap · status · team and element · delete. */
export const ACTION_COLUMNS = 7;

interface RowProps {
  action: Action;
  /** Who wrote it on their phone in the live room, when known. */
  authorName: string | undefined;
  /** Its place in the filtered, sorted list (the header row is row 1). */
  index: number;
  owners: OwnerChoices;
  /** In a follow-up: its status at the session it follows (or `new`) and that session's title. */
  earlier: { status: EarlierStatus; sessionTitle: string } | undefined;
  /** Given while the list is drawn in part: the row tells the virtualizer its height. */
  measure: ((row: HTMLTableRowElement | null) => void) | undefined;
  onFocus(actionId: string): void;
}

/** One action in the list, every field editable in place; re-renders when its action or its place changes, not when another one does. */
export const ActionRow = memo(
  function ActionRow({ action, authorName, index, owners, earlier, measure, onFocus }: RowProps) {
    const { t } = useTranslation();
    const [language] = useLanguage();
    const { template, sortedTeams } = useOpenWorkshop();
    const id = useId();
    const team = sortedTeams.find((candidate) => candidate.id === action.teamId);
    const elements = template.themes.flatMap((theme) => theme.elements).filter((element) => action.elementIds.includes(element.id));
    return (
      <tr
        ref={measure}
        data-index={index}
        aria-rowindex={index + 2}
        className={useNeedsAttention(action) ? 'row-incomplete' : undefined}
        onFocus={() => onFocus(action.id)}
      >
        <td className="cell-title">
          <div>
            <ActionTitleField action={action} id={`${id}-title`} label={t('actions.title')} hideLabel />
            <ActionFlag action={action} />
            <AuthorLine name={authorName} kind="wrote" />
            {earlier && <EarlierStatusNote status={earlier.status} sessionTitle={earlier.sessionTitle} />}
          </div>
        </td>
        <td className="cell-owner">
          <div>
            <ActionOwnerFields action={action} idPrefix={id} owners={owners} hideLabels />
          </div>
        </td>
        <td>
          <ActionDueDateField action={action} id={`${id}-due`} label={t('actions.dueDate')} hideLabel />
        </td>
        <td>
          <ActionFirstStepField action={action} id={`${id}-step`} label={t('actions.firstStep')} hideLabel />
        </td>
        <td>
          <ActionStatusField action={action} id={`${id}-status`} label={t('actions.statusLabel')} hideLabel />
        </td>
        <td className="cell-context">
          {team && <span className="context-team">{team.name}</span>}
          {elements.map((element) => (
            <span key={element.id} className="context-element">
              {element.title[language]}
            </span>
          ))}
        </td>
        <td>
          <DeleteActionButton action={action} />
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.action.id === b.action.id &&
    a.action.updatedAt === b.action.updatedAt &&
    a.authorName === b.authorName &&
    a.index === b.index &&
    a.owners === b.owners &&
    a.earlier?.status === b.earlier?.status &&
    a.earlier?.sessionTitle === b.earlier?.sessionTitle &&
    a.measure === b.measure &&
    a.onFocus === b.onFocus,
);
