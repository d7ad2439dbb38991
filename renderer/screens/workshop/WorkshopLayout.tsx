import { ArrowLeft, CalendarDays, MapPin, Presentation } from 'lucide-react';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams, useSearchParams } from 'react-router';
import { CommandManagerProvider } from '../../commands/CommandManagerContext';
import { useEarlierSessions, useWorkshop } from '../../data/hooks';
import { formatCalendarDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { EditToolbar } from './EditToolbar';
import { MergeTeamsDialog } from '../../file/MergeTeamsDialog';
import { usePendingMerge } from '../../file/pendingMerge';
import { WorkshopMenu } from '../../followUp/WorkshopMenu';
import { RoomButton } from '../../room/RoomButton';
import { RoomDialog } from '../../room/RoomDialog';
import { useFacilitationCommands } from '../../facilitation/useFacilitationCommands';
import { ShareMenu } from './ShareMenu';
import { StorageFaultAlert } from './StorageFaultAlert';
import { WorkshopContext, type OpenWorkshop } from './WorkshopContext';

export function WorkshopLayout() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshopId = '' } = useParams();
  useFacilitationCommands(workshopId);
  const overview = useWorkshop(workshopId);
  const earlierSessions = useEarlierSessions(workshopId);
  const pendingMerge = usePendingMerge();
  const [params] = useSearchParams();
  // The chosen team stays chosen across the tabs.
  const team = params.get('team');
  const keepTeam = team ? `?${new URLSearchParams({ team })}` : '';
  const open = useMemo<OpenWorkshop | null | undefined>(
    () =>
      overview && earlierSessions ? { ...overview, sortedTeams: overview.teams, earlierSessions } : overview === null ? null : undefined,
    [overview, earlierSessions],
  );

  if (open === undefined) {
    return (
      <main id="main" tabIndex={-1} className="page" aria-busy="true">
        <p className="loading">{t('workshop.loading')}</p>
      </main>
    );
  }
  if (open === null) {
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

  const { workshop } = open;
  // Absolute: the workshop's routes sit under a splat route, where a relative link would resolve from the open tab.
  const tabBase = `/workshop/${workshop.id}`;
  return (
    <WorkshopContext.Provider value={open}>
      <CommandManagerProvider workshopId={workshop.id}>
        <main id="main" tabIndex={-1} className="page workshop-page">
          {/* One line where it fits (back link, title, date and place): the plate gets the height. */}
          <div className="workshop-heading">
            <Link to="/" className="back-link">
              <ArrowLeft aria-hidden size={16} />
              {t('workshop.backToLibrary')}
            </Link>
            <h1>{workshop.title}</h1>
            <WorkshopMenu workshop={workshop} />
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
          <div className="workshop-bar">
            <nav className="workshop-tabs" aria-label={t('workshop.sections')}>
              <NavLink to={{ pathname: tabBase, search: keepTeam }} end className="workshop-tab">
                {t('workshop.tabs.plate')}
              </NavLink>
              <NavLink to={{ pathname: `${tabBase}/actions`, search: keepTeam }} className="workshop-tab">
                {t('workshop.tabs.actions')}
              </NavLink>
              <NavLink to={{ pathname: `${tabBase}/compare`, search: keepTeam }} className="workshop-tab">
                {t('workshop.tabs.compare')}
              </NavLink>
              {open.earlierSessions.length > 0 && (
                <NavLink to={{ pathname: `${tabBase}/progress`, search: keepTeam }} className="workshop-tab">
                  {t('workshop.tabs.progress')}
                </NavLink>
              )}
              <NavLink to={{ pathname: `${tabBase}/setup`, search: keepTeam }} className="workshop-tab">
                {t('workshop.tabs.setup')}
              </NavLink>
            </nav>
            <div className="workshop-bar-end">
              <ShareMenu />
              <RoomButton />
              <Link to={`/present/${workshop.id}`} className="button button-secondary button-compact" title={t('present.startHint')}>
                <Presentation aria-hidden size={18} />
                <span className="button-label">{t('present.start')}</span>
              </Link>
              <EditToolbar />
            </div>
          </div>
          <StorageFaultAlert />
          {/* A tab's code loads when it is first opened; the heading and tabs stay meanwhile. */}
          <Suspense fallback={<p className="loading">{t('workshop.loading')}</p>}>
            <Outlet />
          </Suspense>
          <RoomDialog />
          {pendingMerge?.workshopId === workshopId && open && (
            <MergeTeamsDialog pending={pendingMerge} workshopTitle={open.workshop.title} />
          )}
        </main>
      </CommandManagerProvider>
    </WorkshopContext.Provider>
  );
}
