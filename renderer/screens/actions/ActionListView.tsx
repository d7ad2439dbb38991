import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { FileSpreadsheet, FileText, Sheet } from 'lucide-react';
import { Fragment, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamOptions } from '../../components/Choices';
import type { Action } from '../../../shared/model/action';
import { actionStatuses, isActionIncomplete, isActionOverdue, type ActionStatus } from '../../../shared/model/vocabulary';
import { OwnerSuggestionList } from '../../components/actions/OwnerSuggestions';
import { useToday } from '../../components/useToday';
import { allRows, placeRows, useKeptRow } from '../../components/virtualList';
import { useActions, useOwnerSuggestions, useParticipants } from '../../data/canvasHooks';
import { PdfExportDialog } from '../../file/PdfExportDialog';
import { useExports } from '../../file/useExports';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { ActionRow, ACTION_COLUMNS } from './ActionRow';
import { useEarlierStatuses } from './EarlierStatus';
import { emptyFilter, filterActions, NO_OWNER, ownerNames, type ActionFilter } from './sortActions';

/** A row of editable fields (owner and organisation stacked), before it is measured (a long element list makes it taller). */
const ROW_HEIGHT_ESTIMATE = 88;
/** Up to this many rows are drawn whole (about 0.3 s to show the list); more are drawn as they scroll into view. */
const DRAW_ALL_ROWS_UP_TO = 100;

/** Every action of the workshop: filter, see the gaps first, and edit in place. */
export function ActionListView() {
  const { t } = useTranslation();
  const { workshop, template, sortedTeams } = useOpenWorkshop();
  const actions = useActions(workshop.id);
  const participants = useParticipants(workshop.id);
  const authorNames = useMemo(() => new Map((participants ?? []).map((participant) => [participant.id, participant.name])), [participants]);
  const [filter, setFilter] = useState<ActionFilter>(emptyFilter);
  const id = useId();
  const shown = useMemo(() => filterActions(actions ?? [], filter, template), [actions, filter, template]);
  const owners = useMemo(() => ownerNames(actions ?? []), [actions]);
  const incomplete = (actions ?? []).filter(isActionIncomplete).length;
  const today = useToday();
  const overdue = (actions ?? []).filter((action) => isActionOverdue(action, today)).length;
  const [language] = useLanguage();
  const set = (patch: Partial<ActionFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const exports = useExports(workshop);
  const [pdfOpen, setPdfOpen] = useState(false);
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = useVirtualRows(shown, body);
  const suggestions = useOwnerSuggestions(workshop.id);
  const ownerChoices = useMemo(() => ({ listId: `${id}-owners`, suggestions }), [id, suggestions]);
  const earlier = useEarlierStatuses();

  return (
    <section className="action-list-view" aria-labelledby={`${id}-title`}>
      <div className="view-heading">
        <h2 id={`${id}-title`}>{t('actions.listTitle')}</h2>
        <p className="lead">
          {t('actions.summary', { count: actions?.length ?? 0 })}
          {incomplete > 0 && <strong className="incomplete-total"> · {t('actions.incompleteCount', { count: incomplete })}</strong>}
          {overdue > 0 && <strong className="incomplete-total"> · {t('actions.overdueCount', { count: overdue })}</strong>}
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
          <button
            type="button"
            className="button button-secondary button-compact"
            onClick={() => void exports.xlsx(filter.teamId || undefined)}
            title={t('exportXlsx.hint')}
          >
            <Sheet aria-hidden size={18} />
            {t('exportXlsx.button')}
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
      <OwnerSuggestionList id={ownerChoices.listId} suggestions={suggestions} />
      {actions && actions.length === 0 ? (
        <p className="empty-note">{t('actions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="action-table" aria-rowcount={shown.length + 1}>
            <caption className="visually-hidden">{t('actions.tableCaption', { count: shown.length })}</caption>
            {/* Fixed widths, the rest for "Wat": the columns stay put as rows are drawn, and the title gets the room. */}
            <colgroup>
              <col />
              <col className="col-owner" />
              <col className="col-due" />
              <col className="col-step" />
              <col className="col-status" />
              <col className="col-context" />
              <col className="col-tools" />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">{t('actions.title')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('actions.dueDate')}</th>
                <th scope="col">{t('actions.firstStep')}</th>
                <th scope="col">{t('actions.statusLabel')}</th>
                <th scope="col">{t('actions.context')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions.rowTools')}</span>
                </th>
              </tr>
            </thead>
            <tbody ref={body}>
              {rows.placed.rows.map(({ index, before }) => (
                <Fragment key={shown[index]!.id}>
                  {before > 0 && <Spacer height={before} />}
                  <ActionRow
                    action={shown[index]!}
                    authorName={authorNames.get(shown[index]!.authorId ?? '')}
                    index={index}
                    owners={ownerChoices}
                    earlier={earlier && { status: earlier.of(shown[index]!.id), sessionTitle: earlier.sessionTitle }}
                    measure={rows.measure}
                    onFocus={rows.keep}
                  />
                </Fragment>
              ))}
              {rows.placed.after > 0 && <Spacer height={rows.placed.after} />}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * A workshop may have a thousand actions, each a row of fields: only the rows in and near the window
 * are drawn (the page itself scrolls), the rest is empty space of their measured height.
 */
function useVirtualRows(shown: readonly Action[], body: RefObject<HTMLTableSectionElement | null>) {
  /** Where the table's body starts on the page, in px. */
  const [top, setTop] = useState(0);
  const virtual = shown.length > DRAW_ALL_ROWS_UP_TO;
  const { rangeExtractor, keep } = useKeptRow(shown, (action) => action.id);
  const virtualizer = useWindowVirtualizer({
    count: shown.length,
    enabled: virtual,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    getItemKey: (index) => shown[index]!.id,
    overscan: 6,
    scrollMargin: top,
    rangeExtractor,
  });
  useLayoutEffect(() => {
    const tbody = body.current;
    if (!virtual || !tbody) return;
    const measure = () => {
      const next = tbody.getBoundingClientRect().top + window.scrollY;
      setTop((current) => (current === next ? current : next));
    };
    measure();
    // The heading and filters above the table wrap differently when the window's width changes.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [body, virtual]);
  const placed = virtual ? placeRows(virtualizer.getVirtualItems(), top, virtualizer.getTotalSize()) : allRows(shown.length);
  return { virtual, placed, measure: virtual ? virtualizer.measureElement : undefined, keep };
}

/** The height of the rows not drawn; hidden from assistive technology, which counts rows by aria-rowindex. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden className="virtual-spacer">
      <td colSpan={ACTION_COLUMNS} style={{ height, padding: 0, border: 0 }} />
    </tr>
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
