import { Hourglass, RefreshCw, ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { NewerDatabaseError } from '../data/openDatabase';

/** Instead of the app: the database on this computer belongs to a newer Actieplaat, and this one changed nothing. */
export function NewerDatabaseScreen({ error }: { error: NewerDatabaseError }) {
  const { t } = useTranslation();
  return (
    <main className="page storage-screen">
      <div className="empty-state" role="alert" aria-labelledby="storage-screen-title">
        <ShieldAlert aria-hidden size={32} className="storage-screen-icon" />
        <h1 id="storage-screen-title">{t('storage.newerVersion.title')}</h1>
        <p>{t('storage.newerVersion.body', { version: __APP_VERSION__ })}</p>
        <p className="storage-screen-action">{t('storage.newerVersion.action')}</p>
        <p className="error-detail">{t('storage.newerVersion.detail', { stored: error.storedVersion, known: error.knownVersion })}</p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          <RefreshCw aria-hidden size={18} />
          {t('storage.newerVersion.reload')}
        </button>
      </div>
    </main>
  );
}

/** While the upgrade this version needs waits for another window that holds the old version open. */
export function UpgradeBlockedScreen() {
  const { t } = useTranslation();
  return (
    <main className="page storage-screen" aria-busy="true">
      <div className="empty-state" role="alert" aria-labelledby="storage-screen-title">
        <Hourglass aria-hidden size={32} className="storage-screen-icon" />
        <h1 id="storage-screen-title">{t('storage.blocked.title')}</h1>
        <p>{t('storage.blocked.body')}</p>
        <p className="storage-screen-action">{t('storage.blocked.action')}</p>
      </div>
    </main>
  );
}

/** Over the app, once this window let go of the database for a newer version in another window. */
export function ClosedForNewerVersionNotice() {
  const { t } = useTranslation();
  return (
    <div className="storage-overlay">
      <div
        className="storage-overlay-card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="storage-closed-title"
        aria-describedby="storage-closed-body"
      >
        <ShieldAlert aria-hidden size={32} className="storage-screen-icon" />
        <h1 id="storage-closed-title">{t('storage.closed.title')}</h1>
        <p id="storage-closed-body">{t('storage.closed.body')}</p>
        <p className="storage-screen-action">{t('storage.closed.action')}</p>
        {/* Focused at once: the only thing left to do in this window. */}
        <button type="button" className="button button-primary" autoFocus onClick={() => window.location.reload()}>
          <RefreshCw aria-hidden size={18} />
          {t('storage.closed.reload')}
        </button>
      </div>
    </div>
  );
}
