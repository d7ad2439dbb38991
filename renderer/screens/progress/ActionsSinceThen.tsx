import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionsSince } from '../../../shared/aggregation/progress';
import { useNumberFormat } from '../../i18n/useNumberFormat';

/** What became of the actions since the earlier session: the counts, then the dropped and the new ones by title. */
export function ActionsSinceThen({ actions }: { actions: ActionsSince }) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const id = useId();
  const counts = [
    { key: 'done', count: actions.done.length },
    { key: 'doneSince', count: actions.doneSince.length },
    { key: 'inProgress', count: actions.inProgress.length },
    { key: 'open', count: actions.open.length },
    { key: 'overdue', count: actions.overdue.length, hint: t('progress.actions.overdueHint') },
    { key: 'added', count: actions.added.length },
    { key: 'dropped', count: actions.dropped.length },
  ] as const;

  return (
    <section className="compare-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('progress.actions.title')}
      </h3>
      <dl className="action-counts" aria-label={t('progress.actions.counts')}>
        {counts.map((item) => (
          <div key={item.key} className={`action-count action-count-${item.key}`}>
            <dt>
              {t(`progress.actions.${item.key}`)}
              {'hint' in item && <span className="action-count-hint"> {item.hint}</span>}
            </dt>
            <dd>{number(item.count)}</dd>
          </div>
        ))}
      </dl>
      <div className="action-changes">
        <TitleList title={t('progress.actions.droppedList')} empty={t('progress.actions.noneDropped')} titles={actions.dropped} />
        <TitleList title={t('progress.actions.addedList')} empty={t('progress.actions.noneAdded')} titles={actions.added} />
      </div>
    </section>
  );
}

function TitleList({ title, empty, titles }: { title: string; empty: string; titles: readonly { id: string; title: string }[] }) {
  const id = useId();
  return (
    <div className="action-change-column">
      <h4 id={id} className="mover-heading">
        {title}
      </h4>
      {titles.length === 0 ? (
        <p className="setup-hint">{empty}</p>
      ) : (
        <ul className="action-change-list" aria-labelledby={id}>
          {titles.map((action) => (
            <li key={action.id}>{action.title}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
