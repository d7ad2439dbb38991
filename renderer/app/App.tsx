import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { BackupScheduler } from '../backup/BackupScheduler';
import { AppFooter } from '../components/AppFooter';
import { AppHeader } from '../components/AppHeader';
import { KeyboardHelp } from '../components/KeyboardHelp';
import { CommandKeys } from '../commands/CommandKeys';
import { StorageFaultToasts } from '../components/StorageFaultToasts';
import { ToastProvider } from '../components/Toasts';
import { ImportProvider } from '../file/ImportProvider';
import { DesktopIntegration } from '../host/DesktopIntegration';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { RoomBridgeHost } from '../room/RoomBridgeHost';
import { RouteError } from './RouteError';
import { lazyWhenIdle } from '../components/lazyWhenIdle';

// Each screen but the library is loaded when first opened: the library is what a user sees first, and
// the workshop's code (the plate, its panel, drag and drop) follows as one chunk when one is opened.
const loadPresentation = () => import('../screens/present/PresentationScreen');
const loadWorkshop = () => import('../screens/workshop/WorkshopRoutes');
const PresentationScreen = lazy(() => loadPresentation().then(({ PresentationScreen }) => ({ default: PresentationScreen })));
// Also loaded in the background once the library has painted: opening a workshop is then at once.
const WorkshopRoutes = lazyWhenIdle(() => loadWorkshop().then(({ WorkshopRoutes }) => WorkshopRoutes));

/**
 * Starts loading the code of the screen an address opens, while the database opens: a window that opens
 * on a workshop (a reload, the projector's window) does not wait for the one before the other.
 */
export function preloadScreen(hash: string): void {
  if (hash.startsWith('#/present/')) void loadPresentation();
  else if (hash.startsWith('#/workshop/')) void loadWorkshop();
}

/** A screen that fails shows what happened instead of a blank page; going elsewhere tries again. */
function Screens({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}

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
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
        <AppFooter />
        <KeyboardHelp />
      </ImportProvider>
    </ToastProvider>
  );
}

export function App() {
  return (
    <>
      {/* Hash routes: the desktop shell serves one file from its own scheme, and a hash never reaches it. */}
      <HashRouter>
        <CommandKeys />
        <Screens>
          <Routes>
            {/* The projector's screen: no header, no footer, nothing but the plate. */}
            <Route path="/present/:workshopId" element={<PresentationScreen />} />
            <Route element={<Layout />}>
              <Route path="/" element={<LibraryScreen />} />
              <Route path="/workshop/:workshopId/*" element={<WorkshopRoutes />} />
            </Route>
            {/* An address the app does not know leads to the library. */}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Screens>
      </HashRouter>
      <RoomBridgeHost />
    </>
  );
}
