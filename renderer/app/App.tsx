import { useTranslation } from 'react-i18next';
import { createHashRouter, Outlet, RouterProvider } from 'react-router';
import { BackupScheduler } from '../backup/BackupScheduler';
import { AppFooter } from '../components/AppFooter';
import { AppHeader } from '../components/AppHeader';
import { StorageFaultToasts } from '../components/StorageFaultToasts';
import { ToastProvider } from '../components/Toasts';
import { ImportProvider } from '../file/ImportProvider';
import { DesktopIntegration } from '../host/DesktopIntegration';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { PlateView } from '../screens/workshop/PlateView';
import { WorkshopLayout } from '../screens/workshop/WorkshopLayout';
import { RoomBridgeHost } from '../room/RoomBridgeHost';
import { RouteError } from './RouteError';

function Layout() {
  const { t } = useTranslation();
  return (
    <ToastProvider>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <ImportProvider>
        <DesktopIntegration />
        <BackupScheduler />
        <StorageFaultToasts />
        <AppHeader />
        <Outlet />
        <AppFooter />
      </ImportProvider>
    </ToastProvider>
  );
}

// Hash routes: the desktop shell serves one file from its own scheme, and a hash never reaches it.
const router = createHashRouter([
  {
    // The projector's screen: no header, no footer, nothing but the plate.
    path: '/present/:workshopId',
    errorElement: <RouteError />,
    lazy: () => import('../screens/present/PresentationScreen').then(({ PresentationScreen }) => ({ Component: PresentationScreen })),
  },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <LibraryScreen /> },
      {
        path: '/workshop/:workshopId',
        element: <WorkshopLayout />,
        children: [
          { index: true, element: <PlateView /> },
          // Loaded when first opened: the plate is what must start fast.
          {
            path: 'actions',
            lazy: () => import('../screens/actions/ActionListView').then(({ ActionListView }) => ({ Component: ActionListView })),
          },
          { path: 'compare', lazy: () => import('../screens/compare/CompareView').then(({ CompareView }) => ({ Component: CompareView })) },
          {
            path: 'progress',
            lazy: () => import('../screens/progress/ProgressView').then(({ ProgressView }) => ({ Component: ProgressView })),
          },
          { path: 'setup', lazy: () => import('../screens/setup/SetupView').then(({ SetupView }) => ({ Component: SetupView })) },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <>
      <RouterProvider router={router} />
      <RoomBridgeHost />
    </>
  );
}
