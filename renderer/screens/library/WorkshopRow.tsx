import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { CalendarDays, Copy, History, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Workshop } from '../../../shared/model/workshop';
import { formatCalendarDate, formatLastEdited } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

interface Props {
  workshop: Workshop;
  onRename(): void;
  onDuplicate(): void;
  onFollowUp(): void;
  onDelete(): void;
}

export function WorkshopRow({ workshop, onRename, onDuplicate, onFollowUp, onDelete }: Props) {
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
          <time dateTime={workshop.updatedAt} title={new Date(workshop.updatedAt).toLocaleString(language)}>
            {formatLastEdited(workshop.updatedAt, language, t('time.justNow'))}
          </time>
        </span>
        {/* Not modal: a dialog it opens takes the focus, which a modal menu would take back as it closes. */}
        <DropdownMenu.Root modal={false}>
          <DropdownMenu.Trigger className="icon-button" aria-label={t('common.moreActions', { name: workshop.title })}>
            <MoreHorizontal aria-hidden size={20} />
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
              <DropdownMenu.Item className="menu-item" onSelect={onRename}>
                <Pencil aria-hidden size={16} />
                {t('library.rename')}
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={onDuplicate}>
                <Copy aria-hidden size={16} />
                {t('library.duplicate')}
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={onFollowUp} title={t('followUp.hint')}>
                <History aria-hidden size={16} />
                {t('followUp.start')}
              </DropdownMenu.Item>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={onDelete}>
                <Trash2 aria-hidden size={16} />
                {t('common.delete')}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
    </li>
  );
}
