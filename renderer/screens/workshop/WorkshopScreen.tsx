import { ArrowLeft, CalendarDays, MapPin } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkshop } from '../../data/hooks';
import { formatCalendarDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Plate } from './Plate';

export function WorkshopScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshopId = '' } = useParams();
  const overview = useWorkshop(workshopId);

  if (overview === undefined) {
    return (
      <main id="main" tabIndex={-1} className="page" aria-busy="true">
        <p className="loading">{t('workshop.loading')}</p>
      </main>
    );
  }
  if (overview === null) {
    return (
      <main id="main" tabIndex={-1} className="page">
        <div className="empty-state">
          <h1>{t('workshop.notFound.title')}</h1>
          <p>{t('workshop.notFound.body')}</p>
          <Link to="/" className="button button-primary">
            <ArrowLeft aria-hidden size={18} />
            {t('workshop.backToLibrary')}
          </Link>
        </div>
      </main>
    );
  }

  const { workshop, template, teams } = overview;
  const sortedTeams = [...teams].sort((a, b) => a.name.localeCompare(b.name, language, { numeric: true }));
  return (
    <main id="main" tabIndex={-1} className="page workshop-page">
      <nav aria-label={t('workshop.backToLibrary')} className="breadcrumb">
        <Link to="/" className="back-link">
          <ArrowLeft aria-hidden size={16} />
          {t('workshop.backToLibrary')}
        </Link>
      </nav>
      <div className="workshop-heading">
        <div>
          <h1>{workshop.title}</h1>
          <p className="workshop-meta">
            <span className="meta-item">
              <CalendarDays aria-hidden size={16} />
              {formatCalendarDate(workshop.date, language)}
            </span>
            {workshop.location && (
              <span className="meta-item">
                <MapPin aria-hidden size={16} />
                {workshop.location}
              </span>
            )}
            {workshop.organisations.map((organisation, index) => (
              <span key={index} className={`chip chip-${organisation.kind}`} title={t(`organisationKind.${organisation.kind}`)}>
                {organisation.name}
              </span>
            ))}
          </p>
        </div>
        <ul className="team-list" aria-label={t('workshop.teams')}>
          {sortedTeams.map((team) => (
            <li key={team.id} className="team-pill">
              {team.name}
            </li>
          ))}
        </ul>
      </div>
      <h2 className="visually-hidden">{t('workshop.plate')}</h2>
      <p className="plate-description">{t('workshop.plateDescription')}</p>
      <Plate template={template} language={language} />
    </main>
  );
}
