import { CalendarDays, MoreHorizontal } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Workshop } from '../../../shared/model/workshop';
import { lazyWhenIdle, useIdleAfterFirstPaint } from '../../components/lazyWhenIdle';
import { formatCalendarDate, formatDateTime, formatLastEdited } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * The row's menu (Radix, with its positioning engine) is a chunk of its own, loaded once the library has
 * painted: until then each row shows the same button, and a click on it opens the menu as soon as it is there.
 */
const WorkshopRowMenu = lazyWhenIdle(() => import('./WorkshopRowMenu').then(({ WorkshopRowMenu }) => WorkshopRowMenu));

function RowMenu({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const ready = useIdleAfterFirstPaint();
  const [openWhenReady, setOpenWhenReady] = useState(false);
  const placeholder = (
    <button
      type="button"
      className="icon-button"
      aria-label={t('common.moreActions', { name: workshop.title })}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => setOpenWhenReady(true)}
    >
      <MoreHorizontal aria-hidden size={20} />
    </button>
  );
  if (!ready && !openWhenReady) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <WorkshopRowMenu workshop={workshop} defaultOpen={openWhenReady} />
    </Suspense>
  );
}

/** A workshop in the library: its title (which opens it), date, place, organisations, last edit and menu. */
export function WorkshopRow({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <li className="workshop-row">
      <div className="workshop-row-main">
        <Link to={`/workshop/${workshop.id}`} className="workshop-row-title">
          {workshop.title}
        </Link>
        <div className="workshop-row-meta">
          <span className="meta-item">
            <CalendarDays aria-hidden size={16} />
            <span className="visually-hidden">{t('library.columns.date')}: </span>
            {formatCalendarDate(workshop.date, language)}
          </span>
          {workshop.location && <span className="meta-item">{workshop.location}</span>}
        </div>
        <ul className="organisation-chips" aria-label={t('library.columns.organisations')}>
          {workshop.organisations.length === 0 ? (
            <li className="chip chip-empty">{t('library.noOrganisations')}</li>
          ) : (
            workshop.organisations.map((organisation, index) => (
              <li key={index} className={`chip chip-${organisation.kind}`} title={t(`organisationKind.${organisation.kind}`)}>
                {organisation.name}
                <span className="visually-hidden"> ({t(`organisationKind.${organisation.kind}`)})</span>
              </li>
            ))
          )}
        </ul>
      </div>
      <div className="workshop-row-side">
        <span className="workshop-row-updated">
          <span className="visually-hidden">{t('library.columns.updated')}: </span>
          <time dateTime={workshop.updatedAt} title={formatDateTime(workshop.updatedAt, language)}>
            {formatLastEdited(workshop.updatedAt, language, t('time.justNow'))}
          </time>
        </span>
        <RowMenu workshop={workshop} />
      </div>
    </li>
  );
}
