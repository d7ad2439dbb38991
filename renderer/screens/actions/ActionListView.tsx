import { FileSpreadsheet, FileText } from 'lucide-react';
import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamOptions } from '../../components/Choices';
import type { Action } from '../../../shared/model/action';
import { actionStatuses, isActionIncomplete, type ActionStatus } from '../../../shared/model/vocabulary';
import {
  ActionDueDateField,
  ActionFirstStepField,
  ActionOwnerFields,
  ActionStatusField,
  ActionTitleField,
  DeleteActionButton,
  IncompleteFlag,
} from '../../components/actions/ActionFields';
import { useActions } from '../../data/canvasHooks';
import { PdfExportDialog } from '../../file/PdfExportDialog';
import { useExports } from '../../file/useExports';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { emptyFilter, filterActions, NO_OWNER, ownerNames, type ActionFilter } from './sortActions';

/** Every action of the workshop: filter, see the gaps first, and edit in place. */
export function ActionListView() {
  const { t } = useTranslation();
  const { workshop, template, sortedTeams } = useOpenWorkshop();
  const actions = useActions(workshop.id);
  const [filter, setFilter] = useState<ActionFilter>(emptyFilter);
  const id = useId();
  const shown = useMemo(() => filterActions(actions ?? [], filter, template), [actions, filter, template]);
  const owners = useMemo(() => ownerNames(actions ?? []), [actions]);
  const incomplete = (actions ?? []).filter(isActionIncomplete).length;
  const [language] = useLanguage();
  const set = (patch: Partial<ActionFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const exports = useExports(workshop);
  const [pdfOpen, setPdfOpen] = useState(false);

  return (
    <section className="action-list-view" aria-labelledby={`${id}-title`}>
      <div className="view-heading">
        <h2 id={`${id}-title`}>{t('actions.listTitle')}</h2>
        <p className="lead">
          {t('actions.summary', { count: actions?.length ?? 0 })}
          {incomplete > 0 && <strong className="incomplete-total"> · {t('actions.incompleteCount', { count: incomplete })}</strong>}
        </p>
        <div className="view-heading-actions">
          <button
            type="button"
            className="button button-secondary button-compact"
            onClick={() => setPdfOpen(true)}
            title={t('exportPdf.hint')}
          >
            <FileText aria-hidden size={18} />
            {t('exportPdf.button')}
          </button>
          <button
            type="button"
            className="button button-secondary button-compact"
            onClick={() => void exports.csv(filter.teamId || undefined)}
            title={t('exportCsv.hint')}
          >
            <FileSpreadsheet aria-hidden size={18} />
            {t('exportCsv.button')}
          </button>
        </div>
        {pdfOpen && (
          <PdfExportDialog teams={sortedTeams} language={workshop.language} onClose={() => setPdfOpen(false)} onExport={exports.pdf} />
        )}
      </div>
      <div className="filters" role="group" aria-label={t('actions.filters')}>
        <FilterSelect id={`${id}-team`} label={t('actions.filterTeam')} value={filter.teamId} onChange={(teamId) => set({ teamId })}>
          <TeamOptions teams={sortedTeams} />
        </FilterSelect>
        <FilterSelect id={`${id}-owner`} label={t('actions.filterOwner')} value={filter.owner} onChange={(owner) => set({ owner })}>
          <option value={NO_OWNER}>{t('actions.noOwner')}</option>
          {owners.map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id={`${id}-status`}
          label={t('actions.filterStatus')}
          value={filter.status}
          onChange={(status) => set({ status: status === '' ? '' : (status as ActionStatus) })}
        >
          {actionStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`actions.status.${status}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id={`${id}-theme`} label={t('actions.filterTheme')} value={filter.themeId} onChange={(themeId) => set({ themeId })}>
          {template.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.title[language]}
            </option>
          ))}
        </FilterSelect>
      </div>
      {actions && actions.length === 0 ? (
        <p className="empty-note">{t('actions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="action-table">
            <caption className="visually-hidden">{t('actions.tableCaption', { count: shown.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.title')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('actions.ownerOrganisation')}</th>
                <th scope="col">{t('actions.dueDate')}</th>
                <th scope="col">{t('actions.firstStep')}</th>
                <th scope="col">{t('actions.statusLabel')}</th>
                <th scope="col">{t('actions.context')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions.rowTools')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((action) => (
                <ActionRow key={action.id} action={action} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-compact">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('actions.all')}</option>
        {children}
      </select>
    </div>
  );
}

/** A row re-renders when its action changes, not when another one does. */
const ActionRow = memo(
  function ActionRow({ action }: { action: Action }) {
    const { t } = useTranslation();
    const [language] = useLanguage();
    const { template, sortedTeams } = useOpenWorkshop();
    const id = useId();
    const team = sortedTeams.find((candidate) => candidate.id === action.teamId);
    const elements = template.themes.flatMap((theme) => theme.elements).filter((element) => action.elementIds.includes(element.id));
    return (
      <tr className={isActionIncomplete(action) ? 'row-incomplete' : undefined}>
        <td className="cell-title">
          <div>
            <ActionTitleField action={action} id={`${id}-title`} label={t('actions.title')} hideLabel />
            <IncompleteFlag action={action} />
          </div>
        </td>
        <ActionOwnerFields action={action} idPrefix={id} hideLabels inCells />
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
  (a, b) => a.action.id === b.action.id && a.action.updatedAt === b.action.updatedAt,
);
